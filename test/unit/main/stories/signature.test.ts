// Story signatures on real text: a story and its edited republications are copies, two different stories
// (even by one speaker, a year apart) are not, and a short text has no signature to tell by.
import { describe, expect, it } from 'vitest';
import { bandKeys } from '../../../../src-main/stories/bands';
import { compareSignatures, isCopy } from '../../../../src-main/stories/compare';
import { BANDS, SIGNATURE_SIZE } from '../../../../src-main/stories/parameters';
import { hasSignature, storySignature } from '../../../../src-main/stories/signature';
import { SEED_PARAGRAPHS, SEED_TITLE } from '../../../support/temp-library';
import { republished, story, trimmed } from './story-text';

const signature = (paragraphs: readonly string[]): ReturnType<typeof storySignature> =>
  storySignature('A headline', paragraphs);

describe('storySignature and isCopy', () => {
  const original = story(200);

  it('finds an edited republication a copy, with most of its text in common', () => {
    const copy = republished(original, 5, 'WASHINGTON (Wire)');
    const similarity = compareSignatures(signature(original), signature(copy));
    expect(similarity.jaccard).toBeGreaterThan(0.6);
    expect(similarity.containment).toBeGreaterThan(0.85);
    expect(isCopy(signature(original), signature(copy))).toBe(true);
  });

  it('finds a trimmed version a copy: the short text lies inside the long one', () => {
    const short = trimmed(original, 5);
    const similarity = compareSignatures(signature(original), signature(short));
    expect(similarity.containment).toBeGreaterThan(0.8);
    expect(similarity.jaccard).toBeLessThan(0.5);
    expect(isCopy(signature(short), signature(original))).toBe(true);
  });

  it('tells two different stories apart, even one speaker a year later', () => {
    for (const other of [story(201), story(100)]) {
      const similarity = compareSignatures(signature(original), signature(other));
      expect(similarity.jaccard).toBeLessThan(0.05);
      expect(isCopy(signature(original), signature(other))).toBe(false);
    }
  });

  it('ignores the headline, case and punctuation', () => {
    const shouted = original.map((paragraph) => paragraph.toUpperCase().replaceAll(',', ' ;'));
    const a = storySignature('One headline', original);
    const b = storySignature('Another headline altogether', shouted);
    expect(compareSignatures(a, b).jaccard).toBe(1);
    expect(storySignature(SEED_TITLE, SEED_PARAGRAPHS).mins).toEqual(storySignature('x', SEED_PARAGRAPHS).mins);
  });

  it('gives a text too short to tell no signature, and never calls it a copy', () => {
    const short = ['Markets rose on Monday after the central bank held rates, traders said.'];
    expect(hasSignature(signature(short))).toBe(false);
    expect(isCopy(signature(short), signature(short))).toBe(false);
    expect(bandKeys(signature(short))).toEqual([]);
  });

  it('reads CJK text character by character', () => {
    const chinese = [
      '北京时间周一，中国人民银行宣布维持贷款市场报价利率不变，市场人士认为这符合预期，并将继续关注经济数据。',
    ];
    const copy = [`新华社电 ${chinese[0] ?? ''}`];
    expect(hasSignature(signature(chinese))).toBe(true);
    expect(isCopy(signature(chinese), signature(copy))).toBe(true);
  });

  it('makes a full signature and one band key per band, the same for the same text', () => {
    const a = signature(original);
    expect(a.mins).toHaveLength(SIGNATURE_SIZE);
    expect(bandKeys(a)).toHaveLength(BANDS);
    expect(bandKeys(a)).toEqual(bandKeys(signature([...original])));
    expect(bandKeys(a).every(Number.isSafeInteger)).toBe(true);
  });
});
