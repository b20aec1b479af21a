// Search end to end: ranked snippets as you type, combined with a tag filter, files written into the
// folder becoming findable, and a library of a few thousand files read with progress, staying usable.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleText, expect, test } from './fixtures';
import { selectWithMouse } from './select';

const SEED_TITLE = 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine';

test.use({
  seedFiles: {
    'europe/minsk.txt': articleText(
      'Minsk Agreements remain unobserved as clashes continue in Donbas',
      '20220218',
      'https://www.example.org/world/minsk',
      [
        'The Minsk Agreements, designed to find a political resolution to the conflict, was ' +
          'negotiated by the leaders of France, Germany, Russia, and Ukraine in February 2015.',
        'However, the agreement has so far not been observed and sporadic clashes continue.',
      ],
    ),
    'asia/grain.txt': articleText(
      'Grain prices climb as shipping lanes close',
      '20220301',
      'https://news.example.net/grain',
      ['Wheat futures rose sharply as traders weighed the closure of Black Sea shipping lanes.'],
    ),
  },
});

test('typing shows ranked results with the matched words marked, and a typo still finds them', async ({ app }) => {
  const search = app.getByLabel('Search the library');
  await search.pressSequentially('lavr', { delay: 30 });
  const list = app.getByTestId('article-list');
  await expect(list.locator('.article-row')).toHaveCount(1);
  await expect(list.locator('.article-row').first()).toContainText(SEED_TITLE);
  await expect(list.locator('.snippet mark').first()).toHaveText(/lavrov/i);
  await app.screenshot({ path: 'test-results/screenshots/search.png' });

  await search.fill('"Minsk Agreements"');
  await expect(list.locator('.article-row')).toHaveCount(2);
  await expect(list.locator('.article-row').first()).toContainText('Minsk Agreements remain unobserved');

  await search.fill('shiping');
  await expect(app.getByTestId('corrections')).toContainText('“shipping”');
  await expect(list.locator('.article-row')).toHaveCount(1);
  await expect(list.locator('.article-row').first()).toContainText('Grain prices climb');
});

test('each count line typed through names a total that is main’s answer to the words it shows', async ({
  app,
  host,
}) => {
  // The page bench once read "100,000 results for “oil prices”": the typed words over the last answer's
  // total (the whole library's), shown until the new query's first answer. Every line on the way is kept.
  const count = app.getByTestId('library-count');
  await expect(count).toContainText(/\d articles?$/u);
  await app.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { countsSeen: string[] }).countsSeen = seen;
    const line = document.querySelector('[data-testid="library-count"]');
    if (!line) throw new Error('no count line');
    const keep = (): void => void seen.push(line.textContent ?? '');
    new MutationObserver(keep).observe(line, { subtree: true, childList: true, characterData: true });
  });
  await app.getByLabel('Search the library').pressSequentially('grain prices');
  await expect(count).toContainText('1 result for “grain prices”');
  const seen = await app.evaluate(() => (window as unknown as { countsSeen: string[] }).countsSeen);
  const claims = seen.flatMap((line) => {
    const match = /^([\d,]+) results? for “(.*)”/u.exec(line);
    return match ? [{ total: Number((match[1] ?? '').replaceAll(',', '')), text: match[2] ?? '' }] : [];
  });
  expect(claims.length).toBeGreaterThan(0);
  for (const { total, text } of claims) {
    const answer = await host.library.search({ text, filters: {}, sort: 'relevance', offset: 0, limit: 1 });
    expect({ text, total }).toEqual({ text, total: answer.total });
  }
});

test('search combines with a tag filter, and finds the analyst’s notes', async ({ app }) => {
  await app.getByRole('option', { name: new RegExp(SEED_TITLE) }).click();
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(SEED_TITLE);
  await selectWithMouse(app, 'Russia and NATO accusing each other of amassing troops');
  await app.getByTestId('highlight-toolbar').getByRole('button', { name: 'Highlight as Key fact' }).click();
  await app.getByTestId('highlight-card').getByRole('button', { name: 'Add note' }).click();
  await app.getByLabel('Highlight note').fill('Compare with the satellite imagery from Belgorod.');
  await app.getByLabel('Highlight note').press('Control+Enter');
  await app.getByLabel('Highlight tags').fill('buildup');
  await app.getByLabel('Highlight tags').press('Enter');

  const search = app.getByLabel('Search the library');
  await search.fill('belgorod');
  const rows = app.getByTestId('article-list').locator('.article-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('in your notes');

  await search.fill('russia');
  await expect(rows).toHaveCount(2);
  await app.getByRole('button', { name: 'Filters' }).click();
  await app.getByLabel('Filter by tag').selectOption('buildup');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(SEED_TITLE);
});

test('a file written into the folder becomes findable', async ({ app, library }) => {
  const search = app.getByLabel('Search the library');
  await search.fill('tanker');
  await expect(app.getByTestId('library-count')).toContainText('0 results');
  await library.write(
    'new/port.txt',
    articleText('Philadelphia port closed by tanker crash', '19870302', 'https://news.example.net/port', [
      'The port of Philadelphia was closed when a Cypriot oil tanker ran aground after hitting a ' +
        'tower supporting power lines.',
    ]),
  );
  await expect(app.getByTestId('article-list').locator('.article-row')).toHaveCount(1);
  await expect(app.getByTestId('article-list').locator('.article-row').first()).toContainText(
    'Philadelphia port closed',
  );
});

test.describe('a library of a few thousand files', () => {
  // Small steps, so the reading is slow enough to watch on a fast machine (the indexing is held instead).
  test.use({ seedFiles: {}, scanStep: 20 });

  test('shows progress on the first scan and stays clickable while articles arrive', async ({ page, host }) => {
    const folder = await mkdtemp(join(tmpdir(), 'dossier-e2e-bulk-'));
    const words =
      'Officials said the talks would continue next week as negotiators weighed the proposals on the table'.split(' ');
    await Promise.all(
      Array.from({ length: 3000 }, (_, i) =>
        writeFile(
          join(folder, `bulk-${String(i).padStart(4, '0')}.txt`),
          articleText(
            `Bulk report ${i}: ${words[i % words.length]} update`,
            `2021${String((i % 12) + 1).padStart(2, '0')}15`,
            `https://bulk.example.org/${i}`,
            [
              `${words.slice(i % 7).join(' ')} (report ${i}).`,
              `Paragraph two of report ${i} repeats the ${words[(i * 3) % words.length]} line for the archive.`,
            ],
          ),
        ),
      ),
    );
    // Open that folder: its 3,000 files are read in the background. Its indexing is held when it starts, so
    // the bar is seen in that phase however fast the machine reads.
    const indexing = host.holdPhase(folder, 'indexing');
    host.dialogs.folders.push(folder);
    await host.open();
    await page.getByRole('button', { name: 'Change folder…' }).click();
    const progress = page.getByTestId('scan-progress');
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(/of 3,00\d files/);
    // Usable while reading: open the first article that has arrived.
    await page.getByTestId('article-list').locator('.article-row:not(.placeholder)').first().click();
    await expect(page.getByTestId('reader').locator('h1')).toContainText('Bulk report');
    await page.screenshot({ path: 'test-results/screenshots/scan-progress.png' });
    // Every file is listed first; the same bar then shows the text being made searchable.
    await indexing.reached;
    await expect(page.getByTestId('library-count')).toHaveText('3,000 articles', { timeout: 60_000 });
    await expect(progress).toContainText('Making the text searchable');
    indexing.release();
    await expect(progress).toBeHidden({ timeout: 60_000 });
    // Once it is gone, the last file's own words find it.
    await page.getByLabel('Search the library').fill('"report 2999"');
    const list = page.getByTestId('article-list');
    await expect(list.locator('.article-row')).toHaveCount(1);
    await expect(list.locator('.article-row').first()).toContainText('Bulk report 2999');
    await rm(folder, { recursive: true, force: true });
  });
});
