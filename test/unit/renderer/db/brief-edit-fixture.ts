// The brief the brief-edit tests edit (sections A, B, C empty, D), deeply frozen so that an edit that
// mutates its input throws, and the helpers that show a brief's layout and ids at a glance.
import type { Brief, BriefItem, BriefSectionRecord } from '../../../../src-renderer/src/db/schema';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

export function item(id: string, overrides: Partial<BriefItem> = {}): BriefItem {
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

export function section(id: string, itemIds: readonly string[]): BriefSectionRecord {
  return { id, heading: `Heading ${id}`, text: `Text ${id}`, items: itemIds.map((i) => item(i)) };
}

/** A, B, C (empty), D: the shapes that edges of the lists need. */
export function sampleBrief(): Brief {
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
export function layout(brief: Brief): string[] {
  return brief.sections.map((s) => `${s.id}: ${s.items.map((i) => i.id).join(' ')}`.trimEnd());
}

export const ORIGINAL_LAYOUT = ['A: a1 a2 a3', 'B: b1', 'C:', 'D: d1 d2'];

export function incoming(highlightId: string): Omit<BriefItem, 'id'> {
  return {
    highlightId,
    comment: '',
    quote: `quote of ${highlightId}`,
    articleId: 'local/harbour.txt',
    articleTitle: 'Harbour',
  };
}

export function withoutId({ id: _id, ...rest }: BriefItem): Omit<BriefItem, 'id'> {
  return rest;
}

/** Every id in a brief: its own, its sections' and their items'. */
export function allIds(brief: Brief): string[] {
  return [brief.id, ...brief.sections.flatMap((s) => [s.id, ...s.items.map((i) => i.id)])];
}
