// Files that may not be articles (only a title, one enormous line) still open, and say so: a badge on their
// row and a banner in the reader naming what is odd; an ordinary article has neither.
import { articleText, expect, test } from './fixtures';
import { openArticle, SEED_TITLE } from './reader-actions';

const TITLE_ONLY = 'Note to self: call the Geneva desk';
const ARABIC_TITLE_ONLY = 'ملاحظة: الاتصال بمكتب جنيف';
const JUNK = 'x9Q'.repeat(60_000);

test.use({
  seedFiles: {
    'title-only.txt': `${TITLE_ONLY}\n`,
    'world/ar-title-only.txt': `${ARABIC_TITLE_ONLY}\n20220301\n`,
    'dump.txt': JUNK,
    'ordinary.txt': articleText('Talks resume in Geneva', '20220301', 'https://example.org/geneva', [
      'Diplomats said the talks would resume next week.',
    ]),
  },
});

const row = (app: import('@playwright/test').Page, id: string) => app.locator(`.article-row[data-id="${id}"]`);

test('a title-only file shows its warning in the list and in the reader, and still opens', async ({ app }) => {
  await expect(row(app, 'title-only.txt').getByTestId('odd-badge')).toHaveText('⚠ odd file');
  await expect(row(app, 'title-only.txt').getByTestId('odd-badge')).toHaveAttribute(
    'title',
    'no paragraphs after the header: the file holds only a title',
  );
  await expect(row(app, 'ordinary.txt')).toBeVisible();
  await expect(row(app, 'ordinary.txt').getByTestId('odd-badge')).toHaveCount(0);

  await openArticle(app, TITLE_ONLY);
  const banner = app.getByRole('note', { name: 'This file may not be an article' });
  await expect(banner).toContainText('no paragraphs after the header: the file holds only a title');
  await app.screenshot({ path: '/tmp/trust-odd-title-only.png' });

  await openArticle(app, ARABIC_TITLE_ONLY);
  await expect(banner).toContainText('no paragraphs after the header');
  await expect(row(app, 'world/ar-title-only.txt').getByTestId('odd-badge')).toBeVisible();
  await app.screenshot({ path: '/tmp/trust-odd-title-only-rtl.png' });

  await openArticle(app, 'Talks resume in Geneva');
  await expect(app.getByTestId('article-body')).toContainText('Diplomats said');
  await expect(app.getByTestId('odd-file')).toHaveCount(0);
  await openArticle(app, SEED_TITLE);
  await expect(app.getByTestId('odd-file')).toHaveCount(0);
});

test('one enormous line of junk opens with its size named as the reason', async ({ app }) => {
  const dump = row(app, 'dump.txt');
  await expect(dump.getByTestId('odd-badge')).toBeVisible();
  await dump.click();
  await expect(app.getByTestId('odd-file')).toContainText('one line of 180,000 characters — not an article?');
  await app.screenshot({ path: '/tmp/trust-odd-huge-line.png' });
});
