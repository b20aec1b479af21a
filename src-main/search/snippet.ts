// Snippets and "where did it match" for one page of hits. FTS5 marks matches with control characters,
// which are split here into {text, hit} runs, so no markup ever reaches the page.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchHit, Snippet } from '../../src-preload/contract';
import { prepared } from './statements';

const OPEN = '\u0002';
const CLOSE = '\u0003';

/** Indexed text loses the two marker characters, so every marker in a snippet is one that FTS5 put there. */
export function withoutMarks(text: string): string {
  return text.replaceAll(OPEN, ' ').replaceAll(CLOSE, ' ');
}
const ELLIPSIS = '…';
const SNIPPET_TOKENS = 16;

/** "a \u0002b\u0003 c" -> [{a , false}, {b, true}, {c, false}]; adjacent runs of one kind are merged. */
export function snippetRuns(marked: string): Snippet {
  const runs: { text: string; hit: boolean }[] = [];
  let hit = false;
  let start = 0;
  const flush = (end: number): void => {
    const text = marked.slice(start, end);
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

export interface HitDetail {
  readonly snippet: Snippet;
  readonly matchedIn: SearchHit['matchedIn'];
}

function articleMarks(db: DatabaseSync, root: string, expression: string, path: string): { title: Snippet; body: Snippet } {
  const row = prepared(
    db,
    `SELECT highlight(search_text, 0, :open, :close) AS title,
            snippet(search_text, 1, :open, :close, :ellipsis, ${SNIPPET_TOKENS}) AS body
     FROM search_docs d CROSS JOIN search_text ON search_text.rowid = d.id
     WHERE d.root = :root AND d.path = :path AND search_text MATCH :q`,
  ).get({ open: OPEN, close: CLOSE, ellipsis: ELLIPSIS, q: expression, root, path }) as
    | { title: string | null; body: string | null }
    | undefined;
  return { title: snippetRuns(row?.title ?? ''), body: snippetRuns(row?.body ?? '') };
}

function annotationMarks(db: DatabaseSync, root: string, expression: string, path: string): Snippet {
  const row = prepared(
    db,
    `SELECT snippet(search_annotation_text, -1, :open, :close, :ellipsis, ${SNIPPET_TOKENS}) AS text
     FROM search_annotations a CROSS JOIN search_annotation_text ON search_annotation_text.rowid = a.id
     WHERE a.root = :root AND a.article_path = :path AND search_annotation_text MATCH :q
     ORDER BY search_annotation_text.rank LIMIT 1`,
  ).get({ open: OPEN, close: CLOSE, ellipsis: ELLIPSIS, q: expression, root, path }) as { text: string | null } | undefined;
  return snippetRuns(row?.text ?? '');
}

/** Where one hit matched, and its snippet: the body's best passage, else the analyst's words, else the title. */
export function hitDetail(db: DatabaseSync, root: string, expression: string, path: string): HitDetail {
  const { title, body } = articleMarks(db, root, expression, path);
  const annotation = annotationMarks(db, root, expression, path);
  const matchedIn: ('title' | 'body' | 'annotation')[] = [];
  if (hasHit(title)) matchedIn.push('title');
  if (hasHit(body)) matchedIn.push('body');
  if (hasHit(annotation)) matchedIn.push('annotation');
  const snippet = [body, annotation, title].find(hasHit) ?? body;
  return { snippet, matchedIn };
}
