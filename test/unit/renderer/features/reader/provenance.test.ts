// What the reader says of an article's origin: its format and language in words, and the way it runs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleFormat } from '../../../../../src-preload/contract';
import {
  articleDirection,
  formatName,
  languageName,
  paragraphDirections,
} from '../../../../../src-renderer/src/ui/provenance';

const FIXTURES = resolve(__dirname, '../../../../fixtures');
const ARABIC = readFileSync(resolve(FIXTURES, 'languages/ar-cnn-syria.txt'), 'utf8').split('\n').filter(Boolean);
const SEED = readFileSync(resolve(FIXTURES, 'articles/000_08978045df2b272e.txt'), 'utf8').split('\n');

describe('formatName and languageName', () => {
  it('names every format as the analyst knows it', () => {
    const formats: ArticleFormat[] = ['html', 'mhtml', 'pdf', 'docx', 'eml', 'feed', 'text', 'markdown'];
    expect(formats.map(formatName)).toEqual([
      'Web page',
      'Web archive (MHTML)',
      'PDF',
      'Word document',
      'E-mail',
      'Feed item',
      'Text',
      'Markdown',
    ]);
  });

  it('names a language in English, shows an unknown tag as it is, and nothing for none', () => {
    expect(['ar', 'fa', 'he', 'ru', 'uk', 'zh', 'ja', 'en'].map(languageName)).toEqual([
      'Arabic',
      'Persian',
      'Hebrew',
      'Russian',
      'Ukrainian',
      'Chinese',
      'Japanese',
      'English',
    ]);
    expect(languageName('qqq')).toBe('qqq');
    expect(languageName('not a tag!')).toBe('not a tag!');
    expect(languageName(null)).toBeNull();
  });
});

describe('directions', () => {
  it("takes the article's language first, then most of its letters", () => {
    expect(articleDirection('ar', SEED.slice(3))).toBe('rtl');
    expect(articleDirection(null, ARABIC.slice(3))).toBe('rtl');
    expect(articleDirection(null, SEED.slice(3))).toBe('ltr');
    expect(articleDirection(null, ['2022', '—'])).toBe('ltr');
  });

  it('gives each paragraph its own, and one without letters the article’s', () => {
    const paragraphs = [ARABIC[3] ?? '', SEED[3] ?? '', '12:30 — 14:00', ARABIC[4] ?? ''];
    expect(paragraphDirections(paragraphs, 'rtl')).toEqual(['rtl', 'ltr', 'rtl', 'rtl']);
    expect(paragraphDirections(paragraphs, 'ltr')).toEqual(['rtl', 'ltr', 'ltr', 'rtl']);
  });
});
