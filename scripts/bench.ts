// npm run bench: speed and memory figures, each beside a baseline measured in the same run.
// Options: --only article-open|library, --sizes 10000,100000
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { benchArticleOpen } from './bench/article-open';
import { round } from './bench/stats';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string' } } });
  const only = values.only;
  if (only === undefined || only === 'article-open') {
    process.stdout.write('Opening an article in the reader (Chromium, real services)\n');
    const r = await benchArticleOpen();
    const rows: [string, string][] = [
      ['article', `${r.words.toLocaleString()} words`],
      ['open with no highlights (median)', `${round(r.noneMedianMs)} ms`],
      [`open with ${r.highlights.toLocaleString()} highlights (median)`, `${round(r.withMedianMs)} ms  (${round(r.withMedianMs / r.noneMedianMs, 2)}x)`],
      ['first open after an edit above them all', `${round(r.afterEditMs)} ms`],
    ];
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(44)} ${value}\n`);
    await writeFile('bench-article-open.json', JSON.stringify(r, null, 2) + '\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
