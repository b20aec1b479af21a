// What the library watcher knows of the folder tree, and how it turns change events into added, written and
// removed article files once they hold still. The events come from one fs.watch per folder, or from one
// watch of the whole tree (a TreeWatch: Node's recursive fs.watch, or another source the bench compares).
import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { isCandidateArticle, isHiddenOrTemp } from './file-filter';
import { QuietTimers } from './quiet-timers';
import { errorCode } from './fs-errors';
import { rootGone, type TreeWatch, type WatchHandlers } from './watch-contract';

/** File systems there ignore case by default: "Article.txt" still answers after a rename to "article.txt". */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32';

interface Folder {
  /** This folder's own watch, or null under a watch of the whole tree. */
  readonly handle: FSWatcher | null;
  /** Article files (and links named like them) known in this folder, by name. */
  readonly files: Set<string>;
}

export class FolderWatcher {
  private readonly folders = new Map<string, Folder>();
  /** Paths waiting for their writes to settle. */
  private readonly quiet = new QuietTimers((path) => {
    void this.check(path).catch((error: unknown) => this.handlers.onError(error));
  });
  /** Paths named in a rename event (created, deleted or moved) since their last check. */
  private readonly renamed = new Set<string>();
  private treeWatch: { close(): void | Promise<void> } | null = null;
  private rootReported = false;
  private closed = false;

  constructor(
    private readonly root: string,
    private readonly handlers: WatchHandlers,
    private readonly stableMs: number,
    /** One watch of the whole tree, or null for one fs.watch per folder. */
    private readonly tree: TreeWatch | null,
  ) {}

  /** Starts watching; resolves once every folder under the root is known (and, per folder, watched). */
  async start(): Promise<void> {
    if (this.tree) {
      const onEvent = (event: string, name: string | null): void => this.onEvent(this.root, event, name);
      this.treeWatch = await this.tree(this.root, onEvent, (error) => this.onFolderError(this.root, error));
    }
    await this.addFolder(this.root, false);
  }

  /**
   * Watches a folder and everything under it; with `announce`, its files are checked and reported (as
   * new, or as written when `previous` knew them: the names each folder held before a rewatch).
   */
  private async addFolder(dir: string, announce: boolean, previous?: ReadonlyMap<string, Set<string>>): Promise<void> {
    if (this.closed || this.folders.has(dir)) return;
    let handle: FSWatcher | null = null;
    if (!this.tree) {
      try {
        // Watch first, list second: a file written between the two is then seen by one or the other.
        handle = watch(dir, { persistent: false }, (event, name) => this.onEvent(dir, event, name));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') this.handlers.onError(error);
        return;
      }
      handle.on('error', (error) => this.onFolderError(dir, error));
    }
    const folder: Folder = { handle, files: new Set(previous?.get(dir)) };
    this.folders.set(dir, folder);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // gone again already: its parent's event removes it
    }
    const subfolders: string[] = [];
    // Names known before and not there now are checked too: they are reported removed.
    const listed = new Set(entries.map((entry) => entry.name));
    for (const name of folder.files) if (!listed.has(name)) this.settle(join(dir, name));
    for (const entry of entries) {
      if (isHiddenOrTemp(entry.name)) continue;
      const full = join(dir, entry.name);
      // Links are not followed (a link to a folder is no folder of the library); a link named like an
      // article is reported, and the library decides whether it leads somewhere inside.
      if (entry.isDirectory()) subfolders.push(full);
      else if (isCandidateArticle(entry.name)) {
        if (announce) this.settle(full);
        else folder.files.add(entry.name);
      }
    }
    for (const sub of subfolders) await this.addFolder(sub, announce, previous);
  }

  /** Drops the watches of a folder and everything under it, then watches whatever is at that path now. */
  private async rewatch(path: string): Promise<void> {
    const previous = this.dropFolders(path);
    await this.addFolder(path, true, previous);
    if (this.closed) return;
    // Folders that were there before and are not now took their files with them.
    for (const [dir, names] of previous) {
      if (this.folders.has(dir)) continue;
      for (const name of names) this.handlers.onUnlink(join(dir, name));
    }
  }

  /** Stops watching a folder and its subfolders; returns the names each one held. */
  private dropFolders(path: string): Map<string, Set<string>> {
    const prefix = path + sep;
    const dropped = new Map<string, Set<string>>();
    for (const [dir, folder] of this.folders) {
      if (dir !== path && !dir.startsWith(prefix)) continue;
      folder.handle?.close();
      this.folders.delete(dir);
      dropped.set(dir, folder.files);
    }
    return dropped;
  }

  private onEvent(dir: string, event: string, name: string | Buffer | null): void {
    if (this.closed) return;
    if (name === null) {
      // A name-less event (an overflow, say): under a watch of the whole tree it may concern any folder.
      for (const known of this.tree ? [...this.folders.keys()] : [dir]) void this.rescan(known);
      return;
    }
    const text = name.toString();
    // A watch of the tree names paths below the root: any hidden or temporary part hides the whole path.
    if (text.split(/[\\/]/).some(isHiddenOrTemp)) return;
    // Something came or went at the top: maybe the library folder itself (deleted, moved or renamed).
    if (event === 'rename' && (this.tree || dir === this.root)) void this.checkRoot();
    const path = join(dir, text);
    if (event === 'rename') this.renamed.add(path);
    this.settle(path);
  }

  /** (Re)starts the quiet period of a path; the check runs once no event has come for stableMs. */
  private settle(path: string, delay = this.stableMs): void {
    this.quiet.restart(path, delay);
  }

  /** What a path is now, against what was known of it: a new or written file, a new folder, or gone. */
  private async check(path: string): Promise<void> {
    const renamed = this.renamed.delete(path);
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      if (this.closed || this.quiet.waiting(path)) return;
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') this.vanished(path);
      else this.handlers.onError(error);
      return;
    }
    // A newer event for this path came in meanwhile: its own check decides.
    if (this.closed) return;
    if (this.quiet.waiting(path)) {
      if (renamed) this.renamed.add(path);
      return;
    }
    const parent = this.folders.get(dirname(path));
    const name = basename(path);
    // After a rename that changed only the case, the old name still answers: the listing tells.
    if (renamed && CASE_INSENSITIVE && !(await listedExactly(path))) {
      if (!this.closed && !this.quiet.waiting(path)) this.vanished(path);
      return;
    }
    if (info.isDirectory()) {
      if (parent?.files.delete(name)) this.handlers.onUnlink(path);
      // A known folder named in a rename event was deleted or moved, and maybe made again: watch anew.
      if (renamed && this.folders.has(path)) await this.rewatch(path);
      else await this.addFolder(path, true);
      return;
    }
    if (this.folders.has(path)) this.vanished(path); // a folder replaced by a file
    if (!parent || !isCandidateArticle(name)) return;
    // Written within the quiet period by something whose events did not reach us: wait the rest of it.
    const age = Date.now() - info.mtimeMs;
    if (age >= 0 && age < this.stableMs) {
      this.settle(path, Math.ceil(this.stableMs - age));
      return;
    }
    if (parent.files.has(name)) this.handlers.onChange(path);
    else {
      parent.files.add(name);
      this.handlers.onAdd(path);
    }
  }

  /** A path that no longer exists: a file is reported removed; a folder takes its files with it. */
  private vanished(path: string): void {
    for (const [dir, names] of this.dropFolders(path)) {
      for (const name of names) this.handlers.onUnlink(join(dir, name));
    }
    const parent = this.folders.get(dirname(path));
    if (parent?.files.delete(basename(path))) this.handlers.onUnlink(path);
  }

  /** The library folder itself deleted, moved or renamed: nothing more will be reported, so say so. */
  private async checkRoot(): Promise<void> {
    const stopped = await rootGone(this.root);
    if (!stopped || this.closed || this.rootReported) return;
    this.rootReported = true;
    this.handlers.onError(stopped);
  }

  /** An event without a name: compare the whole folder with what is known of it. */
  private async rescan(dir: string): Promise<void> {
    const folder = this.folders.get(dir);
    if (!folder) return;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      this.vanished(dir);
      return;
    }
    const present = new Set(names.filter((name) => !isHiddenOrTemp(name)));
    for (const name of present) this.settle(join(dir, name));
    for (const name of folder.files) if (!present.has(name)) this.settle(join(dir, name));
    // Subfolders gone meanwhile are checked too, so their files are reported removed.
    for (const known of this.folders.keys()) {
      if (dirname(known) === dir && known !== dir && !present.has(basename(known))) this.settle(known);
    }
  }

  private onFolderError(dir: string, error: unknown): void {
    if (this.closed) return;
    // A watched folder that is deleted may end its watch with an error; its parent reports the removal.
    if (dir !== this.root && (errorCode(error) === 'EPERM' || errorCode(error) === 'ENOENT')) return;
    this.handlers.onError(error);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.quiet.clear();
    this.renamed.clear();
    for (const folder of this.folders.values()) folder.handle?.close();
    this.folders.clear();
    await this.treeWatch?.close();
    this.treeWatch = null;
  }
}

/** Whether the folder's listing holds exactly this name (case and all). */
async function listedExactly(path: string): Promise<boolean> {
  try {
    return (await readdir(dirname(path))).includes(basename(path));
  } catch {
    return false;
  }
}
