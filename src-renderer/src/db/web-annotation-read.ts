// Reads Web Annotation items back into highlights and article notes, one item at a time: an item that is
// malformed, oversized or points nowhere is refused with its reason, and the others are still read. A bad
// event date is refused alone: its highlight is read without it (a bad end of a span: read as its first day).
import { z } from 'zod';
import { ArticleIdSchema } from '../../../src-shared/article-id';
import { isCredibility } from '../../../src-shared/sources/grades';
import { COLOR_KEYS, UNCLAIMED, type ArticleAnnotation, type ColorKey, type Highlight } from './schema';
import { normaliseTags } from './tags';
import { ANNOTATION_FIELDS, HIGHLIGHT_FIELDS } from './web-annotation';
import * as L from './work-limits';
import {
  firstProblem,
  isoDay,
  readExtras,
  readIsoTime,
  recordId,
  text,
  type Extras,
  type ExtraValue,
} from './work-records';

/**
 * The library the record was filed under where it was made (it travels under dossier:extra); UNCLAIMED when
 * the file does not say (an older export), so the importing side files it.
 */
const libraryOf = (extras: Extras): string => {
  const id: unknown = extras.libraryId;
  return typeof id === 'string' && id.length <= L.MAX_LIBRARY_ID ? id : UNCLAIMED;
};

/** A record of the file that is not imported, and why. */
export interface Refusal {
  readonly what: string;
  readonly reason: string;
}

const BodySchema = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['classifying', 'commenting', 'tagging']),
  value: z.string(),
});
const QuoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'is empty').max(L.MAX_QUOTE, `is longer than ${L.MAX_QUOTE} characters`),
  prefix: text(L.MAX_CONTEXT),
  suffix: text(L.MAX_CONTEXT),
});
const PositionSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.int().min(0, 'is negative'),
    end: z.int().max(L.MAX_POSITION, 'is past the end of any article'),
  })
  .refine((p) => p.end > p.start, 'ends before it starts')
  .refine((p) => p.end - p.start <= L.MAX_QUOTE, `spans more than ${L.MAX_QUOTE} characters`);
const ItemSchema = z.object({
  id: z.string().min(1, 'is empty').max(20_000, 'is too long'),
  type: z.literal('Annotation'),
  motivation: z.enum(['highlighting', 'commenting']),
  created: z.string().max(64).optional(),
  modified: z.string().max(64),
  body: z.array(z.unknown()).max(L.MAX_TAGS + 10, 'has too many bodies'),
  target: z.object({
    source: ArticleIdSchema,
    'dossier:hash': text(L.MAX_HASH),
    'dossier:title': text(L.MAX_TITLE),
    selector: z.array(z.unknown()).max(20, 'has too many selectors').optional(),
  }),
  'dossier:extra': z.unknown().optional(),
});

type Item = z.infer<typeof ItemSchema>;

export interface ReadAnnotations {
  readonly highlights: Highlight[];
  readonly annotations: ArticleAnnotation[];
  readonly refused: Refusal[];
}

const shortId = (raw: unknown): string => {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : '';
  if (!id) return 'an annotation without an id';
  return id.length > 80 ? `${id.slice(0, 79)}…` : id;
};

/** The selector of this type, checked; undefined when there is none. */
function selector<S extends z.ZodType>(item: Item, type: string, schema: S): z.infer<S> | undefined | string {
  const found = item.target.selector?.find(
    (s) => typeof s === 'object' && s !== null && 'type' in s && s.type === type,
  );
  if (found === undefined) return undefined;
  const parsed = schema.safeParse(found);
  return parsed.success ? parsed.data : `its ${type} ${firstProblem(parsed.error)}`;
}

/**
 * A highlight (with the reason a part of it was left out, if one was) or article note from one item, or the
 * reason it cannot be one.
 */
type ReadItem =
  { readonly highlight: Highlight; readonly leftOut?: string } | { readonly annotation: ArticleAnnotation } | string;

/** The event date (and a span's last day) as the highlight keeps them, with why a part was left out. */
interface EventDates {
  readonly dates: { eventDate?: string; eventDateEnd?: string };
  readonly leftOut?: string;
}

const shown = (value: ExtraValue): string => `“${String(value).slice(0, 40)}”`;

/**
 * The event date and its span's end from dossier:extra (absent or null: not dated, one day). A date that is not
 * a day leaves the highlight undated; an end that is not a day, or before the date, leaves it one day; an end
 * on the date is that one day. An end without a date (a damaged file) is left out with it.
 */
function eventDatesOf(date: ExtraValue | undefined, end: ExtraValue | undefined): EventDates {
  const hasEnd = end !== undefined && end !== null;
  if (date === undefined || date === null) {
    if (!hasEnd) return { dates: {} };
    return {
      dates: {},
      leftOut: `its event end date ${shown(end)} has no event date, so the highlight is imported undated`,
    };
  }
  const first = isoDay.safeParse(date);
  if (!first.success) {
    return {
      dates: {},
      leftOut: `its event date ${shown(date)} is not a date as yyyy-mm-dd, so the highlight is imported undated`,
    };
  }
  const eventDate = first.data;
  if (!hasEnd) return { dates: { eventDate } };
  const last = isoDay.safeParse(end);
  if (!last.success) {
    const why = `its event end date ${shown(end)} is not a date as yyyy-mm-dd, so the event is imported as one day`;
    return { dates: { eventDate }, leftOut: why };
  }
  if (last.data < eventDate) {
    const why = `its event end date ${shown(end)} is before its event date, so the event is imported as one day`;
    return { dates: { eventDate }, leftOut: why };
  }
  return { dates: last.data === eventDate ? { eventDate } : { eventDate, eventDateEnd: last.data } };
}

function readItem(item: Item, now: number): ReadItem {
  const bodies = item.body.flatMap((b) => {
    const body = BodySchema.safeParse(b);
    return body.success ? [body.data] : []; // bodies of other kinds (images, links) are not Dossier's
  });
  const note = bodies.find((b) => b.purpose === 'commenting')?.value ?? '';
  if (note.length > L.MAX_NOTE) return `its note is longer than ${L.MAX_NOTE} characters`;
  const rawTags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  if (rawTags.length > L.MAX_TAGS) return `it has more than ${L.MAX_TAGS} tags`;
  if (rawTags.some((t) => t.length > L.MAX_TAG)) return `a tag is longer than ${L.MAX_TAG} characters`;
  const tags = normaliseTags(rawTags);
  const modified = readIsoTime(item.modified, now);
  const { target } = item;
  const known = item.motivation === 'commenting' && !target.selector ? ANNOTATION_FIELDS : HIGHLIGHT_FIELDS;
  const read = readExtras(item['dossier:extra'], known);
  if ('problem' in read) return read.problem;
  const extras: Extras = read.extras;
  const where = {
    libraryId: libraryOf(extras),
    articleId: target.source,
    articleHash: target['dossier:hash'],
    articleTitle: target['dossier:title'],
  };
  if (known === ANNOTATION_FIELDS) return { annotation: { ...extras, ...where, note, tags, updatedAt: modified } };

  const quote = selector(item, 'TextQuoteSelector', QuoteSchema);
  if (quote === undefined) return 'it has no quote to anchor';
  if (typeof quote === 'string') return quote;
  const position = selector(item, 'TextPositionSelector', PositionSchema);
  if (typeof position === 'string') return position;
  const id = recordId.safeParse(item.id.replace(/^urn:uuid:/, ''));
  if (!id.success) return `its id ${firstProblem(id.error)}`;
  // The credibility travels under dossier:extra (so a version before grades carries it along); it must be 1–6.
  const { credibility, eventDate, eventDateEnd, ...others } = read.extras;
  if (credibility !== undefined && credibility !== null && !isCredibility(credibility)) {
    return `its credibility ${String(credibility).slice(0, 20)} is not one of 1–6`;
  }
  // So does the event date (ISO yyyy-mm-dd) and a span's last day; a bad one is left out, not the highlight.
  const dated = eventDatesOf(eventDate, eventDateEnd);
  const color = bodies.find((b) => b.purpose === 'classifying')?.value;
  const highlight: Highlight = {
    ...others,
    ...(isCredibility(credibility) ? { credibility } : {}),
    ...dated.dates,
    id: id.data,
    ...where,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: position ? { start: position.start, end: position.end } : { start: 0, end: 0 },
    color: COLOR_KEYS.includes(color as ColorKey) ? (color as ColorKey) : 'yellow',
    note,
    tags,
    createdAt: readIsoTime(item.created, now) || modified,
    updatedAt: modified,
  };
  return dated.leftOut === undefined ? { highlight } : { highlight, leftOut: dated.leftOut };
}

export function fromAnnotationItems(items: readonly unknown[], now: number): ReadAnnotations {
  const out: ReadAnnotations = { highlights: [], annotations: [], refused: [] };
  for (const raw of items) {
    const parsed = ItemSchema.safeParse(raw);
    const read = parsed.success ? readItem(parsed.data, now) : firstProblem(parsed.error);
    if (typeof read === 'string') out.refused.push({ what: shortId(raw), reason: read });
    else if ('highlight' in read) {
      out.highlights.push(read.highlight);
      if (read.leftOut) out.refused.push({ what: shortId(raw), reason: read.leftOut });
    } else out.annotations.push(read.annotation);
  }
  return out;
}
