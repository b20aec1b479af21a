// Which library a folder is, so the analyst's work follows the library and not the path: a folder opened
// before keeps its id; a folder new to this installation takes over the id of a known library whose folder
// is gone (moved or renamed) when their contents match, as soon as its content is known (at once when the
// catalog has it, else after its first read); otherwise it is a new library.
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { bestMatch, contentCount, matchScore, sampleOf } from './fingerprint';
import type { KnownLibrary, LibraryRegistry } from './library-registry';

/** What the page files work under: the library's id, and ids its work may still carry from before. */
export interface LibraryIdentity {
  readonly id: string;
  readonly formerIds: readonly string[];
}

export interface IdentityParts {
  readonly registry: LibraryRegistry;
  /** For each hash, a file of the folder that holds it, or null (the catalog's answer). */
  readonly findByHashes: (root: string, hashes: readonly string[]) => Promise<readonly (string | null)[]>;
  readonly newId?: () => string;
  readonly now?: () => number;
}

const identityOf = (library: KnownLibrary): LibraryIdentity => ({ id: library.id, formerIds: library.formerIds });

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export class LibraryIdentities {
  private readonly newId: () => string;
  private readonly now: () => number;

  constructor(private readonly parts: IdentityParts) {
    this.newId = parts.newId ?? randomUUID;
    this.now = parts.now ?? Date.now;
  }

  /** Every id and former id of the known libraries but `identity`'s own. */
  async otherIds(identity: LibraryIdentity): Promise<string[]> {
    const own = new Set([identity.id, ...identity.formerIds]);
    const all = (await this.parts.registry.all()).flatMap((l) => [l.id, ...l.formerIds]);
    return [...new Set(all)].filter((id) => !own.has(id));
  }

  /** The identity of a folder being opened; `hashes` are the contents the catalog already holds for it. */
  async atOpen(root: string, hashes: readonly string[]): Promise<LibraryIdentity> {
    const { registry } = this.parts;
    const known = await registry.byRoot(root);
    if (known) return identityOf(known);
    const contents = contentCount(hashes);
    const match = contents > 0 ? await this.match(root, contents, null) : null;
    if (match) return this.adopt(match, root, null, hashes);
    const fresh: KnownLibrary = {
      id: this.newId(),
      root,
      formerIds: [],
      contents,
      sample: sampleOf(hashes),
      unconfirmed: contents === 0,
      seenAt: this.now(),
    };
    await registry.put(fresh);
    return identityOf(fresh);
  }

  /**
   * Once a read of the folder is through: its fingerprint is brought up to date, and a new id whose folder's
   * content was unknown at open is exchanged for a known library's when the content matches.
   */
  async afterRead(root: string, identity: LibraryIdentity, hashes: readonly string[]): Promise<LibraryIdentity> {
    const { registry } = this.parts;
    const self = (await registry.byRoot(root)) ?? {
      ...identity,
      formerIds: [...identity.formerIds],
      root,
      contents: 0,
      sample: [],
      unconfirmed: false,
      seenAt: 0,
    };
    if (self.id !== identity.id) return identityOf(self);
    const contents = contentCount(hashes);
    if (self.unconfirmed && contents > 0) {
      const match = await this.match(root, contents, self.id);
      if (match) {
        await registry.remove(self.id);
        return this.adopt(match, root, self.id, hashes);
      }
    }
    const next: KnownLibrary = {
      ...self,
      contents,
      sample: sampleOf(hashes),
      unconfirmed: self.unconfirmed && contents === 0,
      seenAt: this.now(),
    };
    await registry.put(next);
    return identityOf(next);
  }

  /** The known library this folder's content matches best, among those whose own folder is gone. */
  private async match(root: string, contents: number, except: string | null): Promise<KnownLibrary | null> {
    const known = (await this.parts.registry.all()).filter(
      (l) => l.root !== root && l.id !== except && l.sample.length > 0,
    );
    const scored = [];
    for (const library of known) {
      // A library whose folder is still there is not a candidate: a copy of a library is another library.
      if (await isFolder(library.root)) continue;
      const found = (await this.parts.findByHashes(root, library.sample)).filter((id) => id !== null).length;
      scored.push({ library, score: matchScore(library, found, contents) });
    }
    return bestMatch(scored);
  }

  /** The folder becomes the matched library: its root now, the replaced id kept among its former ids. */
  private async adopt(
    match: KnownLibrary,
    root: string,
    replaced: string | null,
    hashes: readonly string[],
  ): Promise<LibraryIdentity> {
    const next: KnownLibrary = {
      ...match,
      root,
      formerIds: replaced ? [...match.formerIds, replaced] : match.formerIds,
      contents: contentCount(hashes),
      sample: sampleOf(hashes),
      unconfirmed: false,
      seenAt: this.now(),
    };
    await this.parts.registry.put(next);
    return identityOf(next);
  }
}
