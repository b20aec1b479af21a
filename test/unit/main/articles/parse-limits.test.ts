// The parser's limits: the size cap and its message, the content hash, and never throwing on damaged bytes.
import { describe, expect, it } from 'vitest';
import { parseArticle, tooLargeMessage } from '../../../../src-main/articles/parse';
import { contentHash } from '../../../../src-main/articles/hash';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../../../src-main/articles/types';
import { fixtureBytes, parsedArticle, parseFailure, SEED_FILE, SEED_TITLE } from './article-fixtures';

describe('the size limit', () => {
  const seedBytes = fixtureBytes(SEED_FILE);

  it('reports a file over maxBytes with both sizes and no hash', () => {
    const { error, hash } = parseFailure(seedBytes, { maxBytes: 1024 });
    expect(error).toBe('file too large: 2.0 KB (the limit is 1.0 KB)');
    expect(hash).toBeNull();
  });

  it('falls back to exact byte counts when both sizes would round alike', () => {
    expect(parseFailure(seedBytes, { maxBytes: seedBytes.length - 1 }).error).toBe(
      'file too large: 2008 bytes (the limit is 2007 bytes)',
    );
  });

  it('accepts a file of exactly maxBytes', () => {
    expect(parsedArticle(seedBytes, { maxBytes: seedBytes.length }).title).toBe(SEED_TITLE);
  });

  it('defaults to 8 MB', () => {
    expect(DEFAULT_MAX_ARTICLE_BYTES).toBe(8 * 1024 * 1024);
    const { error } = parseFailure(new Uint8Array(DEFAULT_MAX_ARTICLE_BYTES + 1).fill(0x61));
    expect(error).toBe('file too large: 8388609 bytes (the limit is 8388608 bytes)');
  });

  it.each([
    [900, 100, 'file too large: 900 bytes (the limit is 100 bytes)'],
    [20 * 1024 * 1024, 8 * 1024 * 1024, 'file too large: 20.0 MB (the limit is 8.0 MB)'],
    [3 * 1024 * 1024, 512 * 1024, 'file too large: 3.0 MB (the limit is 512.0 KB)'],
  ])('tooLargeMessage(%i, %i)', (size, limit, message) => {
    expect(tooLargeMessage(size, limit)).toBe(message);
  });
});

describe('content hash', () => {
  const lf = fixtureBytes('crlf.txt').filter((b) => b !== 0x0d);

  it('is the same for the same bytes, in another buffer', () => {
    const once = parsedArticle(fixtureBytes(SEED_FILE)).hash;
    expect(parsedArticle(Uint8Array.from(fixtureBytes(SEED_FILE))).hash).toBe(once);
    expect(parsedArticle(fixtureBytes(SEED_FILE), { fileName: 'renamed.md' }).hash).toBe(once);
  });

  it('differs between CRLF and LF copies that read as the same article', () => {
    const crlf = parsedArticle(fixtureBytes('crlf.txt'));
    const plain = parsedArticle(lf);
    expect(plain.paragraphs).toEqual(crlf.paragraphs);
    expect(plain.hash).not.toBe(crlf.hash);
  });

  it('is plain sha256 (the FIPS 180-2 "abc" vector)', () => {
    expect(contentHash(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('changes with a single byte', () => {
    const edited = Uint8Array.from(lf);
    edited[edited.length - 2] = 0x21; // the final "." becomes "!"
    expect(parsedArticle(edited).hash).not.toBe(parsedArticle(lf).hash);
  });
});

// A small deterministic generator (LCG), so a failure in the robustness test can be replayed exactly.
function* randomFiles(count: number): Generator<Uint8Array> {
  let state = 0x2545f491;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const source = fixtureBytes(SEED_FILE);
  // Bytes that stress the decoder and line splitter: NUL, CR, LF, BOM starts, a cp1252 quote, UTF-8 lead bytes, ESC.
  const noise = [0x00, 0x0d, 0x0a, 0xff, 0xfe, 0xef, 0x93, 0xc3, 0x80, 0x1b];
  for (let i = 0; i < count; i++) {
    const length = next() % 300;
    const start = next() % source.length;
    const bytes = Uint8Array.from(source.subarray(start, start + length));
    for (let k = next() % 6; k > 0 && bytes.length > 0; k--)
      bytes[next() % bytes.length] = noise[next() % noise.length] as number;
    yield bytes;
  }
}

describe('robustness', () => {
  it('never throws, and every article it returns is clean', () => {
    const results = [...randomFiles(400)].map((bytes, i) =>
      parseArticle(bytes, { fileName: i % 2 === 0 ? 'a.txt' : 'a.md' }),
    );
    const articles = results.flatMap((result) => (result.ok ? [result.article] : []));
    const errors = results.flatMap((result) => (result.ok ? [] : [result.error]));
    expect(articles.length).toBeGreaterThan(100);
    expect(errors.filter((error) => error.length === 0)).toEqual([]);
    for (const { title, paragraphs, words, hash } of articles) {
      expect(title.length).toBeGreaterThan(0);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(words).toBe(paragraphs.join(' ').split(' ').filter(Boolean).length);
      for (const text of [title, ...paragraphs]) expect(text).not.toMatch(/[\r\n\uFEFF]|^\s|\s$/);
    }
  });
});
