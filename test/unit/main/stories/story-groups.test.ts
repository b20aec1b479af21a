// Stories among articles held in memory (as `npm run scan` finds them): copies joined through a copy of
// both, the earliest dated first publisher, ties to the first added, and articles without copies left out.
import { describe, expect, it } from 'vitest';
import { storySignature } from '../../../../src-main/stories/signature';
import { StoryGroups } from '../../../../src-main/stories/story-groups';
import { republished, story, trimmed } from './story-text';

const signature = (paragraphs: readonly string[]): ReturnType<typeof storySignature> => storySignature('', paragraphs);

describe('StoryGroups', () => {
  it('finds each story, its origin, and leaves the rest out', () => {
    const text = story(180);
    const groups = new StoryGroups();
    groups.add('copy', '2024-03-03', signature(republished(text, 2, 'ROME')));
    groups.add('undated', null, signature(trimmed(text, 7)));
    groups.add('origin', '2024-03-01', signature(text));
    groups.add('alone', '2024-03-01', signature(story(20)));
    groups.add('twin-a', null, signature(story(40)));
    groups.add('twin-b', null, signature(story(40)));
    const places = groups.places();
    expect(places.get('copy')).toEqual({ cluster: 'copy', origin: false });
    expect(places.get('undated')).toEqual({ cluster: 'copy', origin: false });
    expect(places.get('origin')).toEqual({ cluster: 'copy', origin: true });
    expect(places.has('alone')).toBe(false);
    // Neither dated: the first added is the origin.
    expect(places.get('twin-a')).toEqual({ cluster: 'twin-a', origin: true });
    expect(places.get('twin-b')).toEqual({ cluster: 'twin-a', origin: false });
  });
});
