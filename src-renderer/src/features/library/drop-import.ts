// Sends files dropped on the window to main a bounded batch at a time (src-shared/import-batches.ts): a
// file too large is refused by its size before it is read, each batch is read only when its turn comes,
// and a batch that fails is refused file by file with the reason while the other batches go on.
import type { ImportReport, IncomingFile } from '../../../../src-preload/contract';
import { joinReports, planImport, type ImportBatchLimits } from '../../../../src-shared/import-batches';
import { errorMessage } from '../../platform/errors';

export interface ImportProgress {
  /** Files sent (or refused on the way) so far, of the files planned to be sent. */
  readonly done: number;
  readonly total: number;
}

export interface DropImportOptions {
  /** Told before the first batch and after each one, when there is more than one batch. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Stops before the next batch: the files not sent yet are reported as not added. */
  readonly signal?: AbortSignal;
  readonly limits?: ImportBatchLimits;
}

export type DroppedFile = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

const UNREADABLE = 'could not be read (folders are not added)';

const refusing = (names: readonly string[], reason: string): ImportReport => ({
  added: [],
  duplicates: [],
  refused: names.map((name) => ({ name, reason })),
});

export async function importDroppedFiles(
  files: readonly DroppedFile[],
  send: (files: IncomingFile[]) => Promise<ImportReport>,
  options: DropImportOptions = {},
): Promise<ImportReport> {
  const { batches, refused } = planImport(files, options.limits);
  const total = batches.reduce((sum, batch) => sum + batch.length, 0);
  const progress = batches.length > 1 ? options.onProgress : undefined;
  const reports: ImportReport[] = [{ added: [], duplicates: [], refused }];
  let done = 0;
  progress?.({ done, total });
  for (const batch of batches) {
    if (options.signal?.aborted) {
      reports.push(
        refusing(
          batch.map((file) => file.name),
          'not added: the import was cancelled',
        ),
      );
      continue;
    }
    const read = await Promise.all(
      batch.map((file) =>
        file.arrayBuffer().then(
          (buffer): IncomingFile => ({ name: file.name, bytes: new Uint8Array(buffer) }),
          () => file.name,
        ),
      ),
    );
    const incoming = read.filter((item): item is IncomingFile => typeof item !== 'string');
    reports.push(
      refusing(
        read.filter((item): item is string => typeof item === 'string'),
        UNREADABLE,
      ),
    );
    if (incoming.length > 0) {
      try {
        reports.push(await send(incoming));
      } catch (error) {
        reports.push(
          refusing(
            incoming.map((file) => file.name),
            `not added: ${errorMessage(error)}`,
          ),
        );
      }
    }
    done += batch.length;
    progress?.({ done, total });
  }
  return joinReports(reports);
}
