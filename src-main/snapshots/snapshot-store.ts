// The snapshot files of the analyst's work in userData/snapshots: written atomically one at a time, never
// twice for identical work, rotated after each write, listed from their names, and read back checked.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  SavedSnapshot,
  SnapshotInfo,
  SnapshotList,
  SnapshotReason,
  WorkDocument,
} from '../../src-preload/contract';
import { workCounts, WorkEnvelopeSchema, type WorkEnvelope } from '../../src-shared/work/work-envelope';
import { NODE_FILE_OPS, removeStaleTemps, writeFileAtomic, type AtomicFileOps } from '../files/atomic-write';
import { DEFAULT_RETENTION, snapshotsToDelete, type RetentionRule } from './retention';
import { parseSnapshotName, snapshotFileName, type SnapshotName } from './snapshot-names';

/** 256 MB of JSON: far above any analyst's work; a document past it is refused rather than half kept. */
export const MAX_SNAPSHOT_CHARS = 256 * 1024 * 1024;

export interface SnapshotStoreOptions {
  readonly folder: string;
  /** The settings main keeps, written into each snapshot so they are on record beside the work. */
  readonly settings?: () => Promise<object>;
  readonly ops?: AtomicFileOps;
  readonly now?: () => number;
  readonly retention?: RetentionRule;
}

const infoOf = ({ id, takenAt, reason, counts }: SnapshotName): SnapshotInfo => ({ id, takenAt, reason, counts });

export class SnapshotStore {
  /** The writes asked for, one after another; it never rejects (each caller gets its own failure). */
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private tidied = false;

  constructor(private readonly options: SnapshotStoreOptions) {}

  get folder(): string {
    return this.options.folder;
  }

  /** True while a snapshot is being written: quitting waits for it. */
  get busy(): boolean {
    return this.pending > 0;
  }

  /** Resolves once every snapshot asked for so far is written (or has failed). */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  /** Writes the document unless it equals the latest snapshot; one write at a time, in the order asked. */
  save(document: WorkEnvelope, reason: SnapshotReason): Promise<SavedSnapshot> {
    this.pending++;
    const run = this.queue.then(() => this.write(document, reason));
    this.queue = run.then(
      () => void this.pending--,
      () => void this.pending--,
    );
    return run;
  }

  async list(): Promise<SnapshotList> {
    const newestFirst = (await this.names()).toSorted((a, b) => b.takenAt - a.takenAt);
    return { folder: this.folder, snapshots: newestFirst.map(infoOf) };
  }

  async read(id: string): Promise<WorkDocument> {
    // Only names this store makes are read: an id is never a path.
    if (!parseSnapshotName(id)) throw new Error(`there is no snapshot called ${id}`);
    const file = join(this.folder, id);
    // A character of JSON text takes at most three bytes of UTF-8.
    if ((await stat(file)).size > MAX_SNAPSHOT_CHARS * 3) throw new Error(`the snapshot ${id} is too large to read`);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch {
      throw new Error(`the snapshot ${id} is damaged: it is not JSON`);
    }
    const parsed = WorkEnvelopeSchema.safeParse(json);
    if (!parsed.success) throw new Error(`the snapshot ${id} is damaged: it is not a Dossier work document`);
    return parsed.data as WorkDocument;
  }

  private async write(document: WorkEnvelope, reason: SnapshotReason): Promise<SavedSnapshot> {
    const settings = this.options.settings ? await this.options.settings() : undefined;
    const full = settings ? { ...document, 'dossier:settings': settings } : document;
    // The time of writing is left out of the hash: work that did not change is not written again.
    const hash = createHash('sha256')
      .update(JSON.stringify({ ...full, generated: null }))
      .digest('hex')
      .slice(0, 16);
    await this.prepare();
    const existing = await this.names();
    const latest = existing.reduce<SnapshotName | null>((a, b) => (a && a.takenAt >= b.takenAt ? a : b), null);
    if (latest?.hash === hash) return { snapshot: infoOf(latest), written: false };

    const text = JSON.stringify(full, null, 2);
    if (text.length > MAX_SNAPSHOT_CHARS) throw new Error('the work is too large for a snapshot (over 256 MB)');
    // Strictly after the latest, so the order of the files is the order of the writes even within one ms.
    const now = Math.max((this.options.now ?? Date.now)(), (latest?.takenAt ?? 0) + 1);
    const info = { takenAt: now, reason, counts: workCounts(document), hash };
    const name = snapshotFileName(info);
    await writeFileAtomic(join(this.folder, name), text, { ops: this.ops });
    await this.rotate([...existing, { ...info, id: name }], now);
    return { snapshot: infoOf({ ...info, id: name }), written: true };
  }

  private get ops(): AtomicFileOps {
    return this.options.ops ?? NODE_FILE_OPS;
  }

  private async prepare(): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    if (this.tidied) return;
    this.tidied = true;
    await removeStaleTemps(this.folder, this.ops);
  }

  private async names(): Promise<SnapshotName[]> {
    let files: string[];
    try {
      files = await readdir(this.folder);
    } catch {
      return []; // no snapshot written yet
    }
    return files.map(parseSnapshotName).filter((s): s is SnapshotName => s !== null);
  }

  /** A snapshot that cannot be deleted stays; the next write tries again. */
  private async rotate(all: readonly SnapshotName[], now: number): Promise<void> {
    for (const id of snapshotsToDelete(all, now, this.options.retention ?? DEFAULT_RETENTION)) {
      await this.ops.unlink(join(this.folder, id)).catch(() => undefined);
    }
  }
}
