// The steps behind import, restore and undo. Each one that changes the work first saves the current work
// to a snapshot (and stops, changing nothing, if that fails), so it can always be undone.
import type { SavedSnapshot, SnapshotInfo, SnapshotReason, WorkDocument } from '../../../../src-preload/contract';
import type { ImportPlan } from '../../db/import-plan';
import { inDb } from '../../db/live';
import { applyImport, previewImport, replaceWork, workDocument } from '../../db/portability';
import { fromWorkDocument, type ParsedWork } from '../../db/work-document';
import { getApi } from '../../platform/api';
import { errorMessage } from '../../platform/errors';

/** The current work as a document, sent to main's snapshots. */
export async function snapshotNow(reason: SnapshotReason): Promise<{ document: WorkDocument; saved: SavedSnapshot }> {
  const document = await inDb(workDocument);
  return { document, saved: await getApi().saveSnapshot({ reason, document }) };
}

async function snapshotFirst(reason: SnapshotReason): Promise<WorkDocument> {
  try {
    return (await snapshotNow(reason)).document;
  } catch (error) {
    throw new Error(
      `Your current work could not be saved to a snapshot first, so nothing was changed: ${errorMessage(error)}`,
      { cause: error },
    );
  }
}

export const previewWork = (work: ParsedWork): Promise<ImportPlan> => inDb(previewImport, work);

/** What an import or restore did, and the work as it was before, for Undo. */
export interface Changed {
  readonly before: WorkDocument;
}

export async function importWork(work: ParsedWork): Promise<Changed & { plan: ImportPlan }> {
  const before = await snapshotFirst('import');
  return { before, plan: await inDb(applyImport, work) };
}

export async function replaceAllWork(work: ParsedWork): Promise<Changed> {
  const before = await snapshotFirst('restore');
  await inDb(replaceWork, work);
  return { before };
}

/** Puts back the work as it was before an import or restore (saving the work as it is now first). */
export function undoTo(before: WorkDocument): Promise<Changed> {
  return replaceAllWork(fromWorkDocument(before, Date.now()));
}

export async function snapshotWork(snapshot: SnapshotInfo): Promise<ParsedWork> {
  return fromWorkDocument(await getApi().readSnapshot(snapshot.id), Date.now());
}

/** The work of a snapshot, written over a database that could not be opened (and is made again empty). */
export async function recoverFrom(snapshot: SnapshotInfo): Promise<void> {
  const work = await snapshotWork(snapshot);
  await inDb(replaceWork, work);
}
