// The merge of one record from a file with the one in the database: notes never dropped (both kept, older
// first), tags united, the newer edit of every other field, a brief's sections and an ACH matrix's rows and
// hypotheses never dropped, outcomes that say which side changed.
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../../src-renderer/src/db/schema';
import {
  keepBothTexts,
  mergeAnnotation,
  mergeBrief,
  mergeHighlight,
  mergeMatrix,
  mergePaletteEntry,
  NOTE_SEPARATOR,
} from '../../../../src-renderer/src/db/work-merge';
import { storedAnnotation, storedHighlight, storedMatrix } from './fake-db';

const NOW = 1_800_000_000_000;
const OLD = 1_700_000_000_000;
const NEW = OLD + 60_000;

describe('keepBothTexts', () => {
  it.each([
    ['the same text', 'a', 'a', 'a'],
    ['an empty older text', '', 'b', 'b'],
    ['an empty newer text', 'a', '', 'a'],
    ['a newer text that extends the older', 'Talks', 'Talks held.', 'Talks held.'],
    ['a newer text that the older holds', 'Talks held.', 'Talks', 'Talks held.'],
    ['two different texts', 'one', 'two', `one${NOTE_SEPARATOR}two`],
  ])('for %s keeps what neither loses', (_what, older, newer, kept) => {
    expect(keepBothTexts(older, newer)).toBe(kept);
  });
});

describe('mergeHighlight', () => {
  const local = storedHighlight('h', { note: 'mine', tags: ['a'], color: 'red', updatedAt: NEW });

  it('adds a highlight the database does not have, as it is', () => {
    expect(mergeHighlight(undefined, local, NOW)).toEqual({ outcome: 'added', record: local, combined: [] });
  });

  it('leaves an identical record alone, whatever its time', () => {
    expect(mergeHighlight(local, { ...local, updatedAt: OLD }, NOW)).toMatchObject({
      outcome: 'unchanged',
      record: local,
    });
  });

  it('takes a newer record whole when it holds all the local one does', () => {
    const incoming = { ...local, note: 'mine, and more', tags: ['a', 'b'], color: 'blue' as const, updatedAt: NEW + 1 };
    expect(mergeHighlight(local, incoming, NOW)).toEqual({ outcome: 'updated', record: incoming, combined: [] });
  });

  it('keeps the local colour from an older file, and that file’s different note beside the local one', () => {
    const incoming = { ...local, note: 'theirs', tags: ['b'], color: 'green' as const, updatedAt: OLD };
    const merged = mergeHighlight(local, incoming, NOW);
    expect(merged.outcome).toBe('conflict');
    expect(merged.record).toEqual({ ...local, note: `theirs${NOTE_SEPARATOR}mine`, tags: ['a', 'b'], updatedAt: NOW });
    expect(merged.combined).toEqual(['both notes kept', 'tags united', 'colour from the app (newer)']);
  });

  it('takes the older creation time, and fields of a newer version from either side', () => {
    const incoming = { ...local, createdAt: OLD - 1000, workspace: 'w-1', updatedAt: OLD } as typeof local;
    const merged = mergeHighlight(local, incoming, NOW);
    expect(merged.record).toMatchObject({ createdAt: OLD - 1000, workspace: 'w-1', note: 'mine' });
  });
});

describe('mergeAnnotation', () => {
  it('unites tags and keeps both notes of an article', () => {
    const local = storedAnnotation('a.txt', { note: 'local', tags: ['x'], updatedAt: OLD });
    const incoming = storedAnnotation('a.txt', { note: 'file', tags: ['y'], updatedAt: NEW });
    expect(mergeAnnotation(local, incoming, NOW).record).toMatchObject({
      note: `local${NOTE_SEPARATOR}file`,
      tags: ['x', 'y'],
    });
  });
});

const item = (id: string, highlightId: string, comment = '') => ({
  id,
  highlightId,
  comment,
  quote: `quote ${highlightId}`,
  articleId: 'a.txt',
  articleTitle: 'A',
});

describe('mergeBrief', () => {
  const brief: Brief = {
    id: 'b',
    title: 'Talks',
    summary: 'Summary.',
    sections: [{ id: 's1', heading: 'Findings', text: 'One.', items: [item('i1', 'h1')] }],
    createdAt: OLD,
    updatedAt: OLD,
  };

  it('keeps sections and evidence from both sides, the newer title and both texts', () => {
    const newer: Brief = {
      ...brief,
      title: 'Talks, revised',
      sections: [
        { id: 's1', heading: 'Findings', text: 'One, revised.', items: [item('i2', 'h2'), item('i1', 'h1', 'why')] },
        { id: 's2', heading: 'Open questions', text: '', items: [] },
      ],
      updatedAt: NEW,
    };
    const older: Brief = {
      ...brief,
      sections: [...brief.sections, { id: 's3', heading: 'Old', text: 'x', items: [] }],
    };
    const merged = mergeBrief(older, newer, NOW);
    expect(merged.outcome).toBe('conflict');
    expect(merged.record.title).toBe('Talks, revised');
    expect(merged.record.sections.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(merged.record.sections[0]?.text).toBe(`One.${NOTE_SEPARATOR}One, revised.`);
    expect(merged.record.sections[0]?.items.map((i) => [i.id, i.comment])).toEqual([
      ['i2', ''],
      ['i1', 'why'],
    ]);
  });

  it('takes a newer brief that only adds to the local one', () => {
    const newer = { ...brief, summary: 'Summary. More.', updatedAt: NEW };
    expect(mergeBrief(brief, newer, NOW)).toMatchObject({ outcome: 'updated', record: newer });
  });
});

describe('mergePaletteEntry', () => {
  const local = { key: 'red' as const, label: 'Claim to verify', order: 1 };

  it('takes a name changed later, and keeps one changed earlier or never', () => {
    const renamed = { ...local, label: 'Disputed', updatedAt: NEW };
    expect(mergePaletteEntry(local, renamed)).toMatchObject({ outcome: 'updated', record: renamed });
    expect(mergePaletteEntry({ ...local, updatedAt: NEW + 1 }, renamed).outcome).toBe('unchanged');
    expect(mergePaletteEntry(renamed, local)).toMatchObject({ outcome: 'unchanged', record: renamed });
  });
});

describe('mergeMatrix', () => {
  const local = storedMatrix('m');
  const [first, second] = local.rows;

  it('adds a matrix the database does not have, and leaves an identical one alone', () => {
    expect(mergeMatrix(undefined, local, NOW)).toMatchObject({ outcome: 'added', record: local });
    expect(mergeMatrix(local, { ...local, updatedAt: NEW }, NOW)).toMatchObject({
      outcome: 'unchanged',
      record: local,
    });
  });

  it('takes a newer matrix whole, even one with a row removed; an older one changes nothing', () => {
    const newer = { ...local, question: 'Talks?', rows: local.rows.slice(0, 1), updatedAt: NEW };
    // The row only the older has comes back: evidence is never dropped by a merge.
    expect(mergeMatrix(local, newer, NOW)).toMatchObject({
      outcome: 'conflict',
      record: { question: 'Talks?', rows: local.rows, updatedAt: NOW },
      combined: ['question from the file (newer)'],
    });
    const rated = { ...local, rows: local.rows.map((r) => ({ ...r, ratings: { 'm-yes': 'II' as const } })) };
    const older = { ...rated, updatedAt: OLD - 1 };
    expect(mergeMatrix(local, older, NOW)).toMatchObject({ outcome: 'unchanged', record: local });
    expect(mergeMatrix(local, { ...rated, updatedAt: NEW }, NOW)).toMatchObject({
      outcome: 'updated',
      record: { ...rated, updatedAt: NEW },
    });
  });

  it("keeps the older side's hypothesis with its ratings, and does not weigh one highlight twice", () => {
    if (!first || !second) throw new Error('the fixture has two rows');
    // The older side also weighs highlight h1 in a row of its own: the newer already weighs it.
    const older = {
      ...local,
      hypotheses: [...local.hypotheses, { id: 'later', label: 'Later' }],
      rows: [{ ...first, ratings: { ...first.ratings, later: 'CC' as const } }, second, { ...first, id: 'twice' }],
    };
    const newer = { ...local, rows: [{ ...first, ratings: { 'm-yes': 'N' as const } }], updatedAt: NEW };
    const merged = mergeMatrix(older, newer, NOW);
    expect(merged.outcome).toBe('conflict');
    expect(merged.combined).toEqual(['hypotheses and evidence from both kept']);
    expect(merged.record.hypotheses.map((h) => h.id)).toEqual(['m-yes', 'm-no', 'later']);
    expect(merged.record.rows.map((r) => r.id)).toEqual(['m-r1', 'm-r2']);
    expect(merged.record.rows[0]?.ratings).toEqual({ 'm-yes': 'N', later: 'CC' });
  });
});
