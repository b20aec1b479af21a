// The evidence table's rows: each highlight with its article's catalog entry and its outlet's grade, and the
// library's filters (SearchFilters) read against one row, as main reads them against an article.
import type { ArticleEntry, CatalogEntry, EvidenceGrade, SearchFilters } from '../../../../src-preload/contract';
import { evidenceGrade } from '../../../../src-shared/briefs/evidence-grade';
import { UNKNOWN_LANGUAGE } from '../../../../src-shared/search/languages';
import { DEFAULT_RELIABILITY, RELIABILITIES, type Reliability } from '../../../../src-shared/sources/grades';
import type { Highlight, SourceRecord } from '../../db/schema';

export interface EvidenceRow {
  readonly highlight: Highlight;
  /** The catalog's entry for the highlight's article; null when the library no longer lists it as an article. */
  readonly entry: ArticleEntry | null;
  /** The outlet's reliability in the source register; F when it was never graded or the article has no outlet. */
  readonly reliability: Reliability;
  /** "B2" (the outlet's reliability, the highlight's credibility), or null when neither is judged. */
  readonly grade: string | null;
  /** When the article was reported: its ISO date, or null. */
  readonly reportDate: string | null;
}

/** The outlet's register entry: the register keys domains as given, main compares them lower-cased. */
function outletReliability(sources: ReadonlyMap<string, SourceRecord>, domain: string | null): Reliability {
  if (!domain) return DEFAULT_RELIABILITY;
  return (sources.get(domain.toLowerCase()) ?? sources.get(domain))?.reliability ?? DEFAULT_RELIABILITY;
}

export function evidenceRow(
  highlight: Highlight,
  entry: CatalogEntry | null | undefined,
  sources: ReadonlyMap<string, SourceRecord>,
): EvidenceRow {
  const article = entry?.ok === true ? entry : null;
  const reliability = outletReliability(sources, article?.domain ?? null);
  const grade: EvidenceGrade | null = evidenceGrade(reliability, highlight.credibility);
  return { highlight, entry: article, reliability, grade: grade?.text ?? null, reportDate: article?.date ?? null };
}

/** "europe/2022/" -> "europe/2022"; "" and "/" mean the whole library (as main reads a folder filter). */
function folderPrefix(folder: string | undefined): string {
  return (folder ?? '').replaceAll('\\', '/').replace(/^\/+|\/+$/g, '');
}

function inDateRange(date: string | null, filters: SearchFilters): boolean {
  let { dateFrom: from, dateTo: to } = filters;
  if (!from && !to) return true;
  // A range typed the wrong way round means the dates between them, not nothing.
  if (from && to && from > to) [from, to] = [to, from];
  if (date === null) return false;
  return (!from || date >= from) && (!to || date <= to);
}

function inLanguages(language: string | null, languages: readonly string[] | undefined): boolean {
  if (!languages || languages.length === 0) return true;
  return languages.includes(language ?? UNKNOWN_LANGUAGE);
}

function inGrades(reliability: Reliability, grades: readonly Reliability[] | undefined): boolean {
  const wanted = RELIABILITIES.filter((r) => grades?.includes(r));
  return wanted.length === 0 || wanted.includes(reliability);
}

/**
 * The library's filters applied to one highlight: dates, outlet, folder, language and grade are its article's;
 * a tag is the highlight's own or its article's (its note's: `articleTags`), every tag asked for; colours are the
 * highlight's (any of them); `annotated: false` matches no highlight, since a highlight is an annotation.
 */
export function matchesLibraryFilters(
  row: EvidenceRow,
  filters: SearchFilters,
  articleTags: readonly string[] = [],
): boolean {
  const { highlight, entry } = row;
  if (!inDateRange(row.reportDate, filters)) return false;
  if (filters.domains && filters.domains.length > 0 && !filters.domains.includes(entry?.domain ?? '')) return false;
  const folder = folderPrefix(filters.folder);
  if (folder && !highlight.articleId.startsWith(`${folder}/`)) return false;
  if (filters.tags?.some((tag) => !highlight.tags.includes(tag) && !articleTags.includes(tag))) return false;
  if (filters.colours && filters.colours.length > 0 && !filters.colours.includes(highlight.color)) return false;
  if (filters.annotated === false) return false;
  if (!inLanguages(entry?.language ?? null, filters.languages)) return false;
  return inGrades(row.reliability, filters.grades);
}
