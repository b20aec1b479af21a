// Bytes to text: byte order marks, UTF-16 either way round, a legacy fallback, a declared charset, binary data.
import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, type Decoded } from '../../../../src-main/articles/decode';
import { cp1252, P, PNG_HEADER, utf16be, utf16le, utf8 } from './article-fixtures';

function text(decoded: Decoded): { text: string; warnings: readonly string[] } {
  if (!decoded.ok) throw new Error(`expected text, got "${decoded.error}"`);
  return { text: decoded.text, warnings: decoded.warnings };
}

describe('decodeArticleBytes', () => {
  it('reads UTF-8, removing one BOM, with no warning', () => {
    expect(text(decodeArticleBytes(utf8('\uFEFFКиїв — Kyiv')))).toEqual({ text: 'Київ — Kyiv', warnings: [] });
    expect(text(decodeArticleBytes(utf8('Kyiv'))).text).toBe('Kyiv');
  });

  it('reads Windows-1252 when the bytes are not UTF-8, and warns', () => {
    const bytes = cp1252('\u201cÉlysée\u201d \u2013 Genève, \u20ac5 \u2018talks\u2019');
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0x93, 0xc9, 0x6c]);
    expect(text(decodeArticleBytes(bytes))).toEqual({
      text: '“Élysée” – Genève, €5 ‘talks’',
      warnings: ['text is not UTF-8; read as windows-1252 (detected)'],
    });
  });

  it('reads a lone é (0xE9) as Windows-1252, not as a broken UTF-8 sequence', () => {
    expect(text(decodeArticleBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9])))).toEqual({
      text: 'café',
      warnings: ['text is not UTF-8; read as windows-1252 (detected)'],
    });
  });

  it('reads a UTF-8 file cut inside a character as UTF-8, marking the lost character', () => {
    const cut = utf8('Київ').subarray(0, 7);
    expect(text(decodeArticleBytes(cut))).toEqual({
      text: 'Киї\ufffd',
      warnings: ['text ends inside a UTF-8 character (the file may be cut short)'],
    });
  });

  it.each([
    ['UTF-16LE', utf16le],
    ['UTF-16BE', utf16be],
  ])('reads %s after its BOM, keeping non-ASCII and astral characters', (_name, encode) => {
    const sample = `${P[6]}\nКиїв 🇺🇦 €`;
    expect(text(decodeArticleBytes(encode(sample, true)))).toEqual({ text: sample, warnings: [] });
  });

  it.each([
    ['UTF-16LE', utf16le],
    ['UTF-16BE', utf16be],
  ])('guesses mostly-ASCII %s without a BOM, and warns', (name, encode) => {
    expect(text(decodeArticleBytes(encode(P[6] ?? '', false)))).toEqual({
      text: P[6],
      warnings: [`text is ${name} without a byte order mark`],
    });
  });

  it('does not guess UTF-16 from fewer than 8 bytes', () => {
    expect(decodeArticleBytes(utf16le('Kyi', false))).toEqual({ ok: false, error: 'binary file: not text' });
  });

  it.each([
    ['a PNG header', PNG_HEADER],
    ['a NUL in otherwise plain text', utf8(`${P[0]}\u0000${P[1]}`)],
    ['a NUL after a UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0x00, 0x42])],
    ['more than 10% control bytes', Uint8Array.from([...utf8('Minsk'), 0x01, 0x02, 0x1b])],
    ['NULs behind a UTF-16LE BOM', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00])],
    ['control characters behind a UTF-16BE BOM', Uint8Array.from([0xfe, 0xff, 0x00, 0x01, 0x00, 0x02, 0x00, 0x41])],
  ])('calls %s binary', (_name, bytes) => {
    expect(decodeArticleBytes(bytes)).toEqual({ ok: false, error: 'binary file: not text' });
  });

  it('allows tabs, form feeds and the odd control byte in real text', () => {
    const sample = `${P[0]}\t\f${P[1]}\u001a`;
    expect(text(decodeArticleBytes(utf8(sample))).text).toBe(sample);
  });
});
