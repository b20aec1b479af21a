// Legacy encodings: real articles (test/fixtures/formats/encodings) written in the code pages their readers used,
// detected, decoded and parsed into the same title and paragraphs as their UTF-8 originals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, type Decoded } from '../../../../src-main/articles/decode';
import type { FinishedArticle } from '../../../../src-main/articles/formats/finish-extracted';
import { parseFile } from '../../../../src-main/articles/formats/parse-file';

const DIR = new URL('../../../fixtures/formats/encodings/', import.meta.url);

function readSample(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8');
}

/** Letters a code page lacks, written as legacy writers wrote them (Farsi yeh as Arabic yeh, no hamza above). */
const WRITTEN_AS: Readonly<Record<string, string>> = { '\u2010': '-', '\u06cc': '\u064a', '\u0654': '' };

/** Encodes text in a single-byte code page, the table read off TextDecoder itself. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text], (ch) => {
    const byte = byteOf.get(ch);
    if (byte === undefined) throw new Error(`${encoding} has no byte for ${ch}`);
    return byte;
  });
}

function legacyText(name: string, encoding: string): string {
  const original = readSample(`${name}.txt`);
  return encoding === 'multi-byte' ? original : [...original].map((ch) => WRITTEN_AS[ch] ?? ch).join('');
}

async function article(bytes: Uint8Array): Promise<FinishedArticle> {
  const result = await parseFile(bytes, { fileName: 'article.txt' });
  if (!result.ok) throw new Error(result.error);
  const [first] = result.articles;
  if (!first) throw new Error('no article');
  return first;
}

function decodedText(decoded: Decoded): { text: string; warnings: readonly string[] } {
  if (!decoded.ok) throw new Error(decoded.error);
  return { text: decoded.text, warnings: decoded.warnings };
}

// [sample, language, encoding as written, what detection names it]
const SINGLE_BYTE: readonly [string, string, string][] = [
  ['ru', 'windows-1251', 'windows-1251'],
  ['ru', 'koi8-r', 'koi8-r'],
  ['ru', 'iso-8859-5', 'iso-8859-5'],
  ['ru', 'ibm866', 'ibm866'],
  ['uk', 'windows-1251', 'windows-1251'],
  ['uk', 'koi8-u', 'koi8-u'],
  ['ar', 'windows-1256', 'windows-1256'],
  ['ar', 'iso-8859-6', 'iso-8859-6'],
  ['fa', 'windows-1256', 'windows-1256'],
  // ISO-8859-7 and windows-1253 read this text alike (as do ISO-8859-8 and windows-1255 the Hebrew); the
  // warning names the Windows code page, the one such files were most often written in.
  ['el', 'iso-8859-7', 'windows-1253'],
  ['el', 'windows-1253', 'windows-1253'],
  ['he', 'windows-1255', 'windows-1255'],
  ['he', 'iso-8859-8', 'windows-1255'],
  ['tr', 'windows-1254', 'windows-1254'],
  ['de', 'windows-1252', 'windows-1252'],
  ['fr', 'windows-1252', 'windows-1252'],
  ['cs', 'iso-8859-2', 'iso-8859-2'],
  ['cs', 'windows-1250', 'windows-1250'],
];

const MULTI_BYTE: readonly [string, string][] = [
  ['zh', 'gb18030'],
  ['zh-tw', 'big5'],
  ['ja', 'shift_jis'],
  ['ja', 'euc-jp'],
  ['ko', 'euc-kr'],
];

const CASES = [
  ...SINGLE_BYTE.map(([name, encoding, named]) => ({
    name,
    encoding: named,
    bytes: encodeSingleByte(legacyText(name, encoding), encoding),
    expected: legacyText(name, encoding),
  })),
  ...MULTI_BYTE.map(([name, encoding]) => ({
    name,
    encoding,
    bytes: new Uint8Array(readFileSync(new URL(`${name}.${encoding}.txt`, DIR))),
    expected: readSample(`${name}.txt`),
  })),
];

describe('legacy encodings', () => {
  it.each(CASES)('reads the $name article written in $encoding', async ({ encoding, bytes, expected }) => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(TypeError);
    const parsed = await article(bytes);
    const original = await article(new TextEncoder().encode(expected));
    expect(parsed.title).toBe(expected.split('\n')[0]);
    expect(parsed.title).toBe(original.title);
    expect(parsed.date).toBe(original.date);
    expect(parsed.url).toBe(original.url);
    expect(parsed.paragraphs).toEqual(original.paragraphs);
    expect(parsed.paragraphs.at(-1)).toBe(expected.trimEnd().split('\n').at(-1));
    // Besides the encoding, the same warnings as the original (a sample whose page gave no date has none).
    expect(parsed.warnings).toEqual([`text is not UTF-8; read as ${encoding} (detected)`, ...original.warnings]);
  });

  it.each(CASES)('reads the title line alone of the $name article in $encoding', ({ bytes, expected }) => {
    const title = bytes.subarray(0, bytes.indexOf(0x0a));
    expect(decodedText(decodeText(title)).text).toBe(expected.split('\n')[0]);
  });
});

describe('a declared charset', () => {
  const russian = legacyText('ru', 'windows-1251');
  const cp1251 = encodeSingleByte(russian, 'windows-1251');

  it('wins over detection, and the warning says so', () => {
    const koi8 = decodedText(decodeText(cp1251, { declared: 'KOI8-R' }));
    expect(koi8.text).not.toBe(russian);
    expect(koi8.warnings).toEqual(['text is not UTF-8; read as koi8-r (declared)']);
    expect(decodedText(decodeText(cp1251, { declared: 'cp1251' }))).toEqual({
      text: russian,
      warnings: ['text is not UTF-8; read as windows-1251 (declared)'],
    });
  });

  it('reads multi-byte text it names', () => {
    const bytes = new Uint8Array(readFileSync(new URL('ja.shift_jis.txt', DIR)));
    expect(decodedText(decodeText(bytes, { declared: 'Shift_JIS' }))).toEqual({
      text: readSample('ja.txt'),
      warnings: ['text is not UTF-8; read as shift_jis (declared)'],
    });
  });

  it('gives way to a byte order mark, and to UTF-8 under a single-byte label', () => {
    const utf8 = new TextEncoder().encode(russian);
    expect(decodedText(decodeText(utf8, { declared: 'iso-8859-1' }))).toEqual({
      text: russian,
      warnings: ['text is declared iso-8859-1 but is UTF-8; read as UTF-8'],
    });
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodedText(decodeText(withBom, { declared: 'windows-1251' }))).toEqual({ text: russian, warnings: [] });
  });

  it('says nothing for ASCII under any ASCII-compatible label', () => {
    const ascii = new TextEncoder().encode('Kyiv, 11 February 2022');
    expect(decodedText(decodeText(ascii, { declared: 'us-ascii' }))).toEqual({
      text: 'Kyiv, 11 February 2022',
      warnings: [],
    });
  });

  it('is set aside when unknown or wrong: detection reads the text', () => {
    expect(decodedText(decodeText(cp1251, { declared: 'x-unknown-charset' }))).toEqual({
      text: russian,
      warnings: ['unknown charset "x-unknown-charset" declared', 'text is not UTF-8; read as windows-1251 (detected)'],
    });
    expect(decodedText(decodeText(cp1251, { declared: 'utf-8' }))).toEqual({
      text: russian,
      warnings: ['text is declared UTF-8 but is not; read as windows-1251 (detected)'],
    });
  });
});
