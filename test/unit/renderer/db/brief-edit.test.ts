// Pure brief edits: reordering sections and evidence, nudging across sections, adding, changing, removing
// and duplicating; every input is deeply frozen, so an edit that mutates it throws.
import { describe, expect, it } from 'vitest';
import {
  addItems,
  duplicateBrief,
  emptySection,
  locateItem,
  moveItem,
  moveSection,
  nudgeItem,
  removeItem,
  removeSection,
  updateItem,
  updateSection,
} from '../../../../src-renderer/src/db/brief-edit';
import type { Brief, BriefItem, BriefSectionRecord } from '../../../../src-renderer/src/db/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function item(id: string, overrides: Partial<BriefItem> = {}): BriefItem {
  return {
    id,
    highlightId: `h-${id}`,
    comment: `comment ${id}`,
    quote: `quote ${id}`,
    articleId: 'world/blinken.txt',
    articleTitle: 'Blinken',
    ...overrides,
  };
}

function section(id: string, itemIds: readonly string[]): BriefSectionRecord {
  return { id, heading: `Heading ${id}`, text: `Text ${id}`, items: itemIds.map((i) => item(i)) };
}

/** A, B, C (empty), D: the shapes that edges of the lists need. */
function sampleBrief(): Brief {
  return deepFreeze({
    id: 'brief-1',
    title: 'Talks',
    summary: 'Summary',
    sections: [section('A', ['a1', 'a2', 'a3']), section('B', ['b1']), section('C', []), section('D', ['d1', 'd2'])],
    createdAt: 1_000,
    updatedAt: 2_000,
  });
}

/** The brief's layout as "section: items", to compare whole orders at a glance. */
function layout(brief: Brief): string[] {
  return brief.sections.map((s) => `${s.id}: ${s.items.map((i) => i.id).join(' ')}`.trimEnd());
}

const ORIGINAL_LAYOUT = ['A: a1 a2 a3', 'B: b1', 'C:', 'D: d1 d2'];

describe('emptySection', () => {
  it('has a fresh id, the heading given (Findings by default), no text and no items', () => {
    const a = emptySection();
    const b = emptySection('Context');
    expect(a).toEqual({ id: expect.stringMatching(UUID), heading: 'Findings', text: '', items: [] });
    expect(b.heading).toBe('Context');
    expect(a.id).not.toBe(b.id);
  });
});

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

function incoming(highlightId: string): Omit<BriefItem, 'id'> {
  return {
    highlightId,
    comment: '',
    quote: `quote of ${highlightId}`,
    articleId: 'local/harbour.txt',
    articleTitle: 'Harbour',
  };
}

function withoutId({ id: _id, ...rest }: BriefItem): Omit<BriefItem, 'id'> {
  return rest;
}

/** Every id in a brief: its own, its sections' and their items'. */
function allIds(brief: Brief): string[] {
  return [brief.id, ...brief.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)])];
}

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

describe('duplicateBrief', () => {
  const NOW = Date.UTC(2024, 2, 20, 8, 0, 0);

  it('copies title (marked as a copy), summary, sections and items with the given time', () => {
    const copy = duplicateBrief(sampleBrief(), NOW);
    expect(copy).toMatchObject({ title: 'Talks (copy)', summary: 'Summary', createdAt: NOW, updatedAt: NOW });
    expect(copy.sections.map((s) => ({ heading: s.heading, text: s.text }))).toEqual(
      sampleBrief().sections.map((s) => ({ heading: s.heading, text: s.text })),
    );
    expect(copy.sections.map((s) => s.items.map(withoutId))).toEqual(
      sampleBrief().sections.map((s) => s.items.map(withoutId)),
    );
  });

  it('gives the brief, every section and every item a new id, all distinct', () => {
    const original = sampleBrief();
    const copy = duplicateBrief(original, NOW);
    const fresh = allIds(copy);
    expect(fresh).toHaveLength(allIds(original).length);
    for (const id of fresh) expect(id).toMatch(UUID);
    expect(new Set(fresh).size).toBe(fresh.length);
    expect(fresh.filter((id) => allIds(original).includes(id))).toEqual([]);
  });

  it('keeps the highlight references, so the copy quotes the same evidence', () => {
    const copy = duplicateBrief(sampleBrief(), NOW);
    expect(copy.sections.flatMap((s) => s.items.map((i) => i.highlightId))).toEqual(
      sampleBrief().sections.flatMap((s) => s.items.map((i) => i.highlightId)),
    );
  });

  it('shares no section or item object with the original', () => {
    const original = sampleBrief();
    const copy = duplicateBrief(original, NOW);
    copy.sections.forEach((s, i) => {
      expect(s).not.toBe(original.sections[i]);
      expect(s.items).not.toBe(original.sections[i]?.items);
    });
  });
});

describe('immutability', () => {
  it('no edit changes its (frozen) input', () => {
    const brief = sampleBrief();
    const before = structuredClone(brief);
    const edits: Brief[] = [
      moveSection(brief, 0, 3),
      moveItem(brief, 'a1', 'D', 1),
      moveItem(brief, 'a1', 'A', 2),
      nudgeItem(brief, 'a3', 1),
      nudgeItem(brief, 'b1', -1),
      updateSection(brief, 'A', { heading: 'New' }),
      removeSection(brief, 'A'),
      updateItem(brief, 'a1', { comment: 'New' }),
      removeItem(brief, 'a1'),
      addItems(brief, [{ highlightId: 'x', comment: '', quote: 'q', articleId: 'a', articleTitle: 't' }], 'A'),
      duplicateBrief(brief, 5_000),
    ];
    expect(brief).toEqual(before);
    for (const edited of edits) expect(edited).not.toBe(brief);
  });
});
