// Pure brief edits that reorder: sections and evidence moved by drag and drop, nudged across sections by
// keyboard, and found by id.
import { describe, expect, it } from 'vitest';
import { locateItem, moveItem, moveSection, nudgeItem } from '../../../../src-renderer/src/db/brief-edit';
import { layout, ORIGINAL_LAYOUT, sampleBrief } from './brief-edit-fixture';

describe('moveSection', () => {
  it('moves a section forward and backward', () => {
    expect(layout(moveSection(sampleBrief(), 0, 2)).map((l) => l[0])).toEqual(['B', 'C', 'A', 'D']);
    expect(layout(moveSection(sampleBrief(), 3, 1)).map((l) => l[0])).toEqual(['A', 'D', 'B', 'C']);
  });

  it('moves to the very start and the very end, clamping targets past either end', () => {
    expect(layout(moveSection(sampleBrief(), 2, 0)).map((l) => l[0])).toEqual(['C', 'A', 'B', 'D']);
    expect(layout(moveSection(sampleBrief(), 0, 3)).map((l) => l[0])).toEqual(['B', 'C', 'D', 'A']);
    expect(layout(moveSection(sampleBrief(), 0, 99)).map((l) => l[0])).toEqual(['B', 'C', 'D', 'A']);
    expect(layout(moveSection(sampleBrief(), 3, -5)).map((l) => l[0])).toEqual(['D', 'A', 'B', 'C']);
  });

  it('keeps the sections and their items whole', () => {
    const moved = moveSection(sampleBrief(), 0, 3);
    expect(moved.sections[3]).toEqual(sampleBrief().sections[0]);
    expect(layout(moved)).toEqual(['B: b1', 'C:', 'D: d1 d2', 'A: a1 a2 a3']);
  });

  it('leaves the order alone for a source index that does not exist (a drag from elsewhere)', () => {
    expect(layout(moveSection(sampleBrief(), -1, 0))).toEqual(ORIGINAL_LAYOUT);
    expect(layout(moveSection(sampleBrief(), 4, 0))).toEqual(ORIGINAL_LAYOUT);
    expect(layout(moveSection(sampleBrief(), 1, 1))).toEqual(ORIGINAL_LAYOUT);
  });
});

describe('moveItem', () => {
  it('reorders within a section, the index counting without the moved item', () => {
    expect(layout(moveItem(sampleBrief(), 'a1', 'A', 1))).toEqual(['A: a2 a1 a3', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(moveItem(sampleBrief(), 'a3', 'A', 0))).toEqual(['A: a3 a1 a2', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(moveItem(sampleBrief(), 'a1', 'A', 2))).toEqual(['A: a2 a3 a1', 'B: b1', 'C:', 'D: d1 d2']);
  });

  it('moves to either end of its own section, clamping an index past the end', () => {
    expect(layout(moveItem(sampleBrief(), 'a2', 'A', 0))).toEqual(['A: a2 a1 a3', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(moveItem(sampleBrief(), 'a2', 'A', 99))).toEqual(['A: a1 a3 a2', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(moveItem(sampleBrief(), 'a2', 'A', -3))).toEqual(['A: a2 a1 a3', 'B: b1', 'C:', 'D: d1 d2']);
  });

  it('moves across sections: to the start, the middle, the end, and into an empty section', () => {
    expect(layout(moveItem(sampleBrief(), 'a2', 'D', 0))).toEqual(['A: a1 a3', 'B: b1', 'C:', 'D: a2 d1 d2']);
    expect(layout(moveItem(sampleBrief(), 'a2', 'D', 1))).toEqual(['A: a1 a3', 'B: b1', 'C:', 'D: d1 a2 d2']);
    expect(layout(moveItem(sampleBrief(), 'a2', 'D', 2))).toEqual(['A: a1 a3', 'B: b1', 'C:', 'D: d1 d2 a2']);
    expect(layout(moveItem(sampleBrief(), 'd2', 'A', 99))).toEqual(['A: a1 a2 a3 d2', 'B: b1', 'C:', 'D: d1']);
    expect(layout(moveItem(sampleBrief(), 'b1', 'C', 0))).toEqual(['A: a1 a2 a3', 'B:', 'C: b1', 'D: d1 d2']);
  });

  it('carries the item unchanged', () => {
    const moved = moveItem(sampleBrief(), 'a2', 'D', 1);
    expect(moved.sections[3]?.items[1]).toEqual(sampleBrief().sections[0]?.items[1]);
  });

  it('returns the brief as it was for an unknown item', () => {
    const brief = sampleBrief();
    expect(moveItem(brief, 'nope', 'A', 0)).toBe(brief);
  });

  it('keeps the item where it was when the target section no longer exists', () => {
    const moved = moveItem(sampleBrief(), 'a2', 'gone', 0);
    expect(layout(moved)).toEqual(ORIGINAL_LAYOUT);
    expect(locateItem(moved, 'a2')).toEqual({ section: 0, index: 1 });
  });
});

describe('locateItem', () => {
  it('finds the section index and the index within it', () => {
    const brief = sampleBrief();
    expect(locateItem(brief, 'a1')).toEqual({ section: 0, index: 0 });
    expect(locateItem(brief, 'a3')).toEqual({ section: 0, index: 2 });
    expect(locateItem(brief, 'b1')).toEqual({ section: 1, index: 0 });
    expect(locateItem(brief, 'd2')).toEqual({ section: 3, index: 1 });
  });

  it('is null for an item that is not in the brief', () => {
    expect(locateItem(sampleBrief(), 'h-a1')).toBeNull();
    expect(locateItem({ ...sampleBrief(), sections: [] }, 'a1')).toBeNull();
  });
});

describe('nudgeItem', () => {
  it('steps up and down within a section', () => {
    expect(layout(nudgeItem(sampleBrief(), 'a2', -1))).toEqual(['A: a2 a1 a3', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(nudgeItem(sampleBrief(), 'a2', 1))).toEqual(['A: a1 a3 a2', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(nudgeItem(sampleBrief(), 'd1', 1))).toEqual(['A: a1 a2 a3', 'B: b1', 'C:', 'D: d2 d1']);
  });

  it('down from the last item of a section goes to the top of the next section', () => {
    expect(layout(nudgeItem(sampleBrief(), 'a3', 1))).toEqual(['A: a1 a2', 'B: a3 b1', 'C:', 'D: d1 d2']);
  });

  it('up from the first item of a section goes to the bottom of the previous section', () => {
    expect(layout(nudgeItem(sampleBrief(), 'b1', -1))).toEqual(['A: a1 a2 a3 b1', 'B:', 'C:', 'D: d1 d2']);
  });

  it('crosses into an empty neighbouring section, and from there on to the next one', () => {
    const intoEmpty = nudgeItem(sampleBrief(), 'b1', 1);
    expect(layout(intoEmpty)).toEqual(['A: a1 a2 a3', 'B:', 'C: b1', 'D: d1 d2']);
    expect(layout(nudgeItem(intoEmpty, 'b1', 1))).toEqual(['A: a1 a2 a3', 'B:', 'C:', 'D: b1 d1 d2']);
    expect(layout(nudgeItem(sampleBrief(), 'd1', -1))).toEqual(['A: a1 a2 a3', 'B: b1', 'C: d1', 'D: d2']);
  });

  it('does nothing at the very first item going up or the very last item going down', () => {
    const brief = sampleBrief();
    expect(nudgeItem(brief, 'a1', -1)).toBe(brief);
    expect(nudgeItem(brief, 'd2', 1)).toBe(brief);
  });

  it('does nothing for an unknown item', () => {
    const brief = sampleBrief();
    expect(nudgeItem(brief, 'nope', 1)).toBe(brief);
  });

  it('down then up is where it started', () => {
    for (const id of ['a1', 'a2', 'a3', 'b1', 'd1']) {
      expect(layout(nudgeItem(nudgeItem(sampleBrief(), id, 1), id, -1))).toEqual(ORIGINAL_LAYOUT);
    }
  });
});
