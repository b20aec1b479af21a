// The libraries this installation has opened, kept in a small JSON file in userData: each library's id
// (which the page files the analyst's work under), the folder it was last opened from, and its content
// fingerprint, so a moved or renamed folder can be recognised. Written atomically; a damaged file is moved
// aside (kept for inspection) and the registry starts again, never stopping a library from opening.
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../files/atomic-write';

const KnownLibrarySchema = z.object({
  id: z.string().min(1).max(100),
  root: z.string().min(1),
  formerIds: z.array(z.string().min(1).max(100)).max(1000),
  contents: z.number().int().min(0),
  sample: z.array(z.string().min(1).max(128)).max(1000),
  /** True while the id is new and the folder's content has not yet been compared with the known libraries. */
  unconfirmed: z.boolean(),
  seenAt: z.number(),
});
const RegistryFileSchema = z.object({ version: z.literal(1), libraries: z.array(KnownLibrarySchema) });

export type KnownLibrary = z.infer<typeof KnownLibrarySchema>;

/** How many former ids a library keeps: enough for every move, bounded so the summary stays small. */
const MAX_FORMER_IDS = 50;

export class LibraryRegistry {
  private libraries: KnownLibrary[] | null = null;
  private writes: Promise<void> = Promise.resolve();

  /** `file` null keeps the registry in memory only (tests, the bench). */
  constructor(
    private readonly file: string | null,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  async all(): Promise<readonly KnownLibrary[]> {
    this.libraries ??= await this.load();
    return this.libraries;
  }

  async byRoot(root: string): Promise<KnownLibrary | undefined> {
    return (await this.all()).find((library) => library.root === root);
  }

  /**
   * Adds or replaces the library with this id; another library that claimed the same root loses it. A write
   * that fails is logged: the registry in memory stays right for this session, and the next write carries it.
   */
  async put(library: KnownLibrary): Promise<void> {
    const others = (await this.all()).filter((l) => l.id !== library.id && l.root !== library.root);
    this.libraries = [...others, { ...library, formerIds: library.formerIds.slice(-MAX_FORMER_IDS) }];
    await this.save();
  }

  /** Forgets a library (one whose id was merged into another's). */
  async remove(id: string): Promise<void> {
    this.libraries = (await this.all()).filter((l) => l.id !== id);
    await this.save();
  }

  private async load(): Promise<KnownLibrary[]> {
    if (this.file === null) return [];
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.log(`library registry unreadable: ${String(error)}`);
      return [];
    }
    const parsed = RegistryFileSchema.safeParse(parseJson(text));
    if (parsed.success) return parsed.data.libraries;
    const aside = `${this.file}.damaged-${Date.now()}`;
    await rename(this.file, aside).catch(() => undefined);
    this.log(`library registry damaged; moved aside to ${aside}`);
    return [];
  }

  /** Writes take turns, each the whole registry as it stands. */
  private save(): Promise<void> {
    const file = this.file;
    if (file === null) return Promise.resolve();
    const text = JSON.stringify({ version: 1, libraries: this.libraries ?? [] }, null, 2);
    this.writes = this.writes.then(async () => {
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, text);
      } catch (error) {
        this.log(`library registry not saved: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return this.writes;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
