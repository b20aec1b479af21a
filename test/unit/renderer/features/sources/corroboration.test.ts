// Independent corroboration: copies of one story, one outlet's articles and derived reports count once; the
// claim's own source is one of the independent sources; contradictions are counted apart.
import { describe, expect, it } from 'vitest';
import {
  corroborate,
  outletKey,
  type ArticleSource,
  type ClaimLink,
} from '../../../../../src-renderer/src/features/sources/corroboration';

/** A library: highlight -> article, article -> outlet and story. */
interface World {
  readonly highlights: Record<string, string>;
  readonly articles: Record<string, ArticleSource>;
}

/** Reuters' story, republished by the Guardian (one cluster); the AP's own report; two unrelated pieces. */
const WORLD: World = {
  highlights: {
    origin: 'reuters/story.txt',
    republished: 'guardian/story-copy.txt',
    ap: 'ap/own-report.txt',
    bbc: 'bbc/report.txt',
    reutersOther: 'reuters/other-story.txt',
    secondInOrigin: 'reuters/story.txt',
    tass: 'tass/denial.txt',
    ria: 'ria/denial-copy.txt',
    blog: 'blog/post.txt',
  },
  articles: {
    'reuters/story.txt': { outlet: 'reuters.com', storyId: 'story-1' },
    'guardian/story-copy.txt': { outlet: 'theguardian.com', storyId: 'story-1' },
    'ap/own-report.txt': { outlet: 'apnews.com', storyId: null },
    'bbc/report.txt': { outlet: 'bbc.co.uk', storyId: null },
    'reuters/other-story.txt': { outlet: 'www.Reuters.com', storyId: null },
    'tass/denial.txt': { outlet: 'tass.ru', storyId: 'story-2' },
    'ria/denial-copy.txt': { outlet: 'ria.ru', storyId: 'story-2' },
    'blog/post.txt': { outlet: null, storyId: null },
  },
};

const link = (from: string, type: ClaimLink['type'], to: string): ClaimLink => ({ from, to, type });

function count(claimId: string, links: readonly ClaimLink[], world: World = WORLD) {
  return corroborate({
    claimId,
    links,
    articleOf: new Map(Object.entries(world.highlights)),
    articles: new Map(Object.entries(world.articles)),
  });
}

describe('corroborate', () => {
  it('a claim nobody else says is one source, one copy: neither single origin nor confirmable', () => {
    const result = count('origin', []);
    expect(result.support).toEqual({ independent: 1, copies: 1, highlightIds: ['origin'] });
    expect(result.contradiction).toEqual({ independent: 0, copies: 0, highlightIds: [] });
    expect(result.singleOrigin).toBe(false);
    expect(result.confirmable).toBe(false);
  });

  it('an origin and its republication as the same claim: 1 independent source, 2 copies, single origin', () => {
    const links = [link('republished', 'same-claim', 'origin')];
    for (const claim of ['origin', 'republished']) {
      const result = count(claim, links);
      expect(result.support).toEqual({ independent: 1, copies: 2, highlightIds: ['origin', 'republished'] });
      expect(result.singleOrigin).toBe(true);
      expect(result.confirmable).toBe(false);
    }
  });

  it('an unrelated outlet supporting it makes 2 independent sources (3 copies), confirmable', () => {
    const links = [link('republished', 'same-claim', 'origin'), link('ap', 'supports', 'origin')];
    const result = count('origin', links);
    expect(result.support).toEqual({ independent: 2, copies: 3, highlightIds: ['ap', 'origin', 'republished'] });
    expect(result.singleOrigin).toBe(false);
    expect(result.confirmable).toBe(true);
    // The republication states the same claim, so it reads the same count.
    expect(count('republished', links).support.independent).toBe(2);
  });

  it('support counts only when it points at the claim (or one stating the same claim)', () => {
    // The claim supporting another says nothing about who confirms the claim.
    expect(count('origin', [link('origin', 'supports', 'ap')]).support.copies).toBe(1);
    // Support for a highlight of the same claim is support for the claim.
    const viaFellow = count('origin', [link('origin', 'same-claim', 'bbc'), link('ap', 'supports', 'bbc')]);
    expect(viaFellow.support).toMatchObject({ independent: 3, copies: 3 });
    // What states the same claim as a supporter supports it too.
    const supporterFellow = count('origin', [link('ap', 'supports', 'origin'), link('bbc', 'same-claim', 'ap')]);
    expect(supporterFellow.support.highlightIds).toEqual(['ap', 'bbc', 'origin']);
  });

  it('same claim is followed any number of steps, either way, and cycles end', () => {
    const links = [
      link('origin', 'same-claim', 'ap'),
      link('bbc', 'same-claim', 'ap'),
      link('bbc', 'same-claim', 'origin'),
      link('ap', 'same-claim', 'bbc'),
    ];
    expect(count('bbc', links).support).toEqual({ independent: 3, copies: 3, highlightIds: ['ap', 'bbc', 'origin'] });
  });

  it('one outlet counts once, whatever the case or a leading www.', () => {
    const result = count('origin', [link('reutersOther', 'same-claim', 'origin')]);
    expect(result.support).toMatchObject({ independent: 1, copies: 2 });
    expect(result.singleOrigin).toBe(true);
    expect(outletKey(' www.Reuters.COM ')).toBe('reuters.com');
    expect(outletKey('')).toBeNull();
    expect(outletKey(null)).toBeNull();
  });

  it('a story cluster counts once even when its copies come from many outlets', () => {
    const result = count('origin', [
      link('republished', 'same-claim', 'origin'),
      link('reutersOther', 'supports', 'origin'),
    ]);
    // Reuters' two articles are one outlet; the Guardian's copy is Reuters' story: all one origin.
    expect(result.support).toMatchObject({ independent: 1, copies: 3 });
  });

  it('two passages of one article are one copy', () => {
    const result = count('origin', [link('secondInOrigin', 'same-claim', 'origin')]);
    expect(result.support).toMatchObject({ independent: 1, copies: 1 });
    expect(result.singleOrigin).toBe(false);
  });

  it('a report derived from another is not independent, and says what its origin says', () => {
    // Derived-from alone (no same-claim link) makes the BBC a copy of the AP's report.
    const result = count('ap', [link('bbc', 'derived-from', 'ap')]);
    expect(result.support).toEqual({ independent: 1, copies: 2, highlightIds: ['ap', 'bbc'] });
    expect(result.singleOrigin).toBe(true);
    // A chain of derivations folds into its first source.
    const chain = count('blog', [link('blog', 'derived-from', 'bbc'), link('bbc', 'derived-from', 'ap')]);
    expect(chain.support).toMatchObject({ independent: 1, copies: 3 });
    // Beside an independent report, a derived one adds a copy and no independence.
    const mixed = count('origin', [
      link('ap', 'supports', 'origin'),
      link('bbc', 'same-claim', 'origin'),
      link('bbc', 'derived-from', 'ap'),
    ]);
    expect(mixed.support).toMatchObject({ independent: 2, copies: 3 });
  });

  it('a derivation between other passages of the same articles does not fold this claim’s sources', () => {
    const world: World = {
      highlights: { ...WORLD.highlights, apOther: 'ap/own-report.txt', bbcOther: 'bbc/report.txt' },
      articles: WORLD.articles,
    };
    const links = [link('ap', 'same-claim', 'bbc'), link('bbcOther', 'derived-from', 'apOther')];
    expect(count('ap', links, world).support).toMatchObject({ independent: 2, copies: 2 });
  });

  it('an article without an outlet or story counts as its own source; so does one not known at all', () => {
    const unknown: World = { highlights: { ...WORLD.highlights, lost: 'gone/file.txt' }, articles: WORLD.articles };
    const result = count('blog', [link('origin', 'same-claim', 'blog'), link('lost', 'supports', 'blog')], unknown);
    expect(result.support).toMatchObject({ independent: 3, copies: 3 });
  });

  it('contradictions are counted apart, either way round, with their copies folded', () => {
    const links = [
      link('republished', 'same-claim', 'origin'),
      link('tass', 'contradicts', 'origin'),
      link('republished', 'contradicts', 'ria'),
      link('blog', 'same-claim', 'tass'),
    ];
    const result = count('origin', links);
    expect(result.support).toMatchObject({ independent: 1, copies: 2 });
    // TASS and RIA carry one story (one origin); the blog repeats TASS on its own.
    expect(result.contradiction).toEqual({ independent: 2, copies: 3, highlightIds: ['blog', 'ria', 'tass'] });
    // From the denial's side, the claim is the contradiction.
    expect(count('tass', links).contradiction).toMatchObject({ independent: 1, copies: 2 });
  });

  it('a highlight both saying and contradicting the claim is counted as saying it', () => {
    const result = count('origin', [link('ap', 'same-claim', 'origin'), link('ap', 'contradicts', 'origin')]);
    expect(result.support.highlightIds).toEqual(['ap', 'origin']);
    expect(result.contradiction.copies).toBe(0);
  });

  it('links to deleted highlights and links to itself are left out', () => {
    const links = [link('origin', 'same-claim', 'deleted'), link('origin', 'supports', 'origin')];
    expect(count('origin', links).support).toEqual({ independent: 1, copies: 1, highlightIds: ['origin'] });
    const gone = count('deleted', links);
    expect(gone.support).toEqual({ independent: 0, copies: 0, highlightIds: [] });
    expect(gone.singleOrigin).toBe(false);
  });

  it('a long chain of same-claim links is counted in one pass', () => {
    const size = 5000;
    const world: World = {
      highlights: Object.fromEntries(Array.from({ length: size }, (_, i) => [`h${i}`, `a${i % 50}.txt`])),
      articles: Object.fromEntries(
        Array.from({ length: 50 }, (_, i) => [`a${i}.txt`, { outlet: `outlet${i % 10}.com`, storyId: null }]),
      ),
    };
    const links = Array.from({ length: size - 1 }, (_, i) => link(`h${i}`, 'same-claim', `h${i + 1}`));
    const result = count('h0', links, world);
    expect(result.support).toMatchObject({ independent: 10, copies: 50 });
  });
});
