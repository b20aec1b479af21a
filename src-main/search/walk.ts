// Large result sets in date or title order: walk the files index in that order and keep the articles
// that match, so a page costs about (offset + limit) / share-of-articles-matching probes, not a sort of all.
import type { DatabaseSync } from 'node:sqlite';
import type { SearchFilters } from '../../src-preload/contract';
import { ORDER_BY_DATE, ORDER_BY_TITLE, type FileRow } from './browse';
import { filterSql, type Params } from './filters';
import { annotationSelect } from './matches-sql';
import { prepared } from './statements';

export interface WalkSpec {
  /** Named parameter of the article-text expression an article must match... */
  readonly article: string;
  /** ...or of the annotation expression one of its annotations must match (null: article text only). */
  readonly annotation: string | null;
  /** true: annotation matches are left out instead (they were listed already). */
  readonly excludeAnnotated: boolean;
}

function membership(spec: WalkSpec): string {
  const inText = `EXISTS (SELECT 1 FROM search_docs d CROSS JOIN search_text ON search_text.rowid = d.id
    WHERE d.root = :root AND d.path = f.path AND search_text MATCH ${spec.article})`;
  if (spec.annotation === null) return inText;
  const annotated = `f.path IN (SELECT path FROM (${annotationSelect(spec.annotation, false)}))`;
  return spec.excludeAnnotated ? `${inText} AND NOT ${annotated}` : `(${inText} OR ${annotated})`;
}

export function walkPage(
  db: DatabaseSync,
  spec: WalkSpec,
  params: Params,
  filters: SearchFilters,
  sort: 'date' | 'title',
  offset: number,
  limit: number,
): FileRow[] {
  const { conditions, params: filterParams } = filterSql(filters);
  const index = sort === 'title' ? 'search_files_title' : 'search_files_date';
  const where = ['f.root = :root', 'f.ok = 1', ...conditions, membership(spec)].join(' AND ');
  return prepared(
    db,
    `SELECT f.path, f.title, f.date, f.date_raw, f.domain FROM files f INDEXED BY ${index} WHERE ${where}
     ORDER BY ${sort === 'title' ? ORDER_BY_TITLE : ORDER_BY_DATE} LIMIT :limit OFFSET :offset`,
  ).all({ ...filterParams, ...params, limit, offset }) as unknown as FileRow[];
}
