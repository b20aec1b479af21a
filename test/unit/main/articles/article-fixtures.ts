// Parser test data: committed fixtures, the seed article's lines, and byte builders for UTF-16, Windows-1252 and PNG.
import { readFileSync } from 'node:fs';
import { parseArticle, type ParseOptions } from '../../../../src-main/articles/parse';
import type { ParsedArticle } from '../../../../src-main/articles/types';

const FIXTURES = new URL('../../../fixtures/articles/', import.meta.url);

export const SEED_FILE = '000_08978045df2b272e.txt';

/** The exact bytes of test/fixtures/articles/<name>. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

/** The seed article split naively on LF (independently of the parser): 3 header lines, then 8 paragraphs. */
function seedLines(): string[] {
  const lines = new TextDecoder().decode(fixtureBytes(SEED_FILE)).split('\n');
  if (lines.length !== 12 || lines[11] !== '') throw new Error('the seed fixture changed shape');
  return lines.slice(0, 11);
}

const lines = seedLines();
export const SEED_TITLE = 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine';
export const SEED_URL =
  'https://www.russiaherald.com/news/272310129/' +
  'blinken-accepts-invitation-to-meet-lavrov-late-next-week-if-russia-does-not-invade-ukraine';
/** The eight body paragraphs of the seed article, P[0] to P[7]. */
export const P: readonly string[] = lines.slice(3);

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}

export function utf16be(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le').swap16();
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xfe, 0xff]), body]) : body);
}

/** The Windows-1252 bytes these tests use above ASCII; anything else is a mistake in the test. */
const CP1252: Readonly<Record<string, number>> = {
  '\u2018': 0x91, // ‘
  '\u2019': 0x92, // ’
  '\u201c': 0x93, // “
  '\u201d': 0x94, // ”
  '\u2013': 0x96, // –
  '\u2014': 0x97, // —
  '\u20ac': 0x80, // €
  '\u00e8': 0xe8, // è
  '\u00e9': 0xe9, // é
  '\u00c9': 0xc9, // É
};

export function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) return code;
    const byte = CP1252[ch];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${ch} in this test table`);
    return byte;
  });
}

/** The first 16 bytes of every PNG: signature, then the IHDR chunk length (with NULs) and type. */
export const PNG_HEADER = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/** Parses bytes that must read as an article, failing the test with the parser's reason otherwise. */
export function parsedArticle(bytes: Uint8Array, options?: ParseOptions): ParsedArticle {
  const result = parseArticle(bytes, options);
  if (!result.ok) throw new Error(`expected an article, got the error "${result.error}"`);
  return result.article;
}

/** Parses bytes that must be refused, returning the reason and hash. */
export function parseFailure(bytes: Uint8Array, options?: ParseOptions): { error: string; hash: string | null } {
  const result = parseArticle(bytes, options);
  if (result.ok) throw new Error(`expected an error, got the article "${result.article.title}"`);
  return { error: result.error, hash: result.hash };
}
