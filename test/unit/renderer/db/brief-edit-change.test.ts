// Pure brief edits that add, change and remove: a new section, a section's or an item's fields, and
// evidence added from highlights without repeats.
import { describe, expect, it } from 'vitest';
import {
  addItems,
  emptySection,
  removeItem,
  removeSection,
  updateItem,
  updateSection,
} from '../../../../src-renderer/src/db/brief-edit';
import { deepFreeze, incoming, item, layout, ORIGINAL_LAYOUT, sampleBrief, UUID } from './brief-edit-fixture';

describe('emptySection', () => {
  it('has a fresh id, the heading given (Findings by default), no text and no items', () => {
    const a = emptySection();
    const b = emptySection('Context');
    expect(a).toEqual({ id: expect.stringMatching(UUID), heading: 'Findings', text: '', items: [] });
    expect(b.heading).toBe('Context');
    expect(a.id).not.toBe(b.id);
  });
});

describe('updateSection and removeSection', () => {
  it('updateSection changes only the given fields of the given section', () => {
    const updated = updateSection(sampleBrief(), 'B', { heading: 'Context' });
    expect(updated.sections[1]).toEqual({ ...sampleBrief().sections[1], heading: 'Context' });
    expect(updateSection(updated, 'B', { text: 'New text' }).sections[1]).toMatchObject({
      heading: 'Context',
      text: 'New text',
    });
    expect(updated.sections.filter((_, i) => i !== 1)).toEqual(sampleBrief().sections.filter((_, i) => i !== 1));
  });

  it('removeSection drops the section with its items and keeps the others in order', () => {
    expect(layout(removeSection(sampleBrief(), 'A'))).toEqual(['B: b1', 'C:', 'D: d1 d2']);
    expect(layout(removeSection(sampleBrief(), 'nope'))).toEqual(ORIGINAL_LAYOUT);
  });
});

describe('updateItem and removeItem', () => {
  it('updateItem changes the comment of that item only', () => {
    const updated = updateItem(sampleBrief(), 'd1', { comment: 'The condition is the story.' });
    expect(updated.sections[3]?.items[0]).toEqual({ ...item('d1'), comment: 'The condition is the story.' });
    expect(updated.sections[3]?.items[1]).toEqual(item('d2'));
    expect(updated.sections.slice(0, 3)).toEqual(sampleBrief().sections.slice(0, 3));
  });

  it('removeItem drops the item wherever it is', () => {
    expect(layout(removeItem(sampleBrief(), 'a2'))).toEqual(['A: a1 a3', 'B: b1', 'C:', 'D: d1 d2']);
    expect(layout(removeItem(sampleBrief(), 'b1'))).toEqual(['A: a1 a2 a3', 'B:', 'C:', 'D: d1 d2']);
    expect(layout(removeItem(sampleBrief(), 'nope'))).toEqual(ORIGINAL_LAYOUT);
  });
});

describe('addItems', () => {
  it('appends to the last section by default, each item with a new id', () => {
    const added = addItems(sampleBrief(), deepFreeze([incoming('x'), incoming('y')]));
    const last = added.sections[3]?.items ?? [];
    expect(last.map((i) => i.highlightId)).toEqual(['h-d1', 'h-d2', 'x', 'y']);
    expect(last[2]).toEqual({ ...incoming('x'), id: expect.stringMatching(UUID) });
    expect(last[2]?.id).not.toBe(last[3]?.id);
    expect(added.sections.slice(0, 3)).toEqual(sampleBrief().sections.slice(0, 3));
  });

  it('appends to the section given', () => {
    const added = addItems(sampleBrief(), [incoming('x')], 'C');
    expect(added.sections[2]?.items.map((i) => i.highlightId)).toEqual(['x']);
    expect(added.sections[3]).toEqual(sampleBrief().sections[3]);
  });

  it('skips highlights already anywhere in the brief, and repeats among the new items', () => {
    const added = addItems(sampleBrief(), [incoming('h-a1'), incoming('x'), incoming('h-d2'), incoming('x')], 'B');
    expect(added.sections[1]?.items.map((i) => i.highlightId)).toEqual(['h-b1', 'x']);
    expect(added.sections.flatMap((s) => s.items)).toHaveLength(7);
  });

  it('returns the sections unchanged when every highlight is already there', () => {
    expect(addItems(sampleBrief(), [incoming('h-a2'), incoming('h-b1')]).sections).toEqual(sampleBrief().sections);
  });

  it('makes a section when the brief has none', () => {
    const empty = deepFreeze({ ...sampleBrief(), sections: [] });
    const added = addItems(empty, [incoming('x')]);
    expect(added.sections).toHaveLength(1);
    expect(added.sections[0]).toMatchObject({ id: expect.stringMatching(UUID), heading: 'Findings', text: '' });
    expect(added.sections[0]?.items.map((i) => i.highlightId)).toEqual(['x']);
  });

  it('adds to the last section when the section given no longer exists, instead of losing the items', () => {
    const added = addItems(sampleBrief(), [incoming('x')], 'gone');
    expect(added.sections[3]?.items.map((i) => i.highlightId)).toEqual(['h-d1', 'h-d2', 'x']);
    const intoEmpty = addItems(deepFreeze({ ...sampleBrief(), sections: [] }), [incoming('x')], 'gone');
    expect(intoEmpty.sections[0]?.items.map((i) => i.highlightId)).toEqual(['x']);
  });
});
