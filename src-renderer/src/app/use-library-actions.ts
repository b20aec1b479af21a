// What the analyst does to the library and the work as a whole: add files (dialog or drop), open another
// folder, export all the work; each reports its outcome in a notice. (Import and restore are work flows.)
import { useCallback, useRef, useState } from 'react';
import type { ImportReport } from '../../../src-preload/contract';
import { exportWorkToFile } from '../features/highlights/annotation-files';
import { importDroppedFiles, type ImportProgress } from '../features/library/drop-import';
import { describeImport } from '../features/library/import-report';
import { useLibrary } from '../features/library/library-context';
import { getApi } from '../platform/api';
import { errorMessage } from '../platform/errors';
import { useToasts } from '../ui/toasts';

export interface LibraryActions {
  /** True while one of them runs: their buttons wait. */
  readonly busy: boolean;
  readonly addFiles: () => void;
  readonly chooseFolder: () => void;
  /** Opens the library folder again: it was not there (a drive not connected) or stopped being seen. */
  readonly retryLibrary: () => void;
  readonly importDropped: (files: File[]) => void;
  /** How far a drop sent in several batches has got; null when none is under way. */
  readonly importing: ImportProgress | null;
  /** Stops a drop before its next batch. */
  readonly cancelImport: () => void;
  readonly exportAnnotations: () => void;
}

/** `onAdded` is told the first article added, to open it. */
export function useLibraryActions(onAdded: (id: string) => void): LibraryActions {
  const toasts = useToasts();
  const { replace, summary: open } = useLibrary();
  const libraryId = open?.libraryId ?? null;
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const cancelling = useRef<AbortController | null>(null);

  /** `failed` titles the error notice: what did not happen, the reason below it. */
  const run = useCallback(
    (failed: string, work: () => Promise<void>) => {
      setBusy(true);
      work()
        .catch((error: unknown) => toasts.push('error', failed, [errorMessage(error)]))
        .finally(() => setBusy(false));
    },
    [toasts],
  );
  const report = useCallback(
    (result: ImportReport | null) => {
      if (result === null) return;
      const notice = describeImport(result);
      toasts.push(notice.kind, notice.title, notice.lines);
      const first = result.added[0];
      if (first) onAdded(first.id);
    },
    [toasts, onAdded],
  );

  return {
    busy,
    importing,
    addFiles: () => run('No files were added.', async () => report(await getApi().addFilesWithDialog())),
    chooseFolder: () =>
      run('The folder was not opened.', async () => {
        const summary = await getApi().chooseLibraryFolder();
        if (!summary) return;
        replace(summary);
        toasts.push('info', `Library: ${summary.root}`);
      }),
    retryLibrary: () =>
      run('The folder was not opened.', async () => {
        const summary = await getApi().retryLibrary();
        replace(summary);
        toasts.push('success', `Library: ${summary.root}`);
      }),
    importDropped: (files) =>
      run('No files were added.', async () => {
        const controller = new AbortController();
        cancelling.current = controller;
        try {
          const options = { signal: controller.signal, onProgress: setImporting };
          report(await importDroppedFiles(files, (batch) => getApi().importFiles(batch), options));
        } finally {
          cancelling.current = null;
          setImporting(null);
        }
      }),
    cancelImport: () => cancelling.current?.abort(),
    exportAnnotations: () =>
      run('Your work was not exported.', async () => {
        const path = await exportWorkToFile(libraryId);
        if (path) toasts.push('success', 'Your work is exported.', [path]);
      }),
  };
}
