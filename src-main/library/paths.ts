// Path containment: article ids are root-relative paths that can never resolve outside the library.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export class OutsideLibraryError extends Error {
  constructor(id: string) {
    super(`"${id}" is not a path inside the library`);
    this.name = 'OutsideLibraryError';
  }
}

/** Root-relative id with forward slashes, or null when the path is not strictly inside the root. */
export function toArticleId(root: string, absolutePath: string): string | null {
  const rel = relative(resolve(root), resolve(absolutePath));
  if (!isRelativeInside(rel)) return null;
  return rel.split(sep).join('/');
}

/** Lexical check: the id is relative, has no "..", no NUL, and lands strictly inside the root. */
export function resolveArticlePath(root: string, id: string): string {
  if (
    !id ||
    id.includes('\0') ||
    id.includes('\\') ||
    isAbsolute(id) ||
    /^[a-zA-Z]:/.test(id) ||
    id.split('/').some((part) => part === '..' || part === '.' || part === '')
  ) {
    throw new OutsideLibraryError(id);
  }
  const base = resolve(root);
  const full = resolve(base, ...id.split('/'));
  // Not a prefix test on base + sep: that fails for a library at a drive or file system root ("D:\\").
  if (!isInside(base, full)) throw new OutsideLibraryError(id);
  return full;
}

/** Also follows links: the real file must still be inside the real library folder. */
export async function resolveExistingArticlePath(root: string, id: string): Promise<string> {
  const full = resolveArticlePath(root, id);
  const [realRoot, realFull] = await Promise.all([realpath(root), realpath(full)]);
  if (!isInside(realRoot, realFull)) throw new OutsideLibraryError(id);
  return full;
}

export function isInside(root: string, candidate: string): boolean {
  return isRelativeInside(relative(root, candidate));
}

/** A relative path that goes down: not empty, no leading ".." segment (a name like "..notes" is fine). */
function isRelativeInside(rel: string): boolean {
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
