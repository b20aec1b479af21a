// Importing the sample brief's JSON export on fake-indexeddb: the brief with every section and item, the
// highlights it quotes re-created when missing and left alone when present, and a second import kept apart.
import { describe, expect, it, vi } from 'vitest';
import { parseBriefJson } from '../../../../src-shared/briefs/brief-json';
import type { BriefDocument, BriefEvidence } from '../../../../src-preload/contract';
import { anchorHighlight } from '../../../../src-renderer/src/anchoring/anchor';
import { articleText } from '../../../../src-renderer/src/anchoring/text-model';
import { DEFAULT_PALETTE, type DossierDb, type Highlight } from '../../../../src-renderer/src/db/schema';
import { briefDocument } from '../../../../src-renderer/src/features/briefs/brief-document';
import { importBriefDocument } from '../../../../src-renderer/src/db/brief-import';
import { SEED_ARTICLE } from '../../../fixtures/anchoring/seed-article';
import fixture from '../../../fixtures/sample-brief.json';
import { SEED_READ } from '../catalog-records';
import { withTestDb, storedHighlight } from './fake-db';

const T0 = Date.UTC(2024, 3, 2, 10, 0, 0);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SAMPLE: BriefDocument = parseBriefJson(JSON.stringify(fixture));
const EVIDENCE = SAMPLE.sections.flatMap((s) => s.evidence);

/** What an export of the imported brief must say again about a piece of evidence. */
function comparable({ highlightId, quote, paragraph, orphaned, meaning, comment }: BriefEvidence): object {
  return { highlightId, quote, paragraph, orphaned, meaning, comment };
}

let db: DossierDb;

withTestDb(T0, (opened) => (db = opened));

describe('the fixture', () => {
  it('is the sample brief: two sections, nine quotes, one orphan, one colour outside the palette', () => {
    expect(SAMPLE.sections.map((s) => s.evidence.length)).toEqual([4, 5]);
    expect(new Set(EVIDENCE.map((e) => e.highlightId)).size).toBe(9);
    expect(EVIDENCE.filter((e) => e.orphaned).map((e) => e.highlightId)).toEqual(['hl-4']);
    expect(EVIDENCE.find((e) => e.highlightId === 'hl-9')?.colour).toBe('orange');
  });
});

describe('importBriefDocument', () => {
  it('stores the brief with its id, title, summary, every section and every item in order', async () => {
    const { brief } = await importBriefDocument(db, SAMPLE);
    expect(brief).toMatchObject({
      id: 'brief-russia-nato-talks',
      title: 'Russia <b>&</b> NATO "talks"',
      summary: SAMPLE.summary,
      createdAt: Date.parse('2024-03-18T09:12:00.000Z'),
      updatedAt: T0,
    });
    expect(brief.sections.map((s) => [s.heading, s.text])).toEqual(SAMPLE.sections.map((s) => [s.heading, s.text]));
    expect(brief.sections.map((s) => s.items.map((i) => i.highlightId))).toEqual([
      ['hl-1', 'hl-2', 'hl-3', 'hl-4'],
      ['hl-5', 'hl-6', 'hl-7', 'hl-8', 'hl-9'],
    ]);
    expect(brief.sections[0]?.items[0]).toEqual({
      id: expect.stringMatching(UUID),
      highlightId: 'hl-1',
      comment: 'The condition is the story, not the meeting.',
      quote: EVIDENCE[0]?.quote,
      articleId: 'seed/000_08978045df2b272e.txt',
      articleTitle: SEED_ARTICLE.title,
    });
    expect(brief.sections[1]?.items[4]).toMatchObject({
      comment: '1. A colour outside the palette, with no meaning.',
      articleId: 'local/port-ardley-talks.txt',
    });
    expect(await db.briefs.get(brief.id)).toEqual(brief);
    expect(await db.briefs.count()).toBe(1);
  });

  it('gives sections and items ids of their own', async () => {
    const { brief } = await importBriefDocument(db, SAMPLE);
    const ids = brief.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID);
  });

  it('re-creates every missing highlight with its quote, context, position, hash, colour, note and tags', async () => {
    const { createdHighlights } = await importBriefDocument(db, SAMPLE);
    expect(createdHighlights).toBe(9);
    expect(await db.highlights.count()).toBe(9);
    expect(await db.highlights.get('hl-1')).toEqual({
      id: 'hl-1',
      // A brief's JSON does not say which library it quotes: the library open claims it.
      libraryId: '',
      articleId: 'seed/000_08978045df2b272e.txt',
      articleHash: 'f504e259ab38e0c953c94b011ca6cbf43564f753391f4f0da04b530cb3fbcbb7',
      articleTitle: SEED_ARTICLE.title,
      quote: {
        exact: EVIDENCE[0]?.quote,
        prefix: 'pokesperson Ned Price said that ',
        suffix: '.\nThe conflict in Donbas between',
      },
      position: { start: 71, end: 219 },
      color: 'yellow',
      note: EVIDENCE[0]?.note,
      tags: ['diplomacy', 'us-russia'],
      createdAt: T0,
      updatedAt: T0,
    });
    for (const e of EVIDENCE) {
      expect(await db.highlights.get(e.highlightId)).toMatchObject({
        articleId: e.source.articleId,
        articleHash: e.articleHash,
        articleTitle: e.source.title,
        quote: { exact: e.quote, prefix: e.prefix, suffix: e.suffix },
        position: e.position,
        note: e.note,
      });
    }
  });

  it('keeps each colour in the palette and reads a colour outside it as yellow', async () => {
    await importBriefDocument(db, SAMPLE);
    const colours = Object.fromEntries((await db.highlights.toArray()).map((h) => [h.id, h.color]));
    expect(colours).toEqual({
      'hl-1': 'yellow',
      'hl-2': 'red',
      'hl-3': 'blue',
      'hl-4': 'purple',
      'hl-5': 'green',
      'hl-6': 'yellow',
      'hl-7': 'red',
      'hl-8': 'blue',
      'hl-9': 'yellow',
    });
  });

  it('stores tags as the app does everywhere else: lower-case, trimmed, sorted', async () => {
    await importBriefDocument(db, SAMPLE);
    expect((await db.highlights.get('hl-3'))?.tags).toEqual(['nato & osce']);
    expect((await db.highlights.get('hl-5'))?.tags).toEqual(['#portardley', 'social media']);
    expect((await db.highlights.get('hl-7'))?.tags).toEqual(['<union>']);
    expect(await db.highlights.where('tags').equals('nato & osce').primaryKeys()).toEqual(['hl-3']);
  });

  it('re-created highlights anchor in the seed article where the export placed them', async () => {
    await importBriefDocument(db, SAMPLE);
    const text = articleText(SEED_ARTICLE.paragraphs);
    const seedIds = EVIDENCE.filter((e) => e.source.articleId.startsWith('seed/')).map((e) => e.highlightId);
    const anchored = await Promise.all(
      seedIds.map(async (id) => [id, anchorHighlight(text, (await db.highlights.get(id)) as Highlight).status]),
    );
    expect(anchored).toEqual([
      ['hl-1', 'anchored'],
      ['hl-2', 'anchored'],
      ['hl-3', 'anchored'],
      ['hl-4', 'orphan'],
    ]);
  });

  it('exports again to the same seed evidence: paragraphs, orphan, meanings and comments', async () => {
    const { brief } = await importBriefDocument(db, SAMPLE);
    const seed = { ...SEED_READ, id: 'seed/000_08978045df2b272e.txt' };
    const highlights = new Map((await db.highlights.toArray()).map((h) => [h.id, h]));
    const again = briefDocument(
      brief,
      { highlights, entries: new Map(), articles: new Map([[seed.id, seed]]), palette: DEFAULT_PALETTE },
      T0,
    );
    expect(again.sections[0]?.evidence.map(comparable)).toEqual(SAMPLE.sections[0]?.evidence.map(comparable));
  });

  it('leaves highlights that are already there as they are, and creates only the others', async () => {
    const mine = storedHighlight('hl-2', {
      articleId: 'seed/000_08978045df2b272e.txt',
      color: 'green',
      note: 'My own note',
      tags: ['mine'],
    });
    await db.highlights.add(mine);
    const { brief, createdHighlights } = await importBriefDocument(db, SAMPLE);
    expect(createdHighlights).toBe(8);
    expect(await db.highlights.count()).toBe(9);
    expect(await db.highlights.get('hl-2')).toEqual(mine);
    expect(brief.sections[0]?.items[1]?.highlightId).toBe('hl-2');
  });

  it('importing twice makes a second brief with a new id, and no duplicate highlights', async () => {
    const first = await importBriefDocument(db, SAMPLE);
    vi.setSystemTime(T0 + 60_000);
    const second = await importBriefDocument(db, SAMPLE);
    expect(first.brief.id).toBe('brief-russia-nato-talks');
    expect(second.brief.id).toMatch(UUID);
    expect(second.createdHighlights).toBe(0);
    expect(await db.highlights.count()).toBe(9);
    expect(await db.briefs.count()).toBe(2);
    expect(await db.briefs.get(first.brief.id)).toEqual(first.brief);
    expect(await db.briefs.get(second.brief.id)).toEqual(second.brief);
    expect(second.brief.updatedAt).toBe(T0 + 60_000);
    expect(second.brief.sections.map((s) => s.items.map((i) => i.highlightId))).toEqual(
      first.brief.sections.map((s) => s.items.map((i) => i.highlightId)),
    );
    const firstIds = new Set(first.brief.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]));
    expect(
      second.brief.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]).filter((id) => firstIds.has(id)),
    ).toEqual([]);
  });

  it('two imports started together (a double click) both land, the second under a new id', async () => {
    const results = await Promise.all([importBriefDocument(db, SAMPLE), importBriefDocument(db, SAMPLE)]);
    const ids = results.map((r) => r.brief.id);
    expect(ids.filter((id) => id === 'brief-russia-nato-talks')).toHaveLength(1);
    expect(ids.filter((id) => UUID.test(id))).toHaveLength(1);
    expect(results.map((r) => r.createdHighlights).sort()).toEqual([0, 9]);
    expect(await db.briefs.count()).toBe(2);
    expect(await db.highlights.count()).toBe(9);
  });

  it('creates a highlight quoted twice in one brief only once', async () => {
    const twice: BriefDocument = {
      ...SAMPLE,
      sections: [...SAMPLE.sections, { ...(SAMPLE.sections[0] as BriefDocument['sections'][number]), id: 'again' }],
    };
    const { brief, createdHighlights } = await importBriefDocument(db, twice);
    expect(createdHighlights).toBe(9);
    expect(await db.highlights.count()).toBe(9);
    expect(brief.sections).toHaveLength(3);
  });

  it('uses the import time when the export’s creation time cannot be read', async () => {
    const { brief } = await importBriefDocument(db, { ...SAMPLE, createdAt: 'last Tuesday' });
    expect(brief.createdAt).toBe(T0);
  });
});
