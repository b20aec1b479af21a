// A chrono-node parser for a part of a week ("late next week", "early this week", "mid-last week"): chrono alone
// reads "late next week" as "next week", seven days on. The rule, in calendar weeks that start on Monday:
// early = Monday–Tuesday, mid = Tuesday–Thursday, late = Thursday–Friday, the end of = Friday (working days:
// what a report plans "late next week" happens before the weekend).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { dayNumber, isoDate, mondayOf } from './timeline-dates';

/** Days after Monday each part covers, first and last. */
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 1],
  mid: [1, 3],
  late: [3, 4],
  end: [4, 4],
};

const PART_WORDS: Readonly<Record<string, string>> = {
  early: 'early',
  'early in': 'early',
  'the start of': 'early',
  'the beginning of': 'early',
  mid: 'mid',
  middle: 'mid',
  'the middle of': 'mid',
  late: 'late',
  later: 'late',
  'late in': 'late',
  'the end of': 'end',
  'end of': 'end',
};

/** Weeks from the reference's week. */
const WHICH: Readonly<Record<string, number>> = {
  next: 1,
  coming: 1,
  following: 1,
  this: 0,
  last: -1,
  previous: -1,
  past: -1,
};

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(PART_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|')})[\\s-]+(?:the\\s+)?(${Object.keys(WHICH).join('|')})\\s+week(?![\\p{L}\\p{N}])`,
  'iu',
);

const components = (day: number): { year: number; month: number; day: number } => {
  const date = new Date(day * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

export const partOfWeekParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const part = PART_WORDS[(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    const offset = WHICH[(match[2] ?? '').toLowerCase()];
    if (part === undefined || offset === undefined || match.index === undefined) return null;
    const ref = context.reference.instant;
    const refDay = dayNumber(isoDate(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()));
    const monday = mondayOf(refDay) + 7 * offset;
    const [first, last] = PARTS[part] ?? [0, 0];
    const start = { ...components(monday + first), hour: 12 };
    return first === last
      ? context.createParsingResult(match.index, match[0], start)
      : context.createParsingResult(match.index, match[0], start, { ...components(monday + last), hour: 12 });
  },
};
