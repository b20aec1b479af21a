// Selecting the word, sentence or paragraph at the caret from the keyboard: where each unit starts and
// ends, in English, Arabic and Hebrew, at the edges and on white space.
import { describe, expect, it } from 'vitest';
import { unitAround, type TextUnit } from '../../../../../src-renderer/src/features/reader/text-units';

const cut = (text: string, offset: number, unit: TextUnit): string | null => {
  const span = unitAround(text, offset, unit);
  return span ? text.slice(span.start, span.end) : null;
};

const TEXT = 'Talks resumed in Geneva. Both sides, including NATO, agreed to meet again.';

describe('unitAround', () => {
  it('takes the word the caret is in, or the one it just left', () => {
    expect(cut(TEXT, 0, 'word')).toBe('Talks');
    expect(cut(TEXT, 8, 'word')).toBe('resumed');
    expect(cut(TEXT, 13, 'word')).toBe('resumed');
    expect(cut(TEXT, TEXT.length, 'word')).toBe('again');
  });

  it('takes the word ahead when the caret is on punctuation before it', () => {
    expect(cut('“Geneva” talks', 0, 'word')).toBe('Geneva');
  });

  it('cuts sentences without their trailing space', () => {
    expect(cut(TEXT, 3, 'sentence')).toBe('Talks resumed in Geneva.');
    expect(cut(TEXT, 30, 'sentence')).toBe('Both sides, including NATO, agreed to meet again.');
  });

  it('takes the whole paragraph, trimmed', () => {
    expect(cut('  A paragraph with space around.  ', 5, 'paragraph')).toBe('A paragraph with space around.');
  });

  it('cuts Arabic and Hebrew words and sentences', () => {
    const arabic = 'اجتمع الوزيران في جنيف. واتفقا على اللقاء مجددا.';
    expect(cut(arabic, 2, 'word')).toBe('اجتمع');
    expect(cut(arabic, 27, 'sentence')).toBe('واتفقا على اللقاء مجددا.');
    const hebrew = 'השיחות התחדשו בז׳נבה.';
    expect(cut(hebrew, 8, 'word')).toBe('התחדשו');
  });

  it('finds nothing in white space alone', () => {
    expect(unitAround('   ', 1, 'word')).toBeNull();
    expect(unitAround('', 0, 'paragraph')).toBeNull();
  });
});
