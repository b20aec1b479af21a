// The word-level diff inside a changed paragraph, and the sequence diff under both: runs that give back each
// version, changes read whole, unspaced scripts a character at a time, and the size limit's fallback.
import { describe, expect, it } from 'vitest';
import { diffKeys } from '../../../../src-shared/stories/sequence-diff';
import { diffWords, sideText, wordTokens, type WordRun } from '../../../../src-shared/stories/word-diff';

const show = (runs: readonly WordRun[]): string =>
  runs.map((w) => (w.kind === 'same' ? w.text : w.kind === 'removed' ? `[-${w.text}-]` : `{+${w.text}+}`)).join('');

describe('diffWords', () => {
  it('reads a replaced phrase as one change, not word by word', () => {
    const before = 'Moscow denies the claims and maintains that it has no intention of attacking any country.';
    const after = 'Moscow rejects these accusations and maintains that it has no intention of attacking any country.';
    expect(show(diffWords(before, after))).toBe(
      'Moscow [-denies the claims-]{+rejects these accusations+} and maintains that it has no intention of ' +
        'attacking any country.',
    );
  });

  it('gives back both versions from its runs, and one same run for equal text', () => {
    const before =
      'He stated that if Russia does invade in the coming days, it will make clear they were never serious.';
    const after = 'He said that if Russia invades in the coming days, it would make clear they were never serious.';
    const runs = diffWords(before, after);
    expect(sideText(runs, 'removed')).toBe(before);
    expect(sideText(runs, 'added')).toBe(after);
    expect(diffWords(after, after)).toEqual([{ kind: 'same', text: after }]);
  });

  it('keeps punctuation and numbers apart from the words beside them', () => {
    expect(wordTokens('said, "2,000 U.S. troops" don’t')).toEqual([
      'said',
      ',',
      ' ',
      '"',
      '2,000',
      ' ',
      'U.S',
      '.',
      ' ',
      'troops',
      '"',
      ' ',
      'don’t',
    ]);
    expect(show(diffWords('troops, he said.', 'troops, he added.'))).toBe('troops, he [-said-]{+added+}.');
  });

  it('compares Chinese a character at a time', () => {
    expect(show(diffWords('俄罗斯外长拉夫罗夫提议会面', '俄罗斯外长拉夫罗夫同意会面'))).toBe(
      '俄罗斯外长拉夫罗夫[-提议-]{+同意+}会面',
    );
  });

  it('lines up a paragraph break only with a break', () => {
    const runs = diffWords('One two three four.', 'One two\nthree four.');
    expect(show(runs)).toBe('One two[- -]{+\n+}three four.');
  });
});

describe('diffKeys', () => {
  it('finds a longest common subsequence', () => {
    const edits = diffKeys([...'ABCABBA'], [...'CBABAC']);
    expect(edits.filter((e) => e.kind === 'same')).toHaveLength(4);
    expect(edits.filter((e) => e.kind === 'removed')).toHaveLength(3);
    expect(edits.filter((e) => e.kind === 'added')).toHaveLength(2);
  });

  it('past its size limit, matches the common head and tail and gives the middle as cut then added', () => {
    const a = ['h', 'x1', 'x2', 'x3', 't'];
    const b = ['h', 'y1', 'x2', 't'];
    expect(diffKeys(a, b, 4).map((e) => e.kind)).toEqual([
      'same',
      'removed',
      'removed',
      'removed',
      'added',
      'added',
      'same',
    ]);
    expect(diffKeys(a, b).map((e) => e.kind)).toEqual(['same', 'removed', 'added', 'same', 'removed', 'same']);
  });
});
