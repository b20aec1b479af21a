// New briefs are named after the day they were begun, numbered when the name is taken.
import { describe, expect, it } from 'vitest';
import { newBriefTitle } from '../../../../src-shared/briefs/brief-name';

const DAY = new Date(2026, 10, 30, 9, 15);

describe('newBriefTitle', () => {
  it('names a brief after the local day it was begun', () => {
    expect(newBriefTitle([], DAY)).toBe('Brief 30 Nov 2026');
    expect(newBriefTitle([], new Date(2027, 0, 1, 0, 5))).toBe('Brief 1 Jan 2027');
  });

  it('numbers it when the name is taken, filling the first gap', () => {
    expect(newBriefTitle(['Brief 30 Nov 2026'], DAY)).toBe('Brief 30 Nov 2026 (2)');
    expect(newBriefTitle(['Brief 30 Nov 2026', 'Brief 30 Nov 2026 (2)', ' Brief 30 Nov 2026 (3) '], DAY)).toBe(
      'Brief 30 Nov 2026 (4)',
    );
    expect(newBriefTitle(['Brief 30 Nov 2026 (2)'], DAY)).toBe('Brief 30 Nov 2026');
    expect(newBriefTitle(['Troop build-up', 'Brief 29 Nov 2026'], DAY)).toBe('Brief 30 Nov 2026');
  });
});
