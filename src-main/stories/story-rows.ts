// A signature as a story_docs row stores it (a BLOB of its values, and its shingle count), and back.
import type { DatabaseSync } from 'node:sqlite';
import { prepared } from '../search/statements';
import type { StorySignature } from './signature';

export function signatureBytes(signature: StorySignature): Uint8Array {
  const { mins } = signature;
  return new Uint8Array(mins.buffer, mins.byteOffset, mins.byteLength);
}

export function signatureFromRow(sig: Uint8Array, shingles: number): StorySignature {
  // A copy: the BLOB's bytes need not sit at a multiple of four.
  return { mins: new Uint32Array(sig.slice().buffer), shingles };
}

export function signatureOf(db: DatabaseSync, doc: number): StorySignature | null {
  const row = prepared(db, 'SELECT sig, shingles FROM story_docs WHERE id = ?').get(doc) as
    { sig: Uint8Array; shingles: number } | undefined;
  return row ? signatureFromRow(row.sig, row.shingles) : null;
}
