// Content hash of an article file's bytes: the identity that follows a file across renames and moves.
import { createHash } from 'node:crypto';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
