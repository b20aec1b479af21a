// SearchFilters as SQL conditions on `files f` with named parameters, shared by browsing and ranked search.
// Annotation filters are IN-subqueries over indexed tables, read once per query rather than per article.
import type { SearchFilters } from '../../src-preload/contract';
import type { Params } from './statements';

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

export function filterSql(filters: SearchFilters): FilterSql {
  const conditions: string[] = [];
  const params: Params = {};
  if (filters.dateFrom) {
    conditions.push('f.date >= :dateFrom');
    params.dateFrom = filters.dateFrom;
  }
  if (filters.dateTo) {
    conditions.push('f.date <= :dateTo');
    params.dateTo = filters.dateTo;
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
  return { conditions, params };
}

export function hasFilters(filters: SearchFilters): boolean {
  return filterSql(filters).conditions.length > 0;
}
