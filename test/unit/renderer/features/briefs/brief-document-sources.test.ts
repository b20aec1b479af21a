// briefDocument naming each quote's source: from the catalog, from the article, from what a deleted or
// moved highlight remembers, or from the item alone when the article has left the library.
import { describe, expect, it } from 'vitest';
import type { ArticleEntry, CatalogEntry } from '../../../../../src-preload/contract';
import { briefDocument } from '../../../../../src-renderer/src/features/briefs/brief-document';
import { SEED_ARTICLE } from '../../../../fixtures/anchoring/seed-article';
import { SEED_ENTRY, SEED_ID, SEED_SOURCE } from '../../catalog-records';
import {
  brief,
  ELSEWHERE,
  evidenceOf,
  expectValid,
  inputs,
  itemFor,
  NOW,
  P1,
  P5,
  SAMPLE_HIGHLIGHTS,
} from './brief-document-fixture';

describe('briefDocument', () => {
  it('shows a deleted highlight (no longer stored) as orphaned, with the quote and title the item kept', () => {
    const item = itemFor(P5, {
      id: 'item-deleted',
      highlightId: 'hl-deleted',
      quote: 'Sergey Lavrov has proposed dates',
      articleTitle: 'Title when added',
      comment: 'Still relevant.',
    });
    const document = briefDocument(
      brief([{ id: 's', heading: 'H', text: '', items: [item] }]),
      inputs(SAMPLE_HIGHLIGHTS),
      NOW,
    );
    const [deleted] = evidenceOf(document);
    expect(deleted).toMatchObject({
      id: 'item-deleted',
      highlightId: 'hl-deleted',
      quote: 'Sergey Lavrov has proposed dates',
      comment: 'Still relevant.',
      orphaned: true,
      paragraph: null,
      note: '',
      tags: [],
    });
    // The article is still in the library, so its catalog entry names the source.
    expect(deleted?.source).toEqual(SEED_SOURCE);
    expectValid(document);
  });

  it('names a deleted highlight’s source from the item when its article has left the library too', () => {
    const item = itemFor(ELSEWHERE, { highlightId: 'hl-deleted' });
    const [deleted] = evidenceOf(
      briefDocument(brief([{ id: 's', heading: 'H', text: '', items: [item] }]), inputs([]), NOW),
    );
    expect(deleted?.source).toEqual({
      articleId: 'local/harbour-strike.txt',
      title: 'Port Ardley harbour strike enters second week',
      outlet: null,
      author: null,
      date: null,
      url: null,
    });
  });

  it('names the source from the highlight’s stored title when the article is missing from the library', () => {
    const renamed = { ...ELSEWHERE, articleTitle: 'Port Ardley strike: second week' };
    const item = itemFor(ELSEWHERE, { articleTitle: 'Older title in the item' });
    const document = briefDocument(brief([{ id: 's', heading: 'H', text: '', items: [item] }]), inputs([renamed]), NOW);
    const [missing] = evidenceOf(document);
    expect(missing).toMatchObject({ orphaned: true, paragraph: null, quote: 'the harbour authority' });
    expect(missing?.source).toEqual({
      articleId: 'local/harbour-strike.txt',
      title: 'Port Ardley strike: second week',
      outlet: null,
      author: null,
      date: null,
      url: null,
    });
    expectValid(document);
  });

  it('prefers the catalog’s title, and leaves outlet and date empty when the article has no URL or date', () => {
    const bare: ArticleEntry = {
      ...SEED_ENTRY,
      title: 'Title from the catalog',
      url: null,
      domain: null,
      date: null,
      dateRaw: '2022-13-45',
    };
    const [p1] = evidenceOf(
      briefDocument(
        brief([{ id: 's', heading: 'H', text: '', items: [itemFor(P1)] }]),
        inputs([P1], { entries: new Map([[SEED_ID, bare]]) }),
        NOW,
      ),
    );
    expect(p1?.source).toEqual({
      articleId: SEED_ID,
      title: 'Title from the catalog',
      outlet: null,
      author: null,
      date: null,
      url: null,
    });
    expect(p1?.paragraph).toBe(1);
  });

  it('falls back to the highlight’s title when the catalog only knows the file as broken', () => {
    const broken: CatalogEntry = { id: SEED_ID, ok: false, error: 'binary file', hash: null, size: 10, mtimeMs: 0 };
    const [p1] = evidenceOf(
      briefDocument(
        brief([{ id: 's', heading: 'H', text: '', items: [itemFor(P1)] }]),
        inputs([P1], { entries: new Map([[SEED_ID, broken]]), articles: new Map() }),
        NOW,
      ),
    );
    expect(p1).toMatchObject({ orphaned: true, paragraph: null });
    expect(p1?.source).toEqual({
      articleId: SEED_ID,
      title: SEED_ARTICLE.title,
      outlet: null,
      author: null,
      date: null,
      url: null,
    });
  });
});
