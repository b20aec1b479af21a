// The annotations the page sends for the search index, checked one record at a time: a record main cannot
// take is left out with the reason, one over the limits is shortened and said so, an over-long id is
// replaced by a stable hash of it. One bad record never costs the others their place in search.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AnnotationDoc, AnnotationIndexReport, AnnotationIssue } from '../../src-preload/contract';
import { ArticleIdSchema } from '../../src-shared/article-id';

export const ANNOTATION_LIMITS = { id: 200, text: 200_000, tags: 200, tag: 200, colour: 20 } as const;

/** How many issues of each kind are listed (the totals count them all). */
export const MAX_LISTED_ISSUES = 200;

const RecordSchema = z.object({
  id: z.string().min(1),
  articleId: z.string(),
  kind: z.enum(['highlight', 'article']),
  text: z.string(),
  tags: z.array(z.string()),
  colour: z.string().nullable(),
});

export interface CheckedDocs {
  readonly docs: AnnotationDoc[];
  readonly skipped: AnnotationIssue[];
  /** Records indexed only in part, by the id they are indexed under. */
  readonly shortened: Map<string, AnnotationIssue>;
}

/** Ids longer than the index keeps become this: the same id always gives the same hash. */
export function stableId(id: string): string {
  return id.length <= ANNOTATION_LIMITS.id ? id : `#sha256:${createHash('sha256').update(id).digest('hex')}`;
}

const count = (n: number): string => n.toLocaleString('en');

/** Text cut to `max` characters without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** A field of a record as text an issue can show (long ids and paths cut short), or null. */
const shown = (value: unknown): string | null => (typeof value === 'string' ? cut(value, 300) : null);

/** The issue that names a record, whatever of it could be read. */
export function issueOf(record: unknown, reason: string): AnnotationIssue {
  const fields = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const kind = fields.kind === 'highlight' || fields.kind === 'article' ? fields.kind : null;
  return { id: shown(fields.id) ?? '(no id)', articleId: shown(fields.articleId), kind, reason };
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not an annotation record';
  const field = issue.path.length > 0 ? issue.path.join('.') : 'the record';
  return `${field}: ${issue.message}`;
}

/** Checks each record on its own; the good ones come back ready for the index. */
export function checkAnnotationDocs(records: readonly unknown[]): CheckedDocs {
  const checked: CheckedDocs = { docs: [], skipped: [], shortened: new Map() };
  const ids = new Set<string>();
  for (const record of records) {
    const parsed = RecordSchema.safeParse(record);
    if (!parsed.success) {
      checked.skipped.push(issueOf(record, `it is malformed (${firstProblem(parsed.error)})`));
      continue;
    }
    const doc = parsed.data;
    const path = ArticleIdSchema.safeParse(doc.articleId);
    if (!path.success) {
      const why = doc.articleId.length > 4096 ? `is ${count(doc.articleId.length)} characters long` : 'is not valid';
      checked.skipped.push(issueOf(doc, `its article path ${why}`));
      continue;
    }
    const id = stableId(doc.id);
    if (ids.has(id)) {
      checked.skipped.push(issueOf(doc, 'another record has the same id'));
      continue;
    }
    ids.add(id);
    const { value, shortenedBy } = withinLimits(doc);
    checked.docs.push({ ...value, id });
    if (shortenedBy.length > 0) checked.shortened.set(id, issueOf(doc, shortenedBy.join('; ')));
  }
  return checked;
}

function withinLimits(doc: z.infer<typeof RecordSchema>): { value: AnnotationDoc; shortenedBy: string[] } {
  const { text: maxText, tags: maxTags, tag: maxTag, colour: maxColour } = ANNOTATION_LIMITS;
  const shortenedBy: string[] = [];
  if (doc.text.length > maxText) {
    shortenedBy.push(`its text is ${count(doc.text.length)} characters; the first ${count(maxText)} are searchable`);
  }
  if (doc.tags.length > maxTags) {
    shortenedBy.push(`it has ${count(doc.tags.length)} tags; the first ${count(maxTags)} are searchable`);
  }
  const tags = doc.tags.slice(0, maxTags);
  if (tags.some((tag) => tag.length > maxTag)) {
    shortenedBy.push(`a tag is over ${count(maxTag)} characters; its start is searchable`);
  }
  const colourKnown = doc.colour === null || doc.colour.length <= maxColour;
  if (!colourKnown) shortenedBy.push('its colour was not understood; it is searchable without one');
  return {
    value: {
      id: doc.id,
      articleId: doc.articleId,
      kind: doc.kind,
      text: cut(doc.text, maxText),
      tags: tags.map((tag) => cut(tag, maxTag)),
      colour: colourKnown ? doc.colour : null,
    },
    shortenedBy,
  };
}

/** What the page hears: how many records are searchable, and which were left out or shortened, and why. */
export function annotationReport(
  applied: boolean,
  checked: CheckedDocs,
  refused: readonly { readonly id: string; readonly reason: string }[],
): AnnotationIndexReport {
  const byId = new Map(checked.docs.map((doc) => [doc.id, doc]));
  const skipped = [...checked.skipped, ...refused.map((r) => issueOf(byId.get(r.id) ?? { id: r.id }, r.reason))];
  const refusedIds = new Set(refused.map((r) => r.id));
  const shortened = [...checked.shortened].filter(([id]) => !refusedIds.has(id)).map(([, issue]) => issue);
  return {
    applied,
    indexed: applied ? checked.docs.length - refused.length : 0,
    skipped: skipped.slice(0, MAX_LISTED_ISSUES),
    skippedTotal: skipped.length,
    shortened: shortened.slice(0, MAX_LISTED_ISSUES),
    shortenedTotal: shortened.length,
  };
}
