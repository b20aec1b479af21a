// Which way text runs, by language tag and by letters, on real text (test/fixtures/languages) and the seed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directionOf, textDirection } from '../../../src-shared/text-direction';

const FIXTURES = resolve(__dirname, '../../fixtures');
const ARABIC = readFileSync(resolve(FIXTURES, 'languages/ar-cnn-syria.txt'), 'utf8').split('\n');
const SEED = readFileSync(resolve(FIXTURES, 'articles/000_08978045df2b272e.txt'), 'utf8').split('\n');
const UDHR = JSON.parse(readFileSync(resolve(FIXTURES, 'languages/udhr-preambles.json'), 'utf8')) as Record<
  string,
  string
>;

describe('directionOf', () => {
  it('is rtl for the languages written right to left, with or without region and script', () => {
    for (const tag of ['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'ckb', 'dv', 'sd', 'ug', 'ar-EG', 'fa_IR', 'HE']) {
      expect({ tag, dir: directionOf(tag) }).toEqual({ tag, dir: 'rtl' });
    }
  });

  it('is ltr for others, and null without a tag to go by', () => {
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('ru-RU')).toBe('ltr');
    expect(directionOf('zh-Hant')).toBe('ltr');
    expect([directionOf(null), directionOf(undefined), directionOf(''), directionOf('12')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('textDirection', () => {
  it('goes by most of the letters, not the first: an Arabic paragraph opening with a Latin name is rtl', () => {
    expect(textDirection(ARABIC[3] ?? '')).toBe('rtl');
    expect(textDirection(`CNN 2013: ${ARABIC[0] ?? ''}`)).toBe('rtl');
    expect(textDirection(UDHR.he ?? '')).toBe('rtl');
    expect(textDirection(UDHR.fa ?? '')).toBe('rtl');
    expect(textDirection(UDHR.ur ?? '')).toBe('rtl');
  });

  it('is ltr for Latin, Cyrillic, Greek and Han text, even quoting a little Arabic', () => {
    expect(textDirection(SEED[3] ?? '')).toBe('ltr');
    expect(textDirection(`${SEED[3] ?? ''} «سوريا»`)).toBe('ltr');
    for (const lang of ['ru', 'el', 'ko', 'th', 'hi']) expect(textDirection(UDHR[lang] ?? '')).toBe('ltr');
    expect(textDirection('苹果公司发布了新款手机')).toBe('ltr');
  });

  it('is null for text without letters', () => {
    expect(textDirection('')).toBeNull();
    expect(textDirection('2022 — 12:30 (+3)')).toBeNull();
  });
});
