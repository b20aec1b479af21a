// The paragraph diff of two copies of a story, on the seed article's real text edited the way outlets edit a
// wire story: a paragraph cut, an editor's note added, a sentence reworded, a paragraph split, and the
// Arabic article edited likewise.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffParagraphs, type ParagraphRun } from '../../../../src-shared/stories/paragraph-diff';
import { sideText } from '../../../../src-shared/stories/word-diff';

const FIXTURES = resolve(__dirname, '../../../fixtures');
const body = (file: string): string[] =>
  readFileSync(resolve(FIXTURES, file), 'utf8')
    .split('\n')
    .slice(3)
    .filter((line) => line.trim() !== '');
const SEED = body('articles/000_08978045df2b272e.txt');
const ARABIC = body('languages/ar-cnn-syria.txt');

const kinds = (runs: readonly ParagraphRun[]): string[] => runs.map((run) => run.kind);
const changedRuns = (runs: readonly ParagraphRun[]): Extract<ParagraphRun, { kind: 'changed' }>[] =>
  runs.filter((run): run is Extract<ParagraphRun, { kind: 'changed' }> => run.kind === 'changed');

describe('diffParagraphs', () => {
  it('finds nothing to mark between a copy and itself, whatever its spacing', () => {
    const respaced = SEED.map((p) => `  ${p.replaceAll(' ', '  ')} `);
    const diff = diffParagraphs(SEED, respaced);
    expect(diff.counts).toEqual({ same: SEED.length, removed: 0, added: 0, changed: 0 });
    expect(diff.runs.map((run) => (run.kind === 'same' ? [run.a, run.b] : null))).toEqual(SEED.map((_, i) => [i, i]));
  });

  it('marks the one paragraph a copy cut as removed, at its place, and keeps the rest', () => {
    const trimmed = SEED.filter((_, i) => i !== 4);
    const diff = diffParagraphs(SEED, trimmed);
    expect(diff.counts).toEqual({ same: SEED.length - 1, removed: 1, added: 0, changed: 0 });
    expect(diff.runs[4]).toEqual({ kind: 'removed', a: 4, text: SEED[4] });
    expect(diff.runs[5]).toEqual({ kind: 'same', a: 5, b: 4, text: SEED[5] });
  });

  it('marks an editor’s note and a closing line as added', () => {
    const note = 'Editor’s note: this story has been updated to include the State Department’s statement.';
    const closing = 'Reporting by our Washington bureau; editing by the foreign desk.';
    const diff = diffParagraphs(SEED, [note, ...SEED, closing]);
    expect(kinds(diff.runs)).toEqual(['added', ...SEED.map(() => 'same'), 'added']);
    expect(diff.runs[0]).toEqual({ kind: 'added', b: 0, text: note });
    expect(diff.runs.at(-1)).toEqual({ kind: 'added', b: SEED.length + 1, text: closing });
  });

  it('pairs a reworded paragraph with its original and marks the words that changed', () => {
    const original = SEED[0] ?? '';
    const reworded = original
      .replace('Taking to Twitter', 'Writing on Twitter on Friday')
      .replace('responded with proposed dates', 'replied with dates');
    const edited = [reworded, ...SEED.slice(1)];
    const diff = diffParagraphs(SEED, edited);
    expect(kinds(diff.runs)).toEqual(['changed', ...SEED.slice(1).map(() => 'same')]);
    const [changed] = changedRuns(diff.runs);
    expect(changed?.a).toEqual([0]);
    expect(changed?.b).toEqual([0]);
    const words = changed?.words ?? [];
    expect(sideText(words, 'removed')).toBe(original);
    expect(sideText(words, 'added')).toBe(reworded);
    const marked = words
      .map((w) => (w.kind === 'same' ? w.text : w.kind === 'removed' ? `[-${w.text}-]` : `{+${w.text}+}`))
      .join('');
    expect(marked).toBe(
      "[-Taking to-]{+Writing on+} Twitter{+ on Friday+}, State Department's Spokesperson Ned Price said that the " +
        'Russians have [-responded-]{+replied+} with[- proposed-] dates for late next week, which we are accepting, ' +
        'provided there is no further Russian invasion of Ukraine.',
    );
  });

  it('shows a paragraph split in two as one change whose added break marks the split', () => {
    const paragraph = SEED[1] ?? '';
    const cutAt = paragraph.indexOf(' The Minsk Agreements');
    const first = paragraph.slice(0, cutAt);
    const second = paragraph.slice(cutAt + 1);
    const split = [SEED[0] ?? '', first, second, ...SEED.slice(2)];
    const diff = diffParagraphs(SEED, split);
    expect(kinds(diff.runs)).toEqual(['same', 'changed', ...SEED.slice(2).map(() => 'same')]);
    const [changed] = changedRuns(diff.runs);
    expect(changed?.a).toEqual([1]);
    expect(changed?.b).toEqual([1, 2]);
    expect(changed?.words.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text])).toEqual([
      ['removed', ' '],
      ['added', '\n'],
    ]);
    // And the other way round: two paragraphs run together.
    const merged = diffParagraphs(split, SEED);
    expect(changedRuns(merged.runs).map((run) => [run.a, run.b])).toEqual([[[1, 2], [1]]]);
  });

  it('never pairs two different paragraphs of the article, even on the same subject', () => {
    // Paragraph 5 swapped for the last one, moved up: a cut and an addition, not a change.
    const moved = [...SEED.slice(0, 4), SEED.at(-1) ?? '', ...SEED.slice(5, -1)];
    const diff = diffParagraphs(SEED, moved);
    expect(diff.counts).toEqual({ same: SEED.length - 2, removed: 2, added: 1, changed: 0 });
    for (let x = 0; x < SEED.length; x += 1) {
      for (let y = 0; y < SEED.length; y += 1) {
        if (x === y) continue;
        const pair = diffParagraphs([SEED[x] ?? ''], [SEED[y] ?? '']);
        expect({ x, y, kinds: kinds(pair.runs) }).toEqual({ x, y, kinds: ['removed', 'added'] });
      }
    }
  });

  it('takes all four edits at once, in reading order', () => {
    const note = 'Editor’s note: updated with comment from Moscow.';
    const reworded = (SEED[2] ?? '').replace('in recent months', 'over the past few months');
    const paragraph = SEED[3] ?? '';
    const cutAt = paragraph.indexOf(' Meanwhile,');
    const edited = [
      note,
      SEED[0] ?? '',
      reworded,
      paragraph.slice(0, cutAt),
      paragraph.slice(cutAt + 1),
      ...SEED.slice(4, 6),
      ...SEED.slice(7),
    ];
    // SEED[1] cut; SEED[6] cut.
    const diff = diffParagraphs(SEED, edited);
    expect(
      diff.runs.map((run) => (run.kind === 'changed' ? `changed ${run.a.join('+')}>${run.b.join('+')}` : run.kind)),
    ).toEqual(['added', 'same', 'removed', 'changed 2>2', 'changed 3>3+4', 'same', 'same', 'removed', 'same']);
    expect(diff.counts).toEqual({ same: 4, removed: 2, added: 1, changed: 2 });
  });

  it('diffs Arabic text word by word, as it is', () => {
    const first = ARABIC[0] ?? '';
    const reworded = first.replace('أكدت جهات سورية معارضة', 'قالت مصادر سورية معارضة');
    expect(reworded).not.toBe(first);
    const diff = diffParagraphs(ARABIC, [reworded, ...ARABIC.slice(1, -1)]);
    expect(kinds(diff.runs)).toEqual(['changed', ...ARABIC.slice(1, -1).map(() => 'same'), 'removed']);
    const [changed] = changedRuns(diff.runs);
    expect(changed?.words.filter((w) => w.kind !== 'same').map((w) => w.text)).toEqual(['أكدت جهات', 'قالت مصادر']);
    expect(sideText(changed?.words ?? [], 'added')).toBe(reworded);
  });

  it('passes blank paragraphs over, and gives indices into the lists as given', () => {
    const diff = diffParagraphs(['', SEED[0] ?? '', ' '], [SEED[0] ?? '', '', SEED[1] ?? '']);
    expect(diff.runs).toEqual([
      { kind: 'same', a: 1, b: 0, text: SEED[0] },
      { kind: 'added', b: 2, text: SEED[1] },
    ]);
  });
});
