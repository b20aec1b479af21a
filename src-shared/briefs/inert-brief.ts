// A brief with every bidirectional control character taken out of its text before a format writes it, so a
// quote, title, note or tag from outside (an article, an imported brief) cannot reorder what a reader sees.
import type { BriefDocument } from '../../src-preload/contract';
import { stripBidiControls } from '../text-safety';

function stripped<T>(value: T): T {
  if (typeof value === 'string') return stripBidiControls(value) as T;
  if (Array.isArray(value)) return value.map(stripped) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripped(inner)])) as T;
  }
  return value;
}

export function inertBrief(document: BriefDocument): BriefDocument {
  return stripped(document);
}
