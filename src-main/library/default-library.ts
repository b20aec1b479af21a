// First run: picks the library folder (remembered choice, else Documents/Dossier Library, created and
// filled with the sample articles that ship in resources/).
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SettingsStore } from './settings';

export const DEFAULT_LIBRARY_NAME = 'Dossier Library';

export interface LibraryLocation {
  readonly documentsDir: string;
  readonly samplesDir: string;
  readonly settings: SettingsStore;
}

export async function resolveLibraryRoot(location: LibraryLocation): Promise<string> {
  const remembered = (await location.settings.load()).libraryRoot;
  if (remembered && (await isDirectory(remembered))) return remembered;
  const root = join(location.documentsDir, DEFAULT_LIBRARY_NAME);
  if (!(await isDirectory(root))) {
    await mkdir(root, { recursive: true });
    await copySamples(location.samplesDir, root);
  }
  await location.settings.update({ libraryRoot: root });
  return root;
}

async function copySamples(from: string, to: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(from);
  } catch {
    return; // no samples shipped: an empty library is still a library
  }
  for (const name of names) {
    if (name.endsWith('.txt') || name.endsWith('.md')) await copyFile(join(from, name), join(to, name));
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
