// The extraction bench's figures as a table: F1 mean and median, precision, recall and pages per second for
// Dossier and Readability.js, and the pages where Dossier scores lower.
import type { CorpusResult, PageResult } from './extraction';
import { median } from './stats';

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const fixed = (n: number): string => n.toFixed(3);

function row(label: string, pages: readonly PageResult[], pick: (page: PageResult) => PageResult['dossier']): string {
  const f1 = pages.map((page) => pick(page).f1);
  const ms = pages.reduce((sum, page) => sum + (pick(page) === page.dossier ? page.dossierMs : page.readabilityMs), 0);
  const cells = [
    fixed(mean(f1)),
    fixed(median(f1)),
    fixed(mean(pages.map((page) => pick(page).precision))),
    fixed(mean(pages.map((page) => pick(page).recall))),
    (pages.length / (ms / 1000)).toFixed(0),
  ];
  return `  ${label.padEnd(16)}${cells.map((cell) => cell.padStart(10)).join('')}\n`;
}

export function formatExtraction(result: CorpusResult): string {
  const { pages } = result;
  const header = ['F1 mean', 'median', 'precision', 'recall', 'pages/s'].map((h) => h.padStart(10)).join('');
  const worse = pages.filter((page) => page.dossier.f1 < page.readability.f1 - 0.0005);
  const better = pages.filter((page) => page.dossier.f1 > page.readability.f1 + 0.0005);
  const named = (list: readonly PageResult[]): string =>
    list.map((page) => `${page.name} ${fixed(page.dossier.f1)} vs ${fixed(page.readability.f1)}`).join(', ');
  return (
    `\n${result.corpus}: ${pages.length} pages, F1 over 4-word shingles per page\n` +
    `  ${''.padEnd(16)}${header}\n` +
    row('Dossier', pages, (page) => page.dossier) +
    row('Readability.js', pages, (page) => page.readability) +
    `  Dossier better on ${better.length} pages, worse on ${worse.length}` +
    `${worse.length > 0 ? `: ${named(worse)}` : ''}\n`
  );
}
