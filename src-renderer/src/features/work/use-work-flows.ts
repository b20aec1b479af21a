// Import, restore and undo as the analyst goes through them: a file (or a snapshot to merge) is previewed
// before anything is written; importing, merging or replacing reports what it did in a notice whose Undo
// puts the work back as it was; failures say what went wrong and that nothing changed.
import { useCallback, useMemo, useState } from 'react';
import type { SnapshotInfo } from '../../../../src-preload/contract';
import type { ImportPlan } from '../../db/import-plan';
import type { ParsedWork } from '../../db/work-document';
import { errorMessage } from '../../platform/errors';
import { plural } from '../../ui/format';
import { useToasts, type ToastKind } from '../../ui/toasts';
import { chooseWorkFile } from '../highlights/annotation-files';
import { useLibraryId } from '../library/library-context';
import { snapshotTime } from './snapshot-text';
import { importWork, previewWork, replaceAllWork, snapshotWork, undoTo, type Changed } from './work-ops';

export type WorkFlow =
  | { readonly kind: 'idle' }
  | { readonly kind: 'restore' }
  | { readonly kind: 'preview'; readonly source: string; readonly work: ParsedWork; readonly plan: ImportPlan };

export interface WorkFlows {
  readonly flow: WorkFlow;
  /** True while a step runs: the dialogs' buttons wait. */
  readonly busy: boolean;
  importFile(): void;
  openRestore(): void;
  mergeSnapshot(snapshot: SnapshotInfo): void;
  replaceWithSnapshot(snapshot: SnapshotInfo): void;
  confirmImport(): void;
  close(): void;
}

export function summariseImport(plan: ImportPlan): { kind: ToastKind; lines: string[] } {
  const { added, updated, conflicts, unchanged, refused } = plan.counts;
  const lines = [
    `${added} new, ${updated} updated, ${plural(conflicts, 'conflict')} combined, ${unchanged} already here.`,
    ...(refused > 0 ? [`${plural(refused, 'record')} refused:`] : []),
    ...plan.refused.slice(0, 5).map((r) => `${r.what}: ${r.reason}`),
  ];
  return { kind: refused > 0 ? 'warning' : 'success', lines };
}

export function useWorkFlows(): WorkFlows {
  const toasts = useToasts();
  const libraryId = useLibraryId();
  const [flow, setFlow] = useState<WorkFlow>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    (step: () => Promise<void>, failure: string) => {
      setBusy(true);
      step()
        .catch((error: unknown) => toasts.push('error', failure, [errorMessage(error)]))
        .finally(() => setBusy(false));
    },
    [toasts],
  );
  /** The notice after a change, with the Undo that puts back the work as it was. */
  const done = useCallback(
    (kind: ToastKind, title: string, lines: string[], changed: Changed, undoLabel: string) => {
      const undo = (): void =>
        run(async () => {
          await undoTo(changed.before);
          toasts.push('success', 'Undone: your work is as it was before.');
        }, 'That could not be undone.');
      toasts.push(kind, title, lines, { label: undoLabel, run: undo, undo: true });
    },
    [run, toasts],
  );

  return useMemo<WorkFlows>(
    () => ({
      flow,
      busy,
      importFile: () =>
        run(async () => {
          const file = await chooseWorkFile(libraryId);
          if (file)
            setFlow({ kind: 'preview', source: file.name, work: file.work, plan: await previewWork(file.work) });
        }, 'That file could not be imported.'),
      openRestore: () => setFlow({ kind: 'restore' }),
      mergeSnapshot: (snapshot) =>
        run(async () => {
          const work = await snapshotWork(snapshot);
          const source = `the snapshot of ${snapshotTime(snapshot.takenAt)}`;
          setFlow({ kind: 'preview', source, work, plan: await previewWork(work) });
        }, 'That snapshot could not be read.'),
      replaceWithSnapshot: (snapshot) =>
        run(async () => {
          const work = await snapshotWork(snapshot);
          const changed = await replaceAllWork(work);
          setFlow({ kind: 'idle' });
          const lines = work.refused.map((r) => `Not restored: ${r.what}: ${r.reason}`);
          const title = `Your work is now the snapshot of ${snapshotTime(snapshot.takenAt)}.`;
          done(lines.length > 0 ? 'warning' : 'success', title, lines, changed, 'Undo restore');
        }, 'That snapshot could not be restored; your work is unchanged.'),
      confirmImport: () => {
        if (flow.kind !== 'preview') return;
        run(async () => {
          const { plan, ...changed } = await importWork(flow.work);
          setFlow({ kind: 'idle' });
          const { kind, lines } = summariseImport(plan);
          done(kind, `Imported ${flow.source}.`, lines, changed, 'Undo import');
        }, 'The import did not complete; your work is unchanged.');
      },
      close: () => setFlow({ kind: 'idle' }),
    }),
    [flow, busy, run, done, libraryId],
  );
}
