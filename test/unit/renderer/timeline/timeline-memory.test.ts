// The timeline's remembered grouping, zoom and middle day: written and read back per library, and a missing or
// damaged value gives the defaults (not grouped, zoomed to fit).
import { describe, expect, it } from 'vitest';
import { ZOOM_LEVELS } from '../../../../src-shared/analysis/timeline-scale';
import {
  FORGOTTEN,
  readTimelineMemory,
  writeTimelineMemory,
  zoomLevelOf,
} from '../../../../src-renderer/src/features/timeline/timeline-memory';
import { memoryStorage, refusingStorage } from '../ui/test-storage';

describe('timeline memory', () => {
  it('reads back what was written, each library under its own key', () => {
    const storage = memoryStorage();
    writeTimelineMemory('lib-a', { grouping: 'tag', pxPerDay: 6, middle: 19_040.5 }, storage);
    writeTimelineMemory('lib-b', { grouping: 'story', pxPerDay: null, middle: null }, storage);
    expect(readTimelineMemory('lib-a', storage)).toEqual({ grouping: 'tag', pxPerDay: 6, middle: 19_040.5 });
    expect(readTimelineMemory('lib-b', storage)).toEqual({ grouping: 'story', pxPerDay: null, middle: null });
    expect(readTimelineMemory('lib-c', storage)).toEqual(FORGOTTEN);
    expect([...storage.items.keys()]).toEqual(['dossier.timeline.lib-a', 'dossier.timeline.lib-b']);
  });

  it('gives the defaults for a damaged or strange value, keeping what of it is sound', () => {
    const storage = memoryStorage();
    for (const raw of ['{', 'null', '"wide"', '[]', '{"grouping":"colour","pxPerDay":-1,"middle":"today"}']) {
      storage.items.set('dossier.timeline.lib', raw);
      expect(readTimelineMemory('lib', storage)).toEqual(FORGOTTEN);
    }
    storage.items.set('dossier.timeline.lib', '{"grouping":"tag","pxPerDay":1e99,"middle":12}');
    expect(readTimelineMemory('lib', storage)).toEqual({ grouping: 'tag', pxPerDay: null, middle: 12 });
  });

  it('survives storage that refuses, and finds the zoom level closest to a remembered zoom', () => {
    expect(() => writeTimelineMemory('lib', FORGOTTEN, refusingStorage)).not.toThrow();
    expect(readTimelineMemory('lib', refusingStorage)).toEqual(FORGOTTEN);
    expect(ZOOM_LEVELS[zoomLevelOf(48)]).toBe(48);
    expect(ZOOM_LEVELS[zoomLevelOf(50)]).toBe(48);
    expect(zoomLevelOf(1e6)).toBe(ZOOM_LEVELS.length - 1);
    expect(zoomLevelOf(0.001)).toBe(0);
  });
});
