// Putting a removed section back where it was (Undo), into the brief as it is now: at its old place, or last
// when the brief has fewer sections by then; never twice.
import type { Brief, BriefSectionRecord } from '../../db/schema';

export function insertSection(brief: Brief, section: BriefSectionRecord, index: number): Brief {
  if (brief.sections.some((s) => s.id === section.id)) return brief;
  const sections = [...brief.sections];
  sections.splice(Math.max(0, Math.min(index, sections.length)), 0, section);
  return { ...brief, sections };
}
