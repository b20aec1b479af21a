// The content fingerprint of a library: a sample that stays put as files come and go, and a score that
// takes a moved library back but not a large archive that merely includes it.
import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  contentCount,
  MATCH_THRESHOLD,
  matchScore,
  sampleOf,
} from '../../../../../src-main/library/identity/fingerprint';

const hashes = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);

describe('sampleOf', () => {
  it('keeps the smallest distinct hashes, whatever order they come in', () => {
    expect(sampleOf(['d', 'b', 'a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
    expect(contentCount(['d', 'b', 'a', 'b'])).toBe(3);
  });

  it('is the same sample after files whose hashes sort later are added', () => {
    const before = sampleOf(hashes('a', 100), 10);
    expect(sampleOf([...hashes('b', 500), ...hashes('a', 100)], 10)).toEqual(before);
  });
});

describe('matchScore', () => {
  const known = { contents: 100, sample: hashes('a', 64) };

  it('is 1 for the same content, and stays above the threshold when some files were lost or added', () => {
    expect(matchScore(known, 64, 100)).toBe(1);
    // 80 of the 100 kept (so about 51 of the 64 sampled found), 20 new ones added.
    expect(matchScore(known, 51, 100)).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('is below the threshold for a folder that holds little of the library', () => {
    expect(matchScore(known, 10, 100)).toBeLessThan(MATCH_THRESHOLD);
    expect(matchScore(known, 0, 100)).toBe(0);
  });

  it('is below the threshold for a large archive that includes the whole library', () => {
    expect(matchScore(known, 64, 10_000)).toBeLessThan(MATCH_THRESHOLD);
  });

  it('is 0 for a library with no sample or a folder with no content', () => {
    expect(matchScore({ contents: 0, sample: [] }, 0, 10)).toBe(0);
    expect(matchScore(known, 0, 0)).toBe(0);
  });
});

describe('bestMatch', () => {
  it('takes the highest score at or above the threshold, else none', () => {
    expect(
      bestMatch([
        { library: 'x', score: 0.6 },
        { library: 'y', score: 0.9 },
        { library: 'z', score: 0.4 },
      ]),
    ).toBe('y');
    expect(bestMatch([{ library: 'z', score: 0.49 }])).toBeNull();
  });
});
