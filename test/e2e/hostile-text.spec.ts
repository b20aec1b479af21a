// Untrusted article text end to end: a hostile article (bidi overrides in its title and body, a script link
// as its source, bare URLs and e-mail addresses in its text) and a note linking to https://user@evil show
// inert in the list, the reader and an export; a Reuters identifier is the source; a right-to-left title
// sits isolated in the list.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  ARABIC_TITLE,
  HOSTILE_ARTICLE,
  HOSTILE_PARAGRAPHS,
  HOSTILE_SOURCE,
  HOSTILE_TITLE_SHOWN,
} from '../fixtures/articles/hostile-article';
import { articleText, expect, FIXTURES, test } from './fixtures';
import { highlightPassage, openArticle } from './reader-actions';
import { articleExportButton, exportAndClose } from './export-actions';

const REUTERS = resolve(FIXTURES, 'articles/reuters-urn-source.txt');
const ARABIC = articleText(ARABIC_TITLE, '20220301', 'https://www.example.org/geneva', [
  'قالت مصادر دبلوماسية إن المحادثات ستعقد في جنيف الأسبوع المقبل.',
]);
const CREDENTIALS_URL = 'https://www.state.gov@evil.example/memo';
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

test.use({ seedFiles: { 'hostile.txt': HOSTILE_ARTICLE, 'world/geneva-ar.txt': ARABIC } });

const row = (page: Page, title: string | RegExp): Locator =>
  page.getByTestId('article-list').locator('.article-row').filter({ hasText: title });

const unicodeBidi = (element: Locator): Promise<string> =>
  element.evaluate((node) => getComputedStyle(node).unicodeBidi);

test('a hostile article is listed and read with its title isolated, no control characters and no links', async ({
  app,
}) => {
  const title = row(app, HOSTILE_TITLE_SHOWN).locator('.row-title');
  await expect(title).toHaveText(HOSTILE_TITLE_SHOWN);
  expect(await title.evaluate((node) => node.tagName)).toBe('BDI');
  expect(await unicodeBidi(title)).toBe('isolate');
  const rtl = row(app, ARABIC_TITLE).locator('.row-title');
  await expect(rtl).toHaveText(ARABIC_TITLE);
  expect(await unicodeBidi(rtl)).toBe('isolate');

  await openArticle(app, HOSTILE_TITLE_SHOWN);
  const reader = app.getByTestId('reader');
  expect(await unicodeBidi(reader.locator('h1'))).toBe('isolate');
  await expect(reader.locator('.source-text')).toHaveText(HOSTILE_SOURCE);
  await expect(reader.locator('.source-link')).toHaveCount(0);
  await expect(reader.locator('.reader-warnings')).toContainText('bidirectional control characters removed');
  await expect(reader.locator('.reader-body p')).toHaveText([...HOSTILE_PARAGRAPHS]);
  await expect(reader.locator('article a')).toHaveCount(0);
  expect(await app.evaluate(() => document.body.innerText)).not.toMatch(BIDI);
  await app.screenshot({ path: 'test-results/screenshots/hostile-reader.png' });
});

test('a note’s link with credentials stays text on the page and in the export', async ({ app, host }) => {
  await openArticle(app, HOSTILE_TITLE_SHOWN);
  await highlightPassage(app, 'Ned Price said so');
  const card = app.getByTestId('highlight-card');
  await card.getByRole('button', { name: 'Add note' }).click();
  await app
    .getByLabel('Highlight note')
    .fill(`See [the memo](${CREDENTIALS_URL}) and [the State Department](https://www.state.gov/).`);
  await app.getByLabel('Highlight note').press('Control+Enter');
  await expect(card.getByRole('link', { name: 'the State Department' })).toHaveAttribute(
    'href',
    'https://www.state.gov/',
  );
  await expect(card.getByRole('link', { name: 'the memo' })).toHaveCount(0);
  await expect(card).toContainText(`[the memo](${CREDENTIALS_URL})`);

  const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-hostile-'));
  const out = join(folder, 'hostile-article.md');
  await exportAndClose(host, articleExportButton(app), out, 'Markdown');
  const md = await readFile(out, 'utf8');
  await rm(folder, { recursive: true, force: true });
  expect(md).toContain('[the State Department](https://www.state.gov/)');
  expect(md).toContain('javascript\\:alert(document\\.cookie)');
  expect(md).not.toContain('](https://www.state.gov@');
  expect(md).not.toMatch(/[^\\]https:\/\/evil\.example/);
  expect(md).not.toMatch(BIDI);
});

test('a Reuters identifier on line 3 is the source, and the title keeps its ticker', async ({ app, library }) => {
  await library.write('reuters/srd.txt', await readFile(REUTERS));
  await openArticle(app, 'STANDARD OIL <SRD> TO FORM FINANCIAL UNIT');
  const reader = app.getByTestId('reader');
  await expect(reader.locator('.source-text')).toHaveText('urn:reuters-21578:newid:2');
  await expect(reader.locator('.reader-body p').first()).toHaveText(/^Standard Oil Co and BP North America Inc said/);
  await app.screenshot({ path: 'test-results/screenshots/reuters-reader.png' });
});
