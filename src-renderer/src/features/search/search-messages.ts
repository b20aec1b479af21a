// The words around the library list's results: how much of the library a partial search looked in, and
// advice that fits the query when nothing matches (what each part of it asks for). Pure.
import type { QueryShape, SearchCoverage, SearchFilters } from '../../../../src-preload/contract';
import { languageName } from '../../../../src-shared/search/languages';

/** Whole percent of the library searched, never 100 while any text is still waiting. */
export function searchedPercent(partial: SearchCoverage): number {
  if (partial.articles <= 0) return 0;
  return Math.min(99, Math.floor((partial.indexed / partial.articles) * 100));
}

const quote = (words: readonly string[]): string => words.map((w) => `“${w}”`).join(' or ');

/** At most two pieces of advice, the likeliest cause first, for a query that matched nothing. */
export function noResultsAdvice(
  shape: QueryShape | null,
  partial: SearchCoverage | null,
  activeFilters: number,
): string[] {
  const advice: string[] = [];
  if (partial) {
    advice.push(
      `Only ${searchedPercent(partial)}% of the library is searchable yet: more may match once its text is ready.`,
    );
  }
  if (activeFilters > 0) {
    advice.push('The filters narrow the search: clear them to search every date, source and language.');
  }
  if (shape) {
    const words = shape.words + shape.phrases;
    if (shape.fields.includes('source')) {
      advice.push(`No article’s source holds ${quote(shape.sources)}: the Source filter lists the sources there are.`);
    }
    if (shape.fields.includes('language')) {
      const names = (shape.languages ?? []).map(languageName);
      advice.push(
        `${names.length > 0 ? `No article in ${names.join(' or ')} matches` : 'language: narrows the search'}: ` +
          'the Language filter lists the languages there are.',
      );
    }
    if (shape.fields.includes('title')) advice.push('title: looks in titles only: drop it to search the text too.');
    if (shape.near) advice.push('NEAR wants the words close together: allow more between them, as in NEAR(a b, 30).');
    if (shape.phrases > 0) advice.push('A “quoted phrase” must match word for word: try its words without quotes.');
    if (shape.excluded > 0) advice.push('Excluded words (-word) leave articles out: try without them.');
    if (words > 1 && !shape.alternatives) {
      advice.push('Every word must match: try fewer words, or OR between them, as in lavrov OR minsk.');
    }
    if (words === 1) advice.push('Check the spelling, or end the word with * to find longer forms, as in ukrain*.');
  }
  return advice.slice(0, 2);
}

/** A date range typed the wrong way round, said plainly; main searches the dates between them. */
export function reversedDates(filters: SearchFilters): string | null {
  const { dateFrom, dateTo } = filters;
  if (!dateFrom || !dateTo || dateFrom <= dateTo) return null;
  return `“From” (${dateFrom}) is after “to” (${dateTo}): showing articles dated between them.`;
}
