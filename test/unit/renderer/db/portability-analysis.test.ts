// ACH matrices and event dates are part of the work: the export and the snapshots carry the matrices (with
// their ratings and weights), each highlight's event date, and brief sections that show a matrix or a
// timeline range; they come back identical, a matrix merges by id (the newer wins, rows and hypotheses only
// one side has are kept), a bad one is refused with its reason (a bad event date alone, not its highlight),
// and a document from before them reads as before.
import { describe, expect, it, vi } from 'vitest';
import { addHighlightRows, addTypedRow, createMatrix, editMatrix } from '../../../../src-renderer/src/db/ach';
import { addAchSection, addTimelineSection } from '../../../../src-renderer/src/db/briefs';
import { setEventDate } from '../../../../src-renderer/src/db/highlights';
import {
  exportWork,
  previewImport,
  readWorkFile,
  replaceWork,
  workDocument,
} from '../../../../src-renderer/src/db/portability';
import type { AchMatrix, Highlight } from '../../../../src-renderer/src/db/schema';
import { workCounts, WorkEnvelopeSchema } from '../../../../src-shared/work/work-envelope';
import { dumpWork, LIB } from './fake-db';
import { ARTICLES, freshDb, importText, T0, withPortabilityClock, workDb } from './portability-fixture';

withPortabilityClock();

interface Exported {
  items: { id: string; 'dossier:extra'?: Record<string, unknown> }[];
  'dossier:ach': AchMatrix[];
  'dossier:briefs': { sections: Record<string, unknown>[] }[];
  'dossier:version': number;
}

/**
 * All the kinds of work, and analysis on it: the first two highlights dated, a matrix weighing them (rated,
 * one row weighted) with an absence of evidence and a third hypothesis, another library's matrix, and the
 * brief given a section showing the matrix and one listing a timeline range.
 */
async function analysisDb() {
  const made = await workDb();
  const { db, ids, briefId } = made;
  vi.setSystemTime(T0 + 4000);
  await setEventDate(db, ids[0] ?? '', { date: '2022-02-24' });
  await setEventDate(db, ids[1] ?? '', { date: '2022-02-18', end: '2022-02-19' });
  const matrix = await createMatrix(db, LIB, 'Will the talks go ahead?');
  const quoted = (await db.highlights.bulkGet(ids.slice(0, 2))).filter((h): h is Highlight => h !== undefined);
  await addHighlightRows(db, matrix.id, quoted);
  await addTypedRow(db, matrix.id, 'absence', 'No troop withdrawal is reported');
  vi.setSystemTime(T0 + 5000);
  const rated = await editMatrix(db, matrix.id, (m) => {
    const hypotheses = [...m.hypotheses, { id: 'postponed', label: 'Postponed' }];
    const ratings = ['CC', 'I', 'NA'] as const;
    return {
      ...m,
      hypotheses,
      rows: m.rows.map((row, i) => ({
        ...row,
        ...(i === 0 ? { credibility: 'low' as const, relevance: 'high' as const } : {}),
        ratings: Object.fromEntries(hypotheses.map((h, j) => [h.id, ratings[(i + j) % 3] ?? 'N'])),
      })),
    };
  });
  const other = await createMatrix(db, 'library-b', 'Who called the strike?');
  await addAchSection(db, briefId, matrix);
  await addTimelineSection(db, briefId, 'The week of the talks', {
    from: '2022-02-14',
    to: '2022-02-27',
    grouping: 'tag',
    entries: [
      {
        kind: 'event',
        highlightId: ids[1] ?? '',
        articleId: 'world/blinken-lavrov.txt',
        articleTitle: 'Blinken accepts invitation to meet Lavrov',
        quote: 'ANI',
        date: '2022-02-18',
        end: '2022-02-19',
        group: 'Sources',
      },
      {
        kind: 'article',
        articleId: 'world/blinken-lavrov.txt',
        articleTitle: 'Blinken accepts invitation to meet Lavrov',
        date: '2022-02-19',
        group: '',
      },
    ],
  });
  if (!rated) throw new Error('the matrix was not rated');
  return { ...made, matrix: rated, other };
}

/** The refusal of an event date alone: its highlight is imported without it. */
const undated = (id: string | undefined, date: string) => ({
  what: `urn:uuid:${id}`,
  reason: `its event date “${date}” is not a date as yyyy-mm-dd, so the highlight is imported undated`,
});

const exported = async (db: Awaited<ReturnType<typeof analysisDb>>['db']): Promise<Exported> =>
  JSON.parse(await exportWork(db, ARTICLES)) as Exported;

describe('ACH matrices and event dates in the work document', () => {
  it('are exported: the matrices whole, event dates beside credibility, and the analysis sections', async () => {
    const { db, ids, matrix, other } = await analysisDb();
    const json = await exported(db);
    expect(json['dossier:version']).toBe(1);
    expect(json['dossier:ach']).toEqual(expect.arrayContaining([matrix, other]));
    expect(json['dossier:ach']).toHaveLength(2);
    expect(matrix.rows.map((r) => r.kind)).toEqual(['highlight', 'highlight', 'absence']);
    expect(matrix.rows[0]).toMatchObject({ credibility: 'low', relevance: 'high' });
    const item = (id: string | undefined) => json.items.find((i) => i.id === `urn:uuid:${id}`);
    expect(item(ids[0])?.['dossier:extra']).toEqual({ libraryId: LIB, eventDate: '2022-02-24' });
    expect(item(ids[1])?.['dossier:extra']).toEqual({
      libraryId: LIB,
      eventDate: '2022-02-18',
      eventDateEnd: '2022-02-19',
    });
    expect(item(ids[2])?.['dossier:extra']).toEqual({ libraryId: LIB });
    const sections = json['dossier:briefs'][0]?.sections ?? [];
    expect(sections.at(-2)).toMatchObject({ ach: { matrixId: matrix.id } });
    expect(sections.at(-1)).toMatchObject({ timeline: { from: '2022-02-14', grouping: 'tag' } });
    expect(sections.at(-1)).toMatchObject({ timeline: { entries: [{ date: '2022-02-18', end: '2022-02-19' }, {}] } });

    // Main counts them for the snapshot's name and the Restore screen.
    const document = WorkEnvelopeSchema.parse(await workDocument(db, ARTICLES));
    expect(workCounts(document)).toEqual({ highlights: 3, notes: 2, briefs: 1, matrices: 2 });
  });

  it('come back identical into a fresh profile, by import and by restore; a repeat changes nothing', async () => {
    const { db } = await analysisDb();
    const file = await exportWork(db, ARTICLES);
    const original = await dumpWork(db);
    expect(original.highlights.map((h) => h.eventDate)).toEqual(expect.arrayContaining(['2022-02-24', '2022-02-18']));

    vi.setSystemTime(T0 + 60_000);
    const imported = await freshDb();
    const preview = await previewImport(imported, readWorkFile(file));
    expect(preview.contents).toMatchObject({ highlights: 3, briefs: 1, matrices: 2 });
    const plan = await importText(imported, file);
    expect(plan.refused).toEqual([]);
    expect(await dumpWork(imported)).toEqual(original);

    const restored = await freshDb();
    await createMatrix(restored, LIB, 'to be replaced');
    await replaceWork(restored, readWorkFile(file));
    expect(await dumpWork(restored)).toEqual(original);

    const again = await importText(imported, file);
    expect(again.counts).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(await dumpWork(imported)).toEqual(original);
  });

  it('a matrix filed under no library goes to the library open, as its highlights do', async () => {
    const { db, matrix } = await analysisDb();
    const doc = await exported(db);
    doc['dossier:ach'] = doc['dossier:ach'].map((m) => ({ ...m, libraryId: '' }));
    const target = await freshDb();
    await importText(target, JSON.stringify(doc), 'library-open');
    expect((await target.achMatrices.get(matrix.id))?.libraryId).toBe('library-open');
  });

  it('merge: the newer matrix wins; an older file changes nothing', async () => {
    const { db, matrix } = await analysisDb();
    const laptop = await freshDb();
    await importText(laptop, await exportWork(db, ARTICLES));
    const older = await exportWork(db, ARTICLES);

    vi.setSystemTime(T0 + 10_000);
    const hypothesis = matrix.hypotheses[0]?.id ?? '';
    const changed = await editMatrix(laptop, matrix.id, (m) => ({
      ...m,
      rows: m.rows.map((r, i) => (i === 1 ? { ...r, ratings: { ...r.ratings, [hypothesis]: 'II' } } : r)),
    }));
    const plan = await importText(db, await exportWork(laptop, ARTICLES));
    expect(plan.counts).toMatchObject({ updated: 1, conflicts: 0, refused: 0 });
    expect(await db.achMatrices.get(matrix.id)).toEqual(changed);

    // The laptop takes the older export back: its newer matrix stands.
    const back = await importText(laptop, older);
    expect(back.counts).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect(await laptop.achMatrices.get(matrix.id)).toEqual(changed);
  });

  it('merge: changed on both sides, the newer question and ratings win and rows from both are kept', async () => {
    const { db, matrix } = await analysisDb();
    const laptop = await freshDb();
    await importText(laptop, await exportWork(db, ARTICLES));

    vi.setSystemTime(T0 + 10_000);
    const typed = await addTypedRow(db, matrix.id, 'assumption', 'Moscow wants to be seen talking');
    vi.setSystemTime(T0 + 20_000);
    await editMatrix(laptop, matrix.id, (m) => ({
      ...m,
      question: 'Will the talks go ahead this month?',
      hypotheses: [...m.hypotheses, { id: 'cancelled', label: 'Cancelled' }],
      rows: m.rows.map((r) => ({ ...r, ratings: { ...r.ratings, cancelled: 'C' } })),
    }));
    vi.setSystemTime(T0 + 30_000);
    const plan = await importText(db, await exportWork(laptop, ARTICLES));
    expect(plan.counts).toMatchObject({ conflicts: 1, refused: 0 });
    expect(plan.conflicts).toEqual([
      'ACH matrix “\u2068Will the talks go ahead this month?\u2069”: hypotheses and evidence from both kept; ' +
        'question from the file (newer)',
    ]);
    const merged = await db.achMatrices.get(matrix.id);
    expect(merged?.question).toBe('Will the talks go ahead this month?');
    expect(merged?.hypotheses.map((h) => h.label)).toEqual(['Hypothesis 1', 'Hypothesis 2', 'Postponed', 'Cancelled']);
    expect(merged?.rows.map((r) => r.id)).toEqual([...matrix.rows.map((r) => r.id), typed?.id]);
    expect(merged?.rows[0]?.ratings.cancelled).toBe('C');
    expect(merged?.updatedAt).toBe(T0 + 30_000);
  });

  it('a bad matrix is refused with its reason, a bad event date alone, while the rest import', async () => {
    const { db, ids, matrix } = await analysisDb();
    const doc = await exported(db);
    const hypothesis = matrix.hypotheses[0]?.id ?? '';
    const row = (change: object) => ({ ...matrix, rows: [{ ...matrix.rows[0], ...change }] });
    doc['dossier:ach'] = [
      { ...row({ ratings: { [hypothesis]: 'X' } }), id: 'bad-rating' },
      { ...row({ credibility: 'very' }), id: 'bad-weight' },
      { ...row({ kind: 'guess' }), id: 'bad-kind' },
      { ...matrix, id: 'twice-named', hypotheses: [matrix.hypotheses[0], matrix.hypotheses[0]] },
      { ...matrix, id: 'nested', colours: { a: 1 } },
      { ...matrix, reviewedBy: 'Desk B' },
      { ...matrix, question: 'a repeat' },
    ] as AchMatrix[];
    const item = (id: string | undefined) => doc.items.find((i) => i.id === `urn:uuid:${id}`);
    const first = item(ids[0]);
    if (first) first['dossier:extra'] = { libraryId: LIB, eventDate: '2022-02-30' };
    const second = item(ids[1]);
    if (second) second['dossier:extra'] = { libraryId: LIB, eventDate: 'next Friday' };
    const brief = doc['dossier:briefs'][0];
    const timeline = brief?.sections.at(-1)?.timeline as { to: string } | undefined;
    if (timeline) timeline.to = '2022-02-01';

    const target = await freshDb();
    const plan = await importText(target, JSON.stringify(doc));
    // The items are read in the file's order (the highlights' ids): the two dates first, in either order.
    expect(plan.refused.slice(0, 2)).toEqual(
      expect.arrayContaining([undated(ids[0], '2022-02-30'), undated(ids[1], 'next Friday')]),
    );
    expect(plan.refused.slice(2)).toEqual([
      { what: 'brief 1', reason: `sections.${(brief?.sections.length ?? 0) - 1}.timeline ends before it starts` },
      { what: 'ACH matrix 1', reason: `rows.0.ratings.${hypothesis} is not one of CC, C, N, I, II or NA` },
      { what: 'ACH matrix 2', reason: 'rows.0.credibility is not low, medium or high' },
      { what: 'ACH matrix 3', reason: 'rows.0.kind is not a kind of evidence' },
      { what: 'ACH matrix 4', reason: 'hypotheses has two hypotheses with one id' },
      { what: 'ACH matrix 5', reason: 'its field colours holds more than a plain value' },
      { what: `ACH matrix ${matrix.id}`, reason: 'it appears twice in the file; the first is imported' },
    ]);
    // The highlights came in, undated; the unknown plain field of a newer version travels with its matrix.
    const dated = await target.highlights.bulkGet(ids);
    expect(dated.map((h) => h?.id)).toEqual(ids);
    expect(dated.map((h) => h?.eventDate)).toEqual([undefined, undefined, undefined]);
    expect(await target.achMatrices.get(matrix.id)).toEqual({ ...matrix, reviewedBy: 'Desk B' });
    expect(await target.achMatrices.count()).toBe(1);
  });

  it('a bad end of a span leaves its event one day; an end without a date leaves it undated', async () => {
    const { db, ids } = await analysisDb();
    const doc = await exported(db);
    const extras: Record<string, unknown>[] = [
      { eventDate: '2022-02-18', eventDateEnd: '2022-02-10' },
      { eventDate: '2022-02-18', eventDateEnd: 'the weekend' },
      { eventDateEnd: '2022-02-19' },
    ];
    ids.forEach((id, i) => {
      const item = doc.items.find((each) => each.id === `urn:uuid:${id}`);
      if (item) item['dossier:extra'] = { libraryId: LIB, ...extras[i] };
    });
    const target = await freshDb();
    const plan = await importText(target, JSON.stringify(doc));
    const reason = (n: number) => plan.refused.find((r) => r.what === `urn:uuid:${ids[n]}`)?.reason;
    expect(reason(0)).toBe(
      'its event end date “2022-02-10” is before its event date, so the event is imported as one day',
    );
    expect(reason(1)).toBe(
      'its event end date “the weekend” is not a date as yyyy-mm-dd, so the event is imported as one day',
    );
    expect(reason(2)).toBe('its event end date “2022-02-19” has no event date, so the highlight is imported undated');
    const read = await target.highlights.bulkGet(ids);
    expect(read.map((h) => [h?.eventDate, h?.eventDateEnd])).toEqual([
      ['2022-02-18', undefined],
      ['2022-02-18', undefined],
      [undefined, undefined],
    ]);
  });

  it('merge: a span is one value, the newer side’s date with its own end or none', async () => {
    const { db, ids } = await analysisDb();
    const laptop = await freshDb();
    await importText(laptop, await exportWork(db, ARTICLES));
    vi.setSystemTime(T0 + 10_000);
    // The laptop makes the span one day again: the desk's end must not come back with the newer date.
    await setEventDate(laptop, ids[1] ?? '', { date: '2022-02-18' });
    await importText(db, await exportWork(laptop, ARTICLES));
    const merged = await db.highlights.get(ids[1] ?? '');
    expect([merged?.eventDate, merged?.eventDateEnd]).toEqual(['2022-02-18', undefined]);
    // And back: a newer span comes whole.
    vi.setSystemTime(T0 + 20_000);
    await setEventDate(db, ids[1] ?? '', { date: '2022-02-17', end: '2022-02-18' });
    await importText(laptop, await exportWork(db, ARTICLES));
    const back = await laptop.highlights.get(ids[1] ?? '');
    expect([back?.eventDate, back?.eventDateEnd]).toEqual(['2022-02-17', '2022-02-18']);
  });

  it('a document from before them imports and restores as before', async () => {
    const { db, ids } = await analysisDb();
    const doc = await exported(db);
    const before = doc as unknown as Record<string, unknown>;
    delete before['dossier:ach'];
    for (const item of doc.items) {
      delete item['dossier:extra']?.eventDate;
      delete item['dossier:extra']?.eventDateEnd;
    }
    const old = JSON.stringify(doc);

    const target = await freshDb();
    const kept = await createMatrix(target, LIB, 'made here');
    const plan = await importText(target, old);
    expect(plan.refused).toEqual([]);
    expect(plan.contents.matrices).toBe(0);
    expect(await target.achMatrices.toArray()).toEqual([kept]);
    expect((await target.highlights.get(ids[0] ?? ''))?.eventDate).toBeUndefined();

    // Restoring it gives the work as it was then: no matrices.
    await replaceWork(target, readWorkFile(old));
    expect(await target.achMatrices.count()).toBe(0);

    // A format newer than this version knows is still refused whole.
    expect(() => readWorkFile(JSON.stringify({ ...doc, 'dossier:version': 2 }))).toThrow(
      'this file was written by a newer version of Dossier (format 2); update Dossier to read it',
    );
  });
});
