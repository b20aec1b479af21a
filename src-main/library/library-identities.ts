// Which library the open folder is, for the library service: the identity found at open (identity/ says
// how a folder is recognised), its update once the first read is through, and the ids a summary carries. A
// folder that could not be opened keeps the id the registry knows for its path, if any.
import type * as C from '../../src-preload/contract';
import { LibraryIdentities, type IdentityParts, type LibraryIdentity } from './identity/library-identities';
import type { OpenFolder } from './open/open-folder';

/** The content hashes of listed files (a file that could not be read may have none). */
export const hashesOf = (entries: readonly C.CatalogEntry[]): string[] =>
  entries.flatMap((entry) => (entry.hash === null ? [] : [entry.hash]));

/** The ids a summary carries: absent when the folder is not open and this installation has not seen it. */
export type SummaryIds = Pick<C.LibrarySummary, 'libraryId' | 'formerIds' | 'otherLibraryIds'>;

export interface FollowParts {
  /** Runs `work` in the service's turn (no open or close meanwhile). */
  readonly inTurn: (work: () => Promise<void>) => Promise<void>;
  /** Whether `folder` is still the open one. */
  readonly isOpen: (folder: OpenFolder) => boolean;
  /** The folder turned out to be another known library: the page must hear its new id. */
  readonly changed: () => Promise<void>;
  readonly log?: (message: string) => void;
}

export class FolderIdentities {
  private readonly identities: LibraryIdentities;
  /** Which library each open folder is; it may change once, after a first read (follow). */
  private readonly byFolder = new WeakMap<OpenFolder, LibraryIdentity>();
  /** The library of a folder that could not be opened, when the registry knows its path. */
  private missing: LibraryIdentity | null = null;
  /** The identity step of the last open, after its read. */
  private identified: Promise<void> = Promise.resolve();

  constructor(private readonly parts: IdentityParts) {
    this.identities = new LibraryIdentities(parts);
  }

  /** The identity of a folder being opened, from what the catalog already lists for it. */
  atOpen(root: string, listed: readonly C.CatalogEntry[]): Promise<LibraryIdentity> {
    return this.identities.atOpen(root, hashesOf(listed));
  }

  /** `folder` is open as `identity`. */
  opened(folder: OpenFolder, identity: LibraryIdentity): void {
    this.byFolder.set(folder, identity);
    this.missing = null;
  }

  /** `root` could not be opened: it stays its library if the registry knows it (a new path gets no id). */
  async unavailable(root: string): Promise<void> {
    const known = await this.parts.registry.byRoot(root);
    this.missing = known ? { id: known.id, formerIds: known.formerIds } : null;
  }

  /** The identity of the library now: the open folder's, else the unavailable folder's if known. */
  current(folder: OpenFolder | null): LibraryIdentity | null {
    if (folder === null) return this.missing;
    const identity = this.byFolder.get(folder);
    if (!identity) throw new Error('the library is still being opened');
    return identity;
  }

  /** The ids for a summary of the library now. */
  async summaryIds(folder: OpenFolder | null): Promise<SummaryIds> {
    const identity = this.current(folder);
    if (identity === null)
      return { formerIds: [], otherLibraryIds: await this.identities.otherIds({ id: '', formerIds: [] }) };
    const { id: libraryId, formerIds } = identity;
    return { libraryId, formerIds, otherLibraryIds: await this.identities.otherIds(identity) };
  }

  /**
   * Once the folder's read is through its fingerprint is kept, and a folder new to the app may turn out to be
   * a known library moved or renamed: the page then hears the library's id with a new summary.
   */
  follow(folder: OpenFolder, parts: FollowParts): void {
    this.identified = (async () => {
      await folder.whenIdle().catch(() => undefined);
      await parts
        .inTurn(async () => {
          const before = this.byFolder.get(folder);
          if (!parts.isOpen(folder) || !before) return;
          const after = await this.identities.afterRead(folder.root, before, hashesOf(folder.listing.all()));
          this.byFolder.set(folder, after);
          if (after.id !== before.id) await parts.changed();
        })
        .catch((error: unknown) => parts.log?.(`library identity: ${String(error)}`));
    })();
  }

  /** Resolves once the identity step of the last open is through. */
  whenIdentified(): Promise<void> {
    return this.identified;
  }
}
