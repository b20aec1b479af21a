// Notices never cover what the analyst reads: with a pile of them (Undo among them) the brief's sources stay
// in view, the newest few show with "+N more" for the rest, and the latest Undo stays one click away.
import type { Locator, Page } from '@playwright/test';
import { articleText, expect, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { selectWithinParagraph } from './select';
import { QUOTE_A } from './work-actions';

const ARABIC_TITLE = 'محادثات في جنيف الأسبوع المقبل';
const ARABIC_QUOTE = 'قالت مصادر دبلوماسية إن المحادثات ستعقد في جنيف';
test.use({
  seedFiles: {
    'world/geneva-ar.txt': articleText(ARABIC_TITLE, '20220301', 'https://www.example.org/geneva', [
      `${ARABIC_QUOTE} الأسبوع المقبل.`,
    ]),
  },
});

const PASSING = [
  'The United States and Ukraine accuse Russia of preparing to invade',
  'Moscow denies the claims',
  'He stated that if Russia does invade in the coming days',
];

async function highlightAndDelete(app: Page, passage: string): Promise<void> {
  await selectWithinParagraph(app, passage);
  await app.keyboard.press('1');
  const card = app.getByTestId('highlight-card').filter({ hasText: passage });
  await card.getByRole('button', { name: 'Delete highlight' }).click();
  // The deletion re-renders the paragraph: the next selection waits until it has.
  await expect(card).toHaveCount(0);
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on screen');
  return box;
}

test('with several notices the brief and its sources stay visible, and Undo stays reachable', async ({ app }) => {
  test.slow(); // a long journey: a brief, four deletions in two articles, and the briefs view
  await app.setViewportSize({ width: 1024, height: 700 });
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, QUOTE_A);
  await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
  const added = app.getByTestId('toast').last();
  await expect(added).toContainText(/^Added to “(.+)”\./);
  const title = /“(.+)”/.exec((await added.textContent()) ?? '')?.[1] as string;
  for (const passage of PASSING) await highlightAndDelete(app, passage);
  await openArticle(app, ARABIC_TITLE);
  await highlightAndDelete(app, ARABIC_QUOTE);

  await app.getByRole('tab', { name: 'Briefs' }).click();
  await app.locator('.brief-row', { hasText: title }).click();
  const preview = app.getByTestId('brief-preview');
  const sources = preview.locator('.preview-sources');
  await expect(sources.locator('li')).toHaveCount(1);
  await preview.evaluate((el) => el.scrollTo(0, el.scrollHeight));

  // Four Undo notices at least: three show, the rest fold, the newest (the Arabic quote's) among those shown.
  const tray = app.getByTestId('toasts');
  await expect(tray.getByRole('button', { name: /^\+\d+ more$/ })).toBeVisible();
  const shown = app.getByTestId('toast');
  await expect(shown).toHaveCount(3);
  await expect(shown.last()).toContainText(ARABIC_QUOTE);
  await app.screenshot({ path: '/tmp/trust-toasts-brief.png' });

  await expect(sources).toBeInViewport({ ratio: 1 });
  const sourcesBox = await boxOf(sources);
  const previewBox = await boxOf(preview);
  for (const toast of await shown.all()) {
    const box = await boxOf(toast);
    expect(overlaps(box, sourcesBox), 'a notice covers the sources').toBe(false);
    expect(overlaps(box, previewBox), 'a notice covers the preview').toBe(false);
  }
  expect(overlaps(await boxOf(tray), previewBox), 'the tray covers the preview').toBe(false);

  // The folded ones open on demand; Ctrl+Z undoes the newest deletion and the tray shrinks by one.
  await tray.getByRole('button', { name: /more$/ }).click();
  await expect.poll(() => shown.count()).toBeGreaterThan(3);
  await app.screenshot({ path: '/tmp/trust-toasts-expanded.png' });
  await tray.getByRole('button', { name: 'Show fewer' }).click();
  await app.keyboard.press('Control+z');
  await expect(app.getByTestId('toast').filter({ hasText: ARABIC_QUOTE })).toHaveCount(0);
  await app.getByRole('tab', { name: 'Library' }).click();
  await expect(app.locator('mark.hl')).toHaveText(ARABIC_QUOTE);
});
