// The analyst's work from before the page moved from file:// to app://dossier. IndexedDB belongs to an
// origin, so the page at its new origin starts without it: main reads it once from the old origin (the
// hidden window of window/legacy-window.ts), keeps it as a file in the data folder until the page has made
// those databases again, then marks the move done and keeps the file as a copy.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { LegacyDatabase } from '../../src-preload/contract';
import { writeFileAtomic } from '../files/atomic-write';

const KeyPathSchema = z.union([z.string(), z.array(z.string())]);

/** What the hidden window hands over is checked in full: it is untrusted page data. */
export const LegacyDatabasesSchema = z.array(
  z.object({
    name: z.string().min(1),
    version: z.number().int().positive(),
    stores: z.array(
      z.object({
        name: z.string().min(1),
        keyPath: KeyPathSchema.nullable(),
        autoIncrement: z.boolean(),
        indexes: z.array(
          z.object({ name: z.string().min(1), keyPath: KeyPathSchema, unique: z.boolean(), multiEntry: z.boolean() }),
        ),
        records: z.array(z.unknown()),
        keys: z.array(z.unknown()).nullable(),
      }),
    ),
  }),
);

/** The hidden window's handover: the databases, or why they could not be read. */
export const LegacyReadingSchema = z.union([
  z.object({ ok: z.literal(true), databases: LegacyDatabasesSchema }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export const LEGACY_WORK_FILE = 'work-from-file-origin.json';
export const LEGACY_MOVED_FILE = 'work-from-file-origin.moved';

export class LegacyWork {
  constructor(private readonly dataDir: string) {}

  private get workFile(): string {
    return join(this.dataDir, LEGACY_WORK_FILE);
  }

  private get movedFile(): string {
    return join(this.dataDir, LEGACY_MOVED_FILE);
  }

  /**
   * Reads the old origin's databases with `read`, once per data folder: not again once they are kept, or
   * moved, or found empty. A read that fails is tried again at the next start.
   */
  async collect(read: () => Promise<LegacyDatabase[]>): Promise<void> {
    if ((await exists(this.movedFile)) || (await exists(this.workFile))) return;
    const databases = LegacyDatabasesSchema.parse(await read()).filter((database) =>
      database.stores.some((store) => store.records.length > 0),
    );
    if (databases.length === 0) await writeFileAtomic(this.movedFile, 'The file:// origin held no work.\n');
    else await writeFileAtomic(this.workFile, JSON.stringify(databases));
  }

  /** The databases still to be made again at the new origin; none once the move is done. */
  async take(): Promise<LegacyDatabase[]> {
    if (await exists(this.movedFile)) return [];
    let text: string;
    try {
      text = await readFile(this.workFile, 'utf8');
    } catch {
      return [];
    }
    return LegacyDatabasesSchema.parse(JSON.parse(text));
  }

  /** The page made them again: the move is done (the file stays, a copy of the work as it was). */
  async moved(): Promise<void> {
    await writeFileAtomic(this.movedFile, `Moved to app://dossier on ${new Date().toISOString()}.\n`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
