// Which library folder the app starts with: the remembered one, even when it is not there now (an
// unmounted drive: the app then opens in the folder-missing state, keeping the analyst's choice). Only a
// true first run, with no folder remembered, makes Documents/Dossier Library with the sample articles.
import type { Dirent } from 'node:fs';
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCandidateArticle } from '../library/file-filter';
import type { SettingsStore } from './settings';

export const DEFAULT_LIBRARY_NAME = 'Dossier Library';

export interface LibraryLocation {
  readonly documentsDir: string;
  readonly samplesDir: string;
  readonly settings: Pick<SettingsStore, 'load' | 'update'>;
}

export async function resolveLibraryRoot(location: LibraryLocation): Promise<string> {
  const remembered = (await location.settings.load()).libraryRoot;
  if (remembered) return remembered;
  const root = join(location.documentsDir, DEFAULT_LIBRARY_NAME);
  if (!(await isDirectory(root))) {
    await mkdir(root, { recursive: true });
    await copySamples(location.samplesDir, root);
  }
  await location.settings.update({ libraryRoot: root });
  return root;
}

async function copySamples(from: string, to: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch {
    return; // no samples shipped: an empty library is still a library
  }
  // Files only, and only what the library would list: a stray folder must not stop the app from starting.
  for (const entry of entries) {
    if (entry.isFile() && isCandidateArticle(entry.name)) await copyFile(join(from, entry.name), join(to, entry.name));
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
