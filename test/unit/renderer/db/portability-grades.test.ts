// Grades and links are part of the work: the export and the snapshots carry the source register with each
// outlet's changes of grade, each highlight's credibility (and the grade it makes, for a reader) and the
// links between highlights; they come back record by record, merge like the rest (the newer wins, notes and
// histories are united), a bad one is refused with its reason, and a document from before them reads fine.
import { describe, expect, it, vi } from 'vitest';
import { exportWork, previewImport, readWorkFile, replaceWork } from '../../../../src-renderer/src/db/portability';
import type { SourceRecord } from '../../../../src-renderer/src/db/schema';
import { setReliability, setSourceNote, sourceFor } from '../../../../src-renderer/src/db/sources';
import type { ArticleInfo } from '../../../../src-renderer/src/db/web-annotation';
import { NOTE_SEPARATOR } from '../../../../src-renderer/src/db/work-merge';
import { dumpWork, LIB, storedHighlight } from './fake-db';
import {
  ARTICLES,
  freshDb,
  gradedWorkDb,
  importText,
  link,
  T0,
  withPortabilityClock,
  workDb,
} from './portability-fixture';

withPortabilityClock();

/** The articles with the outlet the catalog gives each. */
const WITH_DOMAINS: ReadonlyMap<string, ArticleInfo> = new Map(
  [...ARTICLES].map(([id, info]) => [id, { ...info, domain: info.url ? 'russiaherald.com' : null }]),
);

interface Exported {
  items: { id: string; 'dossier:grade'?: string; 'dossier:gradeMeaning'?: string; 'dossier:extra'?: object }[];
  'dossier:sources': SourceRecord[];
  'dossier:links': unknown[];
}

const HERALD: SourceRecord = {
  domain: 'russiaherald.com',
  name: 'Russia Herald',
  reliability: 'B',
  note: 'Moscow bureau; *state* sources quoted often',
  history: [
    { at: T0 + 4000, from: 'F', to: 'C', reason: 'New to us' },
    { at: T0 + 5000, from: 'C', to: 'B', reason: 'Two years without a correction' },
  ],
  updatedAt: T0 + 5001,
};

describe('grades and links in the work document', () => {
  it('are exported: the register with its history, credibility, the grade it makes, and the links', async () => {
    const { db, ids } = await gradedWorkDb();
    const json = JSON.parse(await exportWork(db, WITH_DOMAINS)) as Exported;
    expect(json['dossier:sources']).toEqual([
      {
        domain: 'Reuters',
        name: '',
        reliability: 'F',
        note: 'Wire: watch for copies',
        history: [],
        updatedAt: T0 + 5000,
      },
      HERALD,
    ]);
    expect(json['dossier:links']).toEqual([link('link-1', ids[0] ?? '', ids[1] ?? '')]);
    const first = json.items.find((item) => item.id === `urn:uuid:${ids[0]}`);
    expect(first?.['dossier:extra']).toEqual({ libraryId: LIB, credibility: 2 });
    expect(first?.['dossier:grade']).toBe('B2');
    expect(first?.['dossier:gradeMeaning']).toBe('B2: usually reliable; probably true');
    expect(json.items.find((item) => item.id === `urn:uuid:${ids[1]}`)?.['dossier:grade']).toBe('B4');
    // An article whose outlet is not known shows no grade: F6 would claim a judgement nobody made.
    expect(json.items.find((item) => item.id === `urn:uuid:${ids[2]}`)?.['dossier:grade']).toBeUndefined();
  });

  it('come back identical into a fresh profile, by import and by restore', async () => {
    const { db } = await gradedWorkDb();
    const file = await exportWork(db, WITH_DOMAINS);
    const original = await dumpWork(db);
    expect(original.highlights.map((h) => h.credibility)).toContain(2);

    vi.setSystemTime(T0 + 60_000);
    const imported = await freshDb();
    const plan = await importText(imported, file);
    expect(plan.refused).toEqual([]);
    expect(await dumpWork(imported)).toEqual(original);

    const restored = await freshDb();
    await setReliability(restored, 'tass.ru', 'D', 'to be replaced');
    await replaceWork(restored, readWorkFile(file));
    expect(await dumpWork(restored)).toEqual(original);

    // A second import of the same file changes nothing.
    const again = await importText(imported, file);
    expect(again.counts).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  });

  it('merge: changes of grade from both sides are united, the latest sets the grade, notes kept', async () => {
    const { db } = await gradedWorkDb();
    const laptop = await freshDb();
    await importText(laptop, await exportWork(db, WITH_DOMAINS));

    vi.setSystemTime(T0 + 10_000);
    await setReliability(laptop, 'russiaherald.com', 'D', 'Ran a fabricated quote');
    vi.setSystemTime(T0 + 20_000);
    await setSourceNote(db, 'russiaherald.com', 'Desktop note');
    const fromLaptop = await exportWork(laptop, WITH_DOMAINS);

    vi.setSystemTime(T0 + 30_000);
    const plan = await importText(db, fromLaptop);
    expect(plan.counts).toMatchObject({ conflicts: 1, refused: 0 });
    expect(plan.conflicts).toEqual([
      expect.stringMatching(
        /^Source \u2068Russia Herald\u2069: both notes kept; .*grade D from the file \(changed latest\)/,
      ),
    ]);
    const merged = await sourceFor(db, 'russiaherald.com');
    expect(merged?.reliability).toBe('D');
    expect(merged?.history.map((h) => `${h.from}>${h.to}`)).toEqual(['F>C', 'C>B', 'B>D']);
    expect(merged?.note).toBe(`Moscow bureau; *state* sources quoted often${NOTE_SEPARATOR}Desktop note`);

    // The laptop takes the desktop's file back: both now hold the same register.
    vi.setSystemTime(T0 + 40_000);
    await importText(laptop, await exportWork(db, WITH_DOMAINS));
    expect((await dumpWork(laptop)).sources).toEqual((await dumpWork(db)).sources);
  });

  it('merge: the newer link wins; a newer grade-less file never undoes a grade', async () => {
    const { db, ids } = await gradedWorkDb();
    const other = await freshDb();
    await importText(other, await exportWork(db, WITH_DOMAINS));
    vi.setSystemTime(T0 + 10_000);
    await other.highlightLinks.update('link-1', { type: 'supports', updatedAt: T0 + 10_000 });
    const plan = await importText(db, await exportWork(other, WITH_DOMAINS));
    expect(plan.counts).toMatchObject({ updated: 1, conflicts: 0 });
    expect(await db.highlightLinks.get('link-1')).toEqual(
      link('link-1', ids[0] ?? '', ids[1] ?? '', { type: 'supports', updatedAt: T0 + 10_000 }),
    );

    // Work exported before any grade (by a profile that never graded) leaves the register as it is.
    const { db: ungraded } = await workDb();
    const before = await dumpWork(db);
    await importText(db, await exportWork(ungraded, WITH_DOMAINS));
    expect((await dumpWork(db)).sources).toEqual(before.sources);
  });

  it('a link to a highlight in neither the file nor the app is refused; one the app holds is kept', async () => {
    const { db, ids } = await gradedWorkDb();
    const doc = JSON.parse(await exportWork(db, WITH_DOMAINS)) as Record<string, unknown>;
    doc['dossier:links'] = [
      link('dangling', ids[0] ?? '', 'no-such-highlight'),
      link('to-local', ids[0] ?? '', 'only-here'),
      { ...link('self', ids[0] ?? '', ids[0] ?? '') },
      { ...link('odd', ids[0] ?? '', ids[1] ?? ''), type: 'cites' },
    ];
    const target = await freshDb();
    await target.highlights.add(storedHighlight('only-here'));
    const plan = await previewImport(target, readWorkFile(JSON.stringify(doc)));
    expect(plan.refused).toEqual([
      { what: 'link 3', reason: 'links a highlight to itself' },
      { what: 'link 4', reason: 'type is not a kind of link' },
      {
        what: expect.stringMatching(/^Link same-claim/) as unknown as string,
        reason: 'it links a highlight that is neither in the file nor in your work',
      },
    ]);
    expect(plan.writes.links.map((l) => l.id)).toEqual(['to-local']);
    expect(plan.counts.refused).toBe(3);
  });

  it('a bad grade, source or credibility is refused with its reason while the rest import', async () => {
    const { db, ids } = await gradedWorkDb();
    const doc = JSON.parse(await exportWork(db, WITH_DOMAINS)) as Exported & Record<string, unknown>;
    doc['dossier:sources'] = [
      { ...HERALD, reliability: 'G' as 'A' },
      { ...HERALD, domain: '' },
      { ...HERALD, domain: 'ok.example', history: [{ at: T0 + 9e12, from: 'F', to: 'A', reason: 'future' }] },
      { ...HERALD, domain: 'ok.example' },
    ];
    const item = doc.items.find((i) => i.id === `urn:uuid:${ids[0]}`);
    if (item) item['dossier:extra'] = { libraryId: LIB, credibility: 9 };
    const target = await freshDb();
    const plan = await importText(target, JSON.stringify(doc));
    expect(plan.refused).toEqual([
      { what: `urn:uuid:${ids[0]}`, reason: 'its credibility 9 is not one of 1–6' },
      { what: 'source 1', reason: 'reliability is not a reliability grade A–F' },
      { what: 'source 2', reason: 'domain is empty' },
      { what: 'source ok.example', reason: 'it appears twice in the file; the first is imported' },
      // The link's first highlight was refused, so the link has nothing to stand on.
      expect.objectContaining({ reason: 'it links a highlight that is neither in the file nor in your work' }),
    ]);
    // A change dated in the future is clamped to the import, so it cannot win every later merge.
    const now = Date.now();
    expect((await sourceFor(target, 'ok.example'))?.history).toEqual([
      { at: now, from: 'F', to: 'A', reason: 'future' },
    ]);
    expect(await target.highlights.get(ids[1] ?? '')).toMatchObject({ credibility: 4 });
  });

  it('a document from before grades and links imports and restores as before', async () => {
    const { db } = await workDb();
    const doc = JSON.parse(await exportWork(db, ARTICLES)) as Record<string, unknown>;
    delete doc['dossier:sources'];
    delete doc['dossier:links'];
    const old = JSON.stringify(doc);

    const target = await freshDb();
    await setReliability(target, 'tass.ru', 'D', 'kept');
    const plan = await importText(target, old);
    expect(plan.refused).toEqual([]);
    expect((await dumpWork(target)).highlights).toEqual((await dumpWork(db)).highlights);
    expect((await sourceFor(target, 'tass.ru'))?.reliability).toBe('D');

    // Restoring it gives the work as it was then: no grades, no links.
    await replaceWork(target, readWorkFile(old));
    expect(await dumpWork(target)).toEqual(await dumpWork(db));

    // The oldest exports, a bare AnnotationCollection, read too.
    const items = (doc as { items: unknown[] }).items;
    const bare = await freshDb();
    expect((await importText(bare, JSON.stringify({ type: 'AnnotationCollection', items }))).refused).toEqual([]);
    expect((await dumpWork(bare)).sources).toEqual([]);
  });
});
