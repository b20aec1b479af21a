// Remembers the analyst's choices across restarts in a small JSON file in the userData folder, written
// atomically: a failed write (a full disk) keeps the previous settings and says so.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { removeStaleTemps, writeFileAtomic, type AtomicFileOps } from '../files/atomic-write';
import { BriefExportOptionsSchema } from '../../src-shared/briefs/export-options';

const ExportChoicesSchema = z.object({
  format: z.enum(['md', 'html', 'pdf', 'docx', 'json']),
  options: BriefExportOptionsSchema,
});

export const SettingsSchema = z.object({
  libraryRoot: z.string().min(1).optional(),
  // The export dialog's memory: a damaged entry reads as none, never as settings that cannot be read.
  exportFolder: z.string().min(1).optional().catch(undefined),
  exportChoices: z
    .object({
      brief: ExportChoicesSchema.optional().catch(undefined),
      article: ExportChoicesSchema.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});

export type Settings = z.infer<typeof SettingsSchema>;

export class SettingsStore {
  private swept = false;

  /** `ops`: the file operations writes use; tests inject a full disk through them. */
  constructor(
    private readonly file: string,
    private readonly ops?: AtomicFileOps,
  ) {}

  /** Missing or damaged settings read as defaults; they are never a reason not to start. */
  async load(): Promise<Settings> {
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.load()), ...patch };
    const folder = dirname(this.file);
    await mkdir(folder, { recursive: true });
    if (!this.swept) {
      this.swept = true;
      await removeStaleTemps(folder, this.ops); // what an earlier, killed run left half-written
    }
    await writeFileAtomic(this.file, JSON.stringify(next, null, 2), { ops: this.ops });
    return next;
  }
}
