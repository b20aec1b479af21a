// What a failed file system call means: its Node error code, and the reason shown to the analyst when a
// file could not be read at all (it never reached the parser).

/** A Node error's code ("ENOENT", "EACCES", ...), or "" when it has none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** The reason shown when reading a file failed outright. */
export function describeReadError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOENT') return 'file vanished during the scan';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  if (code === 'EISDIR') return 'not a regular file';
  const message = error instanceof Error ? error.message : String(error);
  return `cannot read: ${message}`;
}
