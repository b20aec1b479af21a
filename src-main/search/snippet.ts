// Snippets and "where did it match" for one page of hits. FTS5 marks matches with control characters,
// which are split here into {text, hit} runs, so no markup ever reaches the page.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, Snippet } from '../../src-preload/contract';
import { allRows, type Params } from './statements';
import { CJK_BREAK, shownText } from './text-form';
import { isCjkToken } from './tokens';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Indexed text loses the two marker characters, so every marker in a snippet is one that FTS5 put there. */
export function withoutMarks(text: string): string {
  return text.replaceAll(OPEN, ' ').replaceAll(CLOSE, ' ');
}
const ELLIPSIS = '…';
const SNIPPET_TOKENS = 16;
/** Each character of Chinese or Japanese text is a word to FTS5: a text holding some gets a longer snippet. */
const CJK_SNIPPET_TOKENS = 40;
const BREAK_CODE = CJK_BREAK.codePointAt(0) ?? 0;
const snippetTokens = (column: string): string =>
  `CASE WHEN instr(${column}, char(${BREAK_CODE})) > 0 THEN ${CJK_SNIPPET_TOKENS} ELSE ${SNIPPET_TOKENS} END`;
/** About what two lines of a title show in the list at its narrowest. */
const TITLE_SHOWN = 60;

/** "a \u0002b\u0003 c" -> [{a , false}, {b, true}, {c, false}]; adjacent runs of one kind are merged. */
export function snippetRuns(marked: string): Snippet {
  const runs: { text: string; hit: boolean }[] = [];
  let hit = false;
  let start = 0;
  const flush = (end: number): void => {
    const text = shownText(marked.slice(start, end));
    const previous = runs.at(-1);
    if (!text) return;
    if (previous?.hit === hit) previous.text += text;
    else runs.push({ text, hit });
  };
  for (let i = 0; i < marked.length; i++) {
    const char = marked[i];
    if (char !== OPEN && char !== CLOSE) continue;
    flush(i);
    hit = char === OPEN;
    start = i + 1;
  }
  flush(marked.length);
  return runs;
}

const hasHit = (runs: Snippet): boolean => runs.some((run) => run.hit);

/**
 * At most this many characters come before the first mark: the list shows two lines of a snippet, and FTS5
 * may start its window at a sentence well before the match, which would push the mark past the cut.
 */
export const MAX_LEAD = 40;

/** How wide a character shows, in Latin letters: a Chinese or Japanese character takes about two. */
const widthOf = (char: string): number => (isCjkToken(char) ? 2 : 1);

/** Width of the text before the first marked run, or -1 when nothing is marked. */
function leadOf(runs: Snippet): number {
  let lead = 0;
  for (const run of runs) {
    if (run.hit) return lead;
    for (const char of run.text) lead += widthOf(char);
  }
  return -1;
}

/**
 * The runs with the text before the first mark cut to about `max` Latin letters' width (a CJK character
 * counts two), from a word start (any character of Chinese or Japanese starts one), after "…".
 */
export function withShortLead(runs: Snippet, max = MAX_LEAD): Snippet {
  const first = runs[0];
  if (!first || first.hit || leadOf(runs) <= max) return runs;
  // Runs are merged, so everything before the first mark is the first run.
  const { text } = first;
  let cut = text.length;
  let width = 0;
  for (const char of [...text].toReversed()) {
    width += widthOf(char);
    if (width > max) break;
    cut -= char.length;
  }
  const atWord = /\s/u.test(text[cut - 1] ?? '') || isCjkToken(String.fromCodePoint(text.codePointAt(cut) ?? 32));
  const space = atWord ? 0 : text.slice(cut).search(/\s/u);
  const kept = space === -1 ? text.slice(cut) : text.slice(cut + space).trimStart();
  return [{ text: `${ELLIPSIS}${kept}`, hit: false }, ...runs.slice(1)];
}

export interface HitDetail {
  readonly snippet: Snippet;
  /** The whole title with the matched words marked, when it has one. */
  readonly title: Snippet | null;
  readonly matchedIn: SearchHit['matchedIn'];
}

const MARKS = { open: OPEN, close: CLOSE, ellipsis: ELLIPSIS };

interface Marked {
  title: Snippet;
  body: Snippet;
  annotation: Snippet;
  annotationScore: number;
}

/**
 * Snippets for one page of hits, in two queries (article text, annotations). With `probe`, FTS5 looks each
 * id up in the doclists; otherwise (prefix terms, whose doclists a lookup would merge again each time) the
 * ids go in as a JSON list behind "+rowid" so FTS5 runs the match once, not once per id (see counts.ts).
 */
export function pageDetails(
  db: DatabaseSync,
  params: Params,
  paths: readonly string[],
  probe = false,
): Map<string, HitDetail> {
  const marked = new Map<string, Marked>(
    paths.map((p) => [p, { title: [], body: [], annotation: [], annotationScore: Infinity }]),
  );
  const docs = allRows<{ id: number; path: string }>(
    db,
    'SELECT id, path FROM search_docs WHERE root = :root AND path IN (SELECT value FROM json_each(:paths))',
    { ...params, paths: JSON.stringify(paths) },
  );
  const pathOf = new Map(docs.map((d) => [d.id, d.path]));
  if (docs.length > 0) {
    const ids = docs.map((d) => d.id);
    const rows = allRows<{ id: number; title: string | null; body: string | null }>(
      db,
      `SELECT rowid AS id, highlight(search_text, 0, :open, :close) AS title,
              snippet(search_text, 1, :open, :close, :ellipsis, ${snippetTokens('search_text.body')}) AS body
       FROM search_text WHERE search_text MATCH :q
         AND ${probe ? '' : 'rowid BETWEEN :first AND :last AND +'}rowid IN (SELECT value FROM json_each(:ids))`,
      { ...params, ...MARKS, first: Math.min(...ids), last: Math.max(...ids), ids: JSON.stringify(ids) },
    );
    for (const row of rows) {
      const entry = marked.get(pathOf.get(row.id) ?? '');
      if (!entry) continue;
      entry.title = snippetRuns(row.title ?? '');
      entry.body = snippetRuns(row.body ?? '');
    }
  }
  const notes = allRows<{ path: string; text: string | null; score: number }>(
    db,
    `SELECT a.article_path AS path, search_annotation_text.rank AS score,
            snippet(search_annotation_text, -1, :open, :close, :ellipsis,
              ${snippetTokens('search_annotation_text.text || search_annotation_text.tags')}) AS text
     FROM search_annotation_text CROSS JOIN search_annotations a ON a.id = search_annotation_text.rowid
     WHERE search_annotation_text MATCH :q AND search_annotation_text.rowid BETWEEN :lo AND :hi
       AND a.article_path IN (SELECT value FROM json_each(:paths))`,
    { ...params, ...MARKS, paths: JSON.stringify(paths) },
  );
  for (const note of notes) {
    const entry = marked.get(note.path);
    if (!entry || note.score >= entry.annotationScore) continue;
    entry.annotation = snippetRuns(note.text ?? '');
    entry.annotationScore = note.score;
  }
  return new Map([...marked].map(([path, m]) => [path, detailOf(m)]));
}

/**
 * The body's best passage when the body matched, else the analyst's words, else the body's opening (the
 * marked title shows the match), each with its first mark early enough to be seen. A title matched only
 * past what two lines of a row show is its own snippet, so some mark is always in view.
 */
function detailOf({ title, body, annotation }: Marked): HitDetail {
  const matchedIn: ('title' | 'body' | 'annotation')[] = [];
  if (hasHit(title)) matchedIn.push('title');
  if (hasHit(body)) matchedIn.push('body');
  if (hasHit(annotation)) matchedIn.push('annotation');
  const passage = [body, annotation].find(hasHit);
  const titleOnly = passage === undefined && hasHit(title);
  const snippet = passage ?? (titleOnly && leadOf(title) > TITLE_SHOWN ? title : body);
  return { snippet: withShortLead(snippet), title: hasHit(title) ? title : null, matchedIn };
}
