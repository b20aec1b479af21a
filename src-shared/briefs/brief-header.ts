// The header block a brief opens with (handling marking, author, organisation, date of analysis) in the
// words every format shares; PDF and Word also repeat the marking and the page number on every page.
import type { BriefHeader } from '../../src-preload/contract';
import { formatDate, oneLine } from './citations';

/** The marking as written on the page ("OFFICIAL-SENSITIVE"), one line; '' when there is none. */
export function markingOf(header: BriefHeader): string {
  return oneLine(header.marking);
}

/** `Jane Analyst · Northern Desk · Analysis of 30 Nov 2026`, leaving out what is blank; '' when all are. */
export function bylineOf(header: BriefHeader): string {
  const date = header.analysisDate === '' ? '' : `Analysis of ${formatDate(header.analysisDate)}`;
  return [oneLine(header.author), oneLine(header.organisation), date].filter((part) => part !== '').join(' · ');
}

/** The line under the title: when exported, and how many quotes from how many articles. */
export function exportedLine(exportedAt: string, quotes: number, articles: number): string {
  const q = `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`;
  const a = `${articles} ${articles === 1 ? 'article' : 'articles'}`;
  return `Exported ${formatDate(exportedAt)} · ${q} from ${a}`;
}
