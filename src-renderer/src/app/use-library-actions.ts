// What the analyst does to the library and the work as a whole: add files (dialog or drop), open another
// folder, export and import all annotations; each reports its outcome in a notice.
import { useCallback, useState } from 'react';
import type { ImportReport, IncomingFile } from '../../../src-preload/contract';
import { exportAnnotationsToFile, importAnnotationsFromFile } from '../features/highlights/annotation-files';
import { describeImport } from '../features/library/import-report';
import { useLibrary } from '../features/library/library-context';
import { getApi } from '../platform/api';
import { errorMessage } from '../platform/errors';
import { plural } from '../ui/format';
import { useToasts } from '../ui/toasts';

export interface LibraryActions {
  /** True while one of them runs: their buttons wait. */
  readonly busy: boolean;
  readonly addFiles: () => void;
  readonly chooseFolder: () => void;
  readonly importDropped: (files: IncomingFile[], unreadable: string[]) => void;
  readonly exportAnnotations: () => void;
  readonly importAnnotations: () => void;
}

const NOTHING: ImportReport = { added: [], duplicates: [], refused: [] };

/** `onAdded` is told the first article added, to open it. */
export function useLibraryActions(onAdded: (id: string) => void): LibraryActions {
  const toasts = useToasts();
  const { replace, summary: open } = useLibrary();
  const libraryId = open?.libraryId ?? null;
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    (work: () => Promise<void>) => {
      setBusy(true);
      work()
        .catch((error: unknown) => toasts.push('error', 'That did not work.', [errorMessage(error)]))
        .finally(() => setBusy(false));
    },
    [toasts],
  );
  const report = useCallback(
    (result: ImportReport | null, unreadable: readonly string[] = []) => {
      if (result === null) return;
      const why = 'could not be read (folders are not added)';
      const refused = [...unreadable.map((name) => ({ name, reason: why })), ...result.refused];
      const notice = describeImport({ ...result, refused });
      toasts.push(notice.kind, notice.title, notice.lines);
      const first = result.added[0];
      if (first) onAdded(first.id);
    },
    [toasts, onAdded],
  );

  return {
    busy,
    addFiles: () => run(async () => report(await getApi().addFilesWithDialog())),
    chooseFolder: () =>
      run(async () => {
        const summary = await getApi().chooseLibraryFolder();
        if (!summary) return;
        replace(summary);
        toasts.push('info', `Library: ${summary.root}`);
      }),
    importDropped: (files, unreadable) =>
      run(async () => report(files.length > 0 ? await getApi().importFiles(files) : NOTHING, unreadable)),
    exportAnnotations: () =>
      run(async () => {
        const path = await exportAnnotationsToFile(libraryId);
        if (path) toasts.push('success', 'Annotations exported.', [path]);
      }),
    importAnnotations: () =>
      run(async () => {
        const summary = await importAnnotationsFromFile(libraryId);
        if (!summary) return;
        toasts.push(summary.skipped.length > 0 ? 'warning' : 'success', `Imported ${summary.name}.`, [
          `${plural(summary.added, 'annotation')} added, ${summary.updated} updated, ` +
            `${summary.unchanged} already here.`,
          ...summary.skipped,
        ]);
      }),
  };
}
