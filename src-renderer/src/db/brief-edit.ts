// Pure edits of a brief: sections and evidence added, changed, removed and reordered. Each returns a
// new brief; the caller saves it.
import type { Brief, BriefItem, BriefSectionRecord } from './schema';

export const newId = (): string => crypto.randomUUID();

export function emptySection(heading = 'Findings'): BriefSectionRecord {
  return { id: newId(), heading, text: '', items: [] };
}

function moveWithin<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved as T);
  return next;
}

export function moveSection(brief: Brief, from: number, to: number): Brief {
  return { ...brief, sections: moveWithin(brief.sections, from, to) };
}

/** Moves an item to a position in the same or another section. */
export function moveItem(brief: Brief, itemId: string, toSectionId: string, toIndex: number): Brief {
  // A target that is gone (deleted while dragging) must not swallow the item.
  if (!brief.sections.some((s) => s.id === toSectionId)) return brief;
  let moving: BriefItem | undefined;
  const without = brief.sections.map((section) => {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index < 0) return section;
    moving = section.items[index];
    return { ...section, items: section.items.filter((i) => i.id !== itemId) };
  });
  if (!moving) return brief;
  const item = moving;
  return {
    ...brief,
    sections: without.map((section) => {
      if (section.id !== toSectionId) return section;
      const items = [...section.items];
      items.splice(Math.max(0, Math.min(toIndex, items.length)), 0, item);
      return { ...section, items };
    }),
  };
}

/** Where an item is: its section's index and its own index there. */
export function locateItem(brief: Brief, itemId: string): { section: number; index: number } | null {
  for (let s = 0; s < brief.sections.length; s++) {
    const index = brief.sections[s]?.items.findIndex((i) => i.id === itemId) ?? -1;
    if (index >= 0) return { section: s, index };
  }
  return null;
}

/** One step up or down; at a section's edge the item crosses into the neighbouring section. */
export function nudgeItem(brief: Brief, itemId: string, direction: -1 | 1): Brief {
  const at = locateItem(brief, itemId);
  if (!at) return brief;
  const section = brief.sections[at.section] as BriefSectionRecord;
  const target = at.index + direction;
  if (target >= 0 && target < section.items.length) return moveItem(brief, itemId, section.id, target);
  const neighbour = brief.sections[at.section + direction];
  if (!neighbour) return brief;
  return moveItem(brief, itemId, neighbour.id, direction === 1 ? 0 : neighbour.items.length);
}

export function updateSection(
  brief: Brief,
  sectionId: string,
  patch: Partial<Pick<BriefSectionRecord, 'heading' | 'text'>>,
): Brief {
  return { ...brief, sections: brief.sections.map((s) => (s.id === sectionId ? { ...s, ...patch } : s)) };
}

export function removeSection(brief: Brief, sectionId: string): Brief {
  return { ...brief, sections: brief.sections.filter((s) => s.id !== sectionId) };
}

export function updateItem(brief: Brief, itemId: string, patch: Partial<Pick<BriefItem, 'comment'>>): Brief {
  return {
    ...brief,
    sections: brief.sections.map((s) => ({
      ...s,
      items: s.items.map((i) => (i.id === itemId ? { ...i, ...patch } : i)),
    })),
  };
}

export function removeItem(brief: Brief, itemId: string): Brief {
  return { ...brief, sections: brief.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) })) };
}

/**
 * Adds items to a section (the last one, made if there is none, or if the given one is gone), skipping
 * highlights already in the brief and repeats among the items.
 */
export function addItems(brief: Brief, items: readonly Omit<BriefItem, 'id'>[], sectionId?: string): Brief {
  const sections = brief.sections.length > 0 ? brief.sections : [emptySection()];
  const targetId = sections.some((s) => s.id === sectionId) ? sectionId : (sections.at(-1) as BriefSectionRecord).id;
  const present = new Set(sections.flatMap((s) => s.items.map((i) => i.highlightId)));
  const fresh: BriefItem[] = [];
  for (const item of items) {
    if (present.has(item.highlightId)) continue;
    present.add(item.highlightId);
    fresh.push({ ...item, id: newId() });
  }
  return { ...brief, sections: sections.map((s) => (s.id === targetId ? { ...s, items: [...s.items, ...fresh] } : s)) };
}

/** A copy with new ids throughout, titled as a copy. */
export function duplicateBrief(brief: Brief, now: number): Brief {
  return {
    ...brief,
    id: newId(),
    title: `${brief.title} (copy)`,
    createdAt: now,
    updatedAt: now,
    sections: brief.sections.map((s) => ({ ...s, id: newId(), items: s.items.map((i) => ({ ...i, id: newId() })) })),
  };
}
