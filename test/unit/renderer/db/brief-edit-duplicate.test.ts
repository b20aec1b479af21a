// Duplicating a brief (new ids everywhere, the same evidence), and that no edit changes its input.
import { describe, expect, it } from 'vitest';
import {
  addItems,
  duplicateBrief,
  moveItem,
  moveSection,
  nudgeItem,
  removeItem,
  removeSection,
  updateItem,
  updateSection,
} from '../../../../src-renderer/src/db/brief-edit';
import type { Brief } from '../../../../src-renderer/src/db/schema';
import { allIds, sampleBrief, UUID, withoutId } from './brief-edit-fixture';

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
  // The input is deeply frozen, so an edit that wrote to it would throw here.
  it('no edit changes its (frozen) input', () => {
    const brief = sampleBrief();
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
    for (const edited of edits) expect(edited).not.toBe(brief);
  });
});
