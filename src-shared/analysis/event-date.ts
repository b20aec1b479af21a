// When what a highlighted passage reports happened, suggested from its words ("late next week", "on Friday",
// "February 18") read by chrono-node relative to the article's date. The analyst accepts or sets it by hand.
import * as chrono from 'chrono-node';
import { partOfWeekParser } from './event-date-weeks';
import { isoDate, isIsoDate } from './timeline-dates';

/** A date the passage names: a day, or a span of days (`end`) such as "late next week" or "17 to 18 February". */
export interface EventDateSuggestion {
  /** ISO yyyy-mm-dd (the span's first day). */
  readonly date: string;
  /** ISO yyyy-mm-dd, the span's last day; absent for a single day. */
  readonly end?: string;
  /** The words the date was read from, as they stand in the text. */
  readonly text: string;
}

export interface EventDateInput {
  /** The highlight's quote and the words around it (W3C TextQuoteSelector). */
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** The article's publication date, ISO yyyy-mm-dd: relative words count from it. Null: nothing to count from. */
  readonly reportDate: string | null;
  /** The article's language (BCP 47 primary tag); English, and chrono's other languages, are read. */
  readonly language?: string | null;
}

const english = chrono.casual.clone();
english.parsers.unshift(partOfWeekParser);

/** chrono's readers by language; English also knows the parts of a week. */
const READERS: Readonly<Record<string, chrono.Chrono>> = {
  en: english,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  ja: chrono.ja.casual,
  zh: chrono.zh.casual,
  vi: chrono.vi.casual,
  id: chrono.id.casual,
};

/** A result counts when it names a day, a weekday or a month; a bare time of day ("at 5pm") dates nothing. */
function namesADate(components: chrono.ParsedComponents): boolean {
  return components.isCertain('day') || components.isCertain('weekday') || components.isCertain('month');
}

const dayOf = (c: chrono.ParsedComponents): string =>
  isoDate(c.get('year') ?? 0, c.get('month') ?? 1, c.get('day') ?? 1);

/** A month named without a day ("in March 2021") spans the month. */
function monthSpan(c: chrono.ParsedComponents): { date: string; end: string } | null {
  if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) return null;
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { date: isoDate(year, month, 1), end: isoDate(year, month, last) };
}

function suggestionsIn(text: string, reader: chrono.Chrono, reference: Date): EventDateSuggestion[] {
  // Timezone 0 with the reference at noon UTC: the day the article names is the day read, in any zone.
  const results = reader.parse(text, { instant: reference, timezone: 0 });
  const found: EventDateSuggestion[] = [];
  for (const result of results) {
    if (!namesADate(result.start)) continue;
    const span = monthSpan(result.start);
    const date = span?.date ?? dayOf(result.start);
    const endDay = result.end ? (monthSpan(result.end)?.end ?? dayOf(result.end)) : span?.end;
    const end = endDay !== undefined && endDay > date ? endDay : undefined;
    const suggestion = end === undefined ? { date, text: result.text } : { date, end, text: result.text };
    if (!found.some((f) => f.date === suggestion.date && f.end === suggestion.end)) found.push(suggestion);
  }
  return found;
}

/** The sentence around the quote: the prefix from its last sentence end, the suffix to its first. */
function sentenceAround(input: EventDateInput): string {
  const prefix = (input.prefix ?? '').split(/(?<=[.!?。])\s+|\n/).pop() ?? '';
  const suffix = (input.suffix ?? '').split(/(?<=[.!?。])\s+|\n/)[0] ?? '';
  return `${prefix}${input.exact}${suffix}`;
}

/**
 * The dates the passage names, in the order it names them: first from the quote itself, else from the sentence
 * it stands in. None when the article has no date to count from and the words name none outright, or when
 * the words name no date.
 */
export function suggestEventDates(input: EventDateInput): EventDateSuggestion[] {
  if (input.reportDate === null || !isIsoDate(input.reportDate)) return [];
  const reader = READERS[(input.language ?? 'en').toLowerCase()] ?? english;
  const reference = new Date(`${input.reportDate}T12:00:00Z`);
  const inQuote = suggestionsIn(input.exact, reader, reference);
  if (inQuote.length > 0) return inQuote;
  const sentence = sentenceAround(input);
  return sentence === input.exact ? [] : suggestionsIn(sentence, reader, reference);
}
