// The evidence table's own filters on top of the library's: credibility, link type, orphaned and words.
import { describe, expect, it } from 'vitest';
import type { Highlight, HighlightLinkType } from '../../../../src-renderer/src/db/schema';
import {
  evidenceFilterCount,
  evidenceMatcher,
  NO_EVIDENCE_FILTERS,
  type EvidenceFacts,
  type EvidenceFilters,
} from '../../../../src-renderer/src/features/evidence/evidence-filters';
import { evidenceRow } from '../../../../src-renderer/src/features/evidence/evidence-rows';
import { storedHighlight } from '../db/fake-db';

const rows = [
  storedHighlight('a', { quote: { exact: 'The convoy crossed at dawn', prefix: '', suffix: '' }, credibility: 2 }),
  storedHighlight('b', { note: 'Check the Convoy size', articleTitle: 'Border report' }),
  storedHighlight('c', { articleId: 'world/kharkiv.txt', articleTitle: 'Convoy seen near Kharkiv' }),
].map((h: Highlight) => evidenceRow(h, null, new Map()));

const facts: EvidenceFacts = {
  linkTypes: new Map<string, ReadonlySet<HighlightLinkType>>([
    ['a', new Set(['supports'])],
    ['b', new Set(['same-claim', 'contradicts'])],
  ]),
  orphans: new Set(['c']),
  articleTags: new Map([['world/blinken-lavrov.txt', ['ceasefire']]]),
};

const shown = (filters: Partial<EvidenceFilters>): string[] =>
  rows.filter(evidenceMatcher({ ...NO_EVIDENCE_FILTERS, ...filters }, facts)).map((r) => r.highlight.id);

describe('evidence filters', () => {
  it('shows every row with no filter, and counts the filters set', () => {
    expect(shown({})).toEqual(['a', 'b', 'c']);
    expect(evidenceFilterCount(NO_EVIDENCE_FILTERS)).toBe(0);
    expect(evidenceFilterCount({ ...NO_EVIDENCE_FILTERS, link: 'supports', library: { grades: ['B'] } })).toBe(2);
  });

  it('finds every word in the quote, the note or the title, in any case', () => {
    expect(shown({ text: 'convoy' })).toEqual(['a', 'b', 'c']);
    expect(shown({ text: 'CONVOY dawn' })).toEqual(['a']);
    expect(shown({ text: 'size convoy' })).toEqual(['b']);
    expect(shown({ text: 'kharkiv' })).toEqual(['c']);
  });

  it('filters by link type, any link and no link', () => {
    expect(shown({ link: 'contradicts' })).toEqual(['b']);
    expect(shown({ link: 'supports' })).toEqual(['a']);
    expect(shown({ link: 'linked' })).toEqual(['a', 'b']);
    expect(shown({ link: 'unlinked' })).toEqual(['c']);
  });

  it('filters by credibility (6 takes the unjudged) and orphaned', () => {
    expect(shown({ credibility: 2 })).toEqual(['a']);
    expect(shown({ credibility: 6 })).toEqual(['b', 'c']);
    expect(shown({ orphaned: true })).toEqual(['c']);
  });

  it("applies the library's filters too", () => {
    expect(shown({ library: { grades: ['A'] } })).toEqual([]);
    expect(shown({ library: { colours: ['yellow'] }, text: 'border' })).toEqual(['b']);
  });

  it("lets a tag on the highlight's article (its note) take in every highlight of that article", () => {
    expect(shown({ library: { tags: ['ceasefire'] } })).toEqual(['a', 'b']);
    expect(shown({ library: { tags: ['ceasefire'] }, text: 'dawn' })).toEqual(['a']);
    expect(shown({ library: { tags: ['kharkiv'] } })).toEqual([]);
    expect(shown({ library: { tags: ['ceasefire', 'kharkiv'] } })).toEqual([]);
  });
});
