// The walking skeleton end to end: list, live updates, drag and drop, dialogs, reader, bad files.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleText, expect, SEED_ARTICLE, test } from './fixtures';
import { dropFiles } from './drop';
import { SEED_TITLE } from './reader-actions';

const MINSK = articleText(
  'Minsk Agreements remain unobserved as clashes continue in Donbas',
  '20220218',
  'https://www.example.org/world/minsk-agreements',
  [
    "The conflict in Donbas between Ukraine's government and the breakaway of Donetsk and Luhansk " +
      "People's Republics has been going on since 2014.",
    'The Minsk Agreements, designed to find a political resolution to the conflict, was negotiated ' +
      'by the leaders of France, Germany, Russia, and Ukraine in February 2015.',
    'However, the agreement has so far not been observed and sporadic clashes continue.',
  ],
);

test.use({
  seedFiles: {
    'europe/minsk.txt': MINSK,
    'broken/scan.txt': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
  },
});

const rows = (page: import('@playwright/test').Page) => page.getByTestId('article-list').locator('.article-row');

test('lists the library newest first with date and source, and unreadable files apart', async ({ app }) => {
  await expect(rows(app)).toHaveCount(2);
  await expect(rows(app).nth(0)).toContainText('Minsk Agreements remain unobserved');
  await expect(rows(app).nth(0)).toContainText('example.org');
  await expect(rows(app).nth(1)).toContainText(SEED_TITLE);
  await expect(rows(app).nth(1)).toContainText('russiaherald.com');
  await expect(rows(app).nth(1)).toContainText('2022');
  const broken = app.getByTestId('broken-list');
  await expect(broken).toContainText('broken/scan.txt');
  await expect(broken).toContainText('binary file');
  await app.screenshot({ path: 'test-results/screenshots/library.png' });
});

test('opens an article and shows its paragraphs as text, with its source link', async ({ app, host }) => {
  await rows(app).filter({ hasText: SEED_TITLE }).click();
  const reader = app.getByTestId('reader');
  await expect(reader.locator('h1')).toHaveText(SEED_TITLE);
  const expected = (await readFile(SEED_ARTICLE, 'utf8')).trim().split('\n').slice(3);
  await expect(reader.locator('.reader-body p')).toHaveCount(expected.length);
  await expect(reader.locator('.reader-body p').first()).toHaveText(expected[0] ?? '');
  await reader.getByRole('link', { name: 'russiaherald.com' }).click();
  await expect
    .poll(() => host.openedExternally)
    .toEqual([
      'https://www.russiaherald.com/news/272310129/' +
        'blinken-accepts-invitation-to-meet-lavrov-late-next-week-if-russia-does-not-invade-ukraine',
    ]);
  await app.screenshot({ path: 'test-results/screenshots/reader.png' });
});

test('shows markup in a title as text, never as HTML', async ({ app, library }) => {
  await library.write(
    'markup.txt',
    articleText('<img src=x onerror=alert(1)> Title &amp; more', '20220301', 'https://example.org/m', ['Body.']),
  );
  await expect(rows(app).first()).toContainText('Title & more');
  await library.write(
    'script.txt',
    articleText('Plain title', '20220302', 'https://example.org/s', ['<script>window.__pwned = 1</script> stays text']),
  );
  await rows(app).filter({ hasText: 'Plain title' }).click();
  await expect(app.getByTestId('reader').locator('.reader-body p')).toHaveText(
    '<script>window.__pwned = 1</script> stays text',
  );
  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a file written into the folder appears, and a deleted one disappears', async ({ app, library }) => {
  await expect(rows(app)).toHaveCount(2);
  await library.write(
    'new/arrival.txt',
    articleText('Moscow denies plans to attack any country', '20220220', 'https://example.org/moscow', [
      'Meanwhile, Moscow denies the claims and maintains that it has no intention of attacking any country.',
    ]),
  );
  await expect(rows(app).first()).toContainText('Moscow denies plans to attack any country');
  await expect(rows(app)).toHaveCount(3);
  await library.remove('europe/minsk.txt');
  await expect(rows(app)).toHaveCount(2);
  await expect(app.getByTestId('article-list')).not.toContainText('Minsk Agreements');
});

test('the open article follows its file when renamed, and reloads when edited', async ({ app, library }) => {
  await rows(app).filter({ hasText: 'Minsk Agreements' }).click();
  await expect(app.getByTestId('reader').locator('.file-id')).toHaveText('europe/minsk.txt');
  const { rename } = await import('node:fs/promises');
  await rename(join(library.root, 'europe/minsk.txt'), join(library.root, 'minsk-renamed.txt'));
  await expect(app.getByTestId('reader').locator('.file-id')).toHaveText('minsk-renamed.txt');
  await library.write(
    'minsk-renamed.txt',
    MINSK.replace('sporadic clashes continue.', 'sporadic clashes continue.\nA fourth paragraph arrived.'),
  );
  await expect(app.getByTestId('reader').locator('.reader-body p')).toHaveCount(4);
});

test('files dropped on the window land in the folder and the list; duplicates and non-articles are refused', async ({
  app,
  library,
}) => {
  const dropped = articleText(
    'Russia and NATO accuse each other of amassing troops',
    '20220219',
    'https://example.org/troops',
    [
      'Tensions over Ukraine have increased in recent months, with Russia and NATO accusing each ' +
        'other of amassing troops on the Russian-Ukrainian border.',
    ],
  );
  await dropFiles(app, [
    { name: 'troops.txt', content: dropped },
    { name: 'photo.jpg', content: [0xff, 0xd8, 0xff, 0xe0, 0, 0] },
  ]);
  await expect(rows(app).first()).toContainText('Russia and NATO accuse each other');
  await expect(app.getByTestId('toast').first()).toContainText('Added 1 article');
  await expect(app.getByTestId('toast').first()).toContainText('photo.jpg: not an article file');
  expect(await readFile(join(library.root, 'troops.txt'), 'utf8')).toBe(dropped);
  expect(await readdir(library.root)).not.toContain('photo.jpg');

  await dropFiles(app, [{ name: 'troops-again.txt', content: dropped }]);
  await expect(app.getByTestId('toast').last()).toContainText(
    'troops-again.txt is already in the library as troops.txt',
  );
  expect(await readdir(library.root)).not.toContain('troops-again.txt');

  await dropFiles(app, [{ name: 'troops.txt', content: dropped.replace('recent months', 'recent weeks') }]);
  await expect(rows(app)).toHaveCount(4);
  expect(await readdir(library.root)).toContain('troops (2).txt');
});

test('"Add files…" imports what the analyst picks in the native dialog', async ({ app, host }) => {
  host.dialogs.files.push([SEED_ARTICLE]);
  await app.getByRole('button', { name: 'Add files…' }).click();
  await expect(app.getByTestId('toast').first()).toContainText('already in the library as 000_08978045df2b272e.txt');
});

test('"Change folder…" opens another library, and an empty one says how to fill it', async ({ app, host }) => {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const empty = await mkdtemp(join(tmpdir(), 'dossier-e2e-empty-'));
  host.dialogs.folders.push(empty);
  await app.getByRole('button', { name: 'Change folder…' }).click();
  await expect(app.getByTestId('empty-state')).toContainText('Your library is empty');
  await expect(app.getByTestId('library-root')).toHaveText(empty);
  await app.screenshot({ path: 'test-results/screenshots/empty.png' });
  await expect(app.getByTestId('article-list').locator('.article-row')).toHaveCount(0);
});

test('search narrows the list and arrow keys move through it', async ({ app }) => {
  await app.getByLabel('Search the library').fill('minsk');
  await expect(rows(app)).toHaveCount(2);
  await expect(rows(app).first()).toContainText('Minsk Agreements remain unobserved');
  await app.getByLabel('Search the library').fill('unobserved');
  await expect(rows(app)).toHaveCount(1);
  await expect(app.getByTestId('library-count')).toContainText('1 result for “unobserved”');
  await app.getByLabel('Search the library').press('Escape');
  await expect(rows(app)).toHaveCount(2);
  await app.getByLabel('Search the library').press('ArrowDown');
  await expect(app.getByTestId('reader').locator('h1')).toContainText('Minsk Agreements');
  await app.keyboard.press('ArrowDown');
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(SEED_TITLE);
});

test('a library folder deleted while open says so, and "Choose folder…" opens another', async ({
  app,
  host,
  library,
}) => {
  const { mkdtemp, rm: remove } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  await expect(rows(app).first()).toBeVisible();
  await remove(library.root, { recursive: true, force: true });
  const problem = app.getByTestId('library-problem');
  await expect(problem).toContainText('was deleted, moved or renamed');
  await app.screenshot({ path: 'test-results/screenshots/library-problem.png' });
  const other = await mkdtemp(join(tmpdir(), 'dossier-e2e-other-'));
  host.dialogs.folders.push(other);
  await problem.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(app.getByTestId('library-root')).toHaveText(other);
  await expect(problem).toBeHidden();
  await remove(other, { recursive: true, force: true });
});
