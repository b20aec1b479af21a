// SearchFilters as SQL conditions on `files f` with named parameters, shared by browsing and ranked search.
// Annotation filters are IN-subqueries over indexed tables, read once per query rather than per article.
import type { SearchFilters } from '../../src-preload/contract';
import { UNKNOWN_LANGUAGE } from '../../src-shared/search/languages';
import type { SourceWords } from './query-tree';
import { gradeCondition } from './source-grades';
import type { Params } from './statements';

/** The page's filters, and the source: and language: words of the query (query-tree.ts), which filter too. */
export interface QueryFilters extends SearchFilters {
  readonly sourceWords?: SourceWords;
  readonly languageWords?: SourceWords;
}

export interface FilterSql {
  /** Conditions to AND into a WHERE clause; ":root" must be bound by the caller. */
  readonly conditions: string[];
  readonly params: Params;
}

/** ":name0, :name1, ..." with the values added to params. */
function list(name: string, values: readonly string[], params: Params): string {
  return values
    .map((value, i) => {
      params[`${name}${i}`] = value;
      return `:${name}${i}`;
    })
    .join(', ');
}

/** "europe/2022/" -> "europe/2022"; "" and "/" mean the whole library. */
export function normaliseFolder(folder: string): string {
  return folder.replaceAll('\\', '/').replace(/^\/+|\/+$/g, '');
}

/** The outlet, the source line and the link of an article, in lower case, for source: words. */
const SOURCE_TEXT = "lower(coalesce(f.domain, '') || ' ' || coalesce(f.source, '') || ' ' || coalesce(f.url, ''))";

/** source:reuters finds "Reuters", "reuters.com" and links to reuters.com; several are any of them. */
function sourceConditions(words: SourceWords | undefined, params: Params): string[] {
  const like = (name: string, values: readonly string[]): string[] =>
    values.map((value, i) => {
      params[`${name}${i}`] = value.toLowerCase();
      return `instr(${SOURCE_TEXT}, :${name}${i}) > 0`;
    });
  const conditions: string[] = [];
  const include = like('sourceIn', words?.include ?? []);
  if (include.length > 0) conditions.push(`(${include.join(' OR ')})`);
  for (const excluded of like('sourceOut', words?.exclude ?? [])) conditions.push(`NOT ${excluded}`);
  return conditions;
}

/** `f.language` is one of the tags ("und": not known), as a condition with its values added to params. */
function languageIn(name: string, tags: readonly string[], params: Params): string {
  const known = [...new Set(tags)].filter((tag) => tag !== UNKNOWN_LANGUAGE);
  const parts = known.length > 0 ? [`f.language IN (${list(name, known, params)})`] : [];
  if (tags.includes(UNKNOWN_LANGUAGE)) parts.push('f.language IS NULL');
  return parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' OR ')})`;
}

/**
 * The Language filter and the query's language: words: an article in one of the filter's languages, in one
 * of the query's, and in none the query excludes.
 */
function languageConditions(filters: QueryFilters, params: Params): string[] {
  const conditions: string[] = [];
  if (filters.languages && filters.languages.length > 0) {
    conditions.push(languageIn('language', filters.languages, params));
  }
  const words = filters.languageWords;
  if (words && words.include.length > 0) conditions.push(languageIn('languageIn', words.include, params));
  if (words && words.exclude.length > 0) {
    // NOT (NULL IN (...)) is NULL: an article of no known language is not one of the excluded.
    conditions.push(`coalesce(NOT ${languageIn('languageOut', words.exclude, params)}, 1)`);
  }
  return conditions;
}

/** A range typed the wrong way round (from after to) means the dates between them, not nothing. */
export function dateRange(filters: SearchFilters): { from?: string; to?: string } {
  const { dateFrom: from, dateTo: to } = filters;
  return from && to && from > to ? { from: to, to: from } : { from, to };
}

export function filterSql(filters: QueryFilters): FilterSql {
  const conditions: string[] = [];
  const params: Params = {};
  const { from, to } = dateRange(filters);
  if (from) {
    conditions.push('f.date >= :dateFrom');
    params.dateFrom = from;
  }
  if (to) {
    conditions.push('f.date <= :dateTo');
    params.dateTo = to;
  }
  if (filters.domains && filters.domains.length > 0) {
    conditions.push(`f.domain IN (${list('domain', filters.domains, params)})`);
  }
  const folder = normaliseFolder(filters.folder ?? '');
  if (folder) {
    // Everything under "a/b/" sorts between "a/b/" and "a/b0" ('0' follows '/'): a range on the primary key.
    conditions.push('f.path >= :folderLow AND f.path < :folderHigh');
    params.folderLow = `${folder}/`;
    params.folderHigh = `${folder}0`;
  }
  const tags = [...new Set(filters.tags ?? [])];
  if (tags.length > 0) {
    conditions.push(`f.path IN (
      SELECT article_path FROM search_annotation_tags WHERE root = :root AND tag IN (${list('tag', tags, params)})
      GROUP BY article_path HAVING count(DISTINCT tag) = ${tags.length})`);
  }
  if (filters.colours && filters.colours.length > 0) {
    const colours = list('colour', filters.colours, params);
    conditions.push(`f.path IN (
      SELECT article_path FROM search_annotations WHERE root = :root AND colour IN (${colours}))`);
  }
  if (filters.annotated !== undefined) {
    const op = filters.annotated ? 'IN' : 'NOT IN';
    conditions.push(`f.path ${op} (SELECT article_path FROM search_annotations WHERE root = :root)`);
  }
  const grade = gradeCondition(filters.grades ?? []);
  if (grade !== null) conditions.push(grade);
  conditions.push(...sourceConditions(filters.sourceWords, params));
  conditions.push(...languageConditions(filters, params));
  return { conditions, params };
}

export function hasFilters(filters: QueryFilters): boolean {
  return filterSql(filters).conditions.length > 0;
}
