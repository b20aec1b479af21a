// What the stories tell of articles: a story whole (its copies, origin first), each article's story id,
// and the tag a list row carries. Reads only.
import type { DatabaseSync } from 'node:sqlite';
import type { ArticleId, StoryInfo, StoryMember, StoryTag } from '../../src-preload/contract';
import { allRows, oneRow, prepared } from '../search/statements';

/** The string a story is known by outside the catalog, from its earliest-seen copy's number. */
export const storyKey = (story: number): string => `s${story}`;

interface MemberRow {
  readonly id: number;
  readonly path: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly domain: string | null;
  readonly outlet: string | null;
  readonly similarity: number | null;
}

/** The story an article is a copy in, every copy with it: the origin first, then by date (undated last). */
export function storyInfo(db: DatabaseSync, root: string, path: ArticleId): StoryInfo | null {
  const found = oneRow<{ story: number; origin: number }>(
    db,
    `SELECT c.id AS story, c.origin AS origin FROM story_docs d JOIN story_clusters c ON c.id = d.story
     WHERE d.root = :root AND d.path = :path`,
    { root, path },
  );
  if (!found) return null;
  const rows = allRows<MemberRow>(
    db,
    `SELECT d.id, d.path, f.title, f.date, f.domain, f.outlet, d.similarity
     FROM story_docs d JOIN files f ON f.root = d.root AND f.path = d.path AND f.ok = 1
     WHERE d.story = :story ORDER BY d.id = :origin DESC, f.date IS NULL, f.date, d.id`,
    { story: found.story, origin: found.origin },
  );
  const members = rows.map((row): StoryMember => ({
    id: row.path,
    title: row.title ?? '',
    date: row.date,
    domain: row.domain,
    outlet: row.outlet,
    origin: row.id === found.origin,
    similarity: row.id === found.origin ? 1 : (row.similarity ?? 0),
  }));
  return { id: storyKey(found.story), members };
}

/** Each article's story id, or null when it has no copy (or is not in the library). */
export function storyIds(db: DatabaseSync, root: string, paths: readonly ArticleId[]): (string | null)[] {
  const found = storyTags(db, root, paths);
  return paths.map((path) => found.get(path)?.id ?? null);
}

/** The story tags of these articles, for those that have copies. */
export function storyTags(db: DatabaseSync, root: string, paths: readonly ArticleId[]): Map<ArticleId, StoryTag> {
  const tags = new Map<ArticleId, StoryTag>();
  if (paths.length === 0) return tags;
  const rows = prepared(
    db,
    `SELECT d.path AS path, c.id AS story, c.copies AS copies, c.origin = d.id AS origin
     FROM json_each(?) j CROSS JOIN story_docs d ON d.root = ? AND d.path = j.value
       CROSS JOIN story_clusters c ON c.id = d.story`,
  ).all(JSON.stringify(paths), root) as { path: string; story: number; copies: number; origin: number }[];
  for (const row of rows) tags.set(row.path, { id: storyKey(row.story), copies: row.copies, origin: row.origin === 1 });
  return tags;
}
