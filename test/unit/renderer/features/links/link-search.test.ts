// The link picker's search (every word in the quote, title or outlet; case and accents folded) and how a
// link reads from each of its two cards.
import { describe, expect, it } from 'vitest';
import { linkLabel, shortQuote } from '../../../../../src-renderer/src/features/links/link-labels';
import { matchCandidates, type LinkCandidate } from '../../../../../src-renderer/src/features/links/link-search';
import { storedHighlight } from '../../db/fake-db';

const candidate = (id: string, exact: string, articleTitle: string, outlet: string | null): LinkCandidate => ({
  highlight: storedHighlight(id, { quote: { exact, prefix: '', suffix: '' }, articleTitle }),
  outlet,
});

const CANDIDATES = [
  candidate('a', 'Russia and NATO accusing each other of amassing troops', 'Blinken accepts invitation', 'reuters.com'),
  candidate('b', 'Le ministre a démenti toute intention d’attaquer', 'Moscou dément', 'lemonde.fr'),
  candidate('c', 'Troops are on exercises', 'Satellite images', null),
];

const ids = (found: readonly LinkCandidate[]): string[] => found.map((c) => c.highlight.id);

describe('matchCandidates', () => {
  it('offers every candidate, in order, for an empty query', () => {
    expect(ids(matchCandidates(CANDIDATES, '   '))).toEqual(['a', 'b', 'c']);
  });

  it('needs every word, each in the quote, the article title or the outlet', () => {
    expect(ids(matchCandidates(CANDIDATES, 'troops'))).toEqual(['a', 'c']);
    expect(ids(matchCandidates(CANDIDATES, 'troops blinken'))).toEqual(['a']);
    expect(ids(matchCandidates(CANDIDATES, 'REUTERS.com amassing'))).toEqual(['a']);
    expect(ids(matchCandidates(CANDIDATES, 'troops zebra'))).toEqual([]);
  });

  it('folds accents both ways', () => {
    expect(ids(matchCandidates(CANDIDATES, 'dementi'))).toEqual(['b']);
    expect(ids(matchCandidates(CANDIDATES, 'DÉMENT'))).toEqual(['b']);
  });
});

describe('link labels', () => {
  it('read from each end of the link', () => {
    expect(linkLabel('same-claim', 'out')).toBe(linkLabel('same-claim', 'in'));
    expect([linkLabel('supports', 'out'), linkLabel('supports', 'in')]).toEqual(['Supports', 'Supported by']);
    expect([linkLabel('contradicts', 'out'), linkLabel('contradicts', 'in')]).toEqual([
      'Contradicts',
      'Contradicted by',
    ]);
    expect([linkLabel('derived-from', 'out'), linkLabel('derived-from', 'in')]).toEqual(['Derived from', 'Source of']);
  });

  it('shorten a long quote at a word, and leave a short one whole', () => {
    expect(shortQuote('Short  quote\nhere')).toBe('Short quote here');
    const long = 'Western officials estimate that more than 100,000 Russian troops are now massed near the border';
    const cut = shortQuote(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toBe('Western officials estimate that more…');
  });
});
