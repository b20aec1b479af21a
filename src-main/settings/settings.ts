// Remembers the analyst's choices across restarts in a small JSON file in the userData folder.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

export const SettingsSchema = z.object({
  libraryRoot: z.string().min(1).optional(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export class SettingsStore {
  constructor(private readonly file: string) {}

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
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    await writeFile(temp, JSON.stringify(next, null, 2));
    await rename(temp, this.file);
    return next;
  }
}
