// Typed links between highlights and independent corroboration: an origin and its republication by another
// outlet linked as the same claim read "1 independent source (2 copies)", single origin; support from an
// unrelated outlet makes 2 and suggests "confirmed"; a removed link comes back with Undo; right to left too.
import { readFileSync } from 'node:fs';
import { expectNoSeriousViolations } from './axe-check';
import { cardOf, linkByKeyboard } from './evidence-actions';
import { articleText, expect, SEED_ARTICLE, test } from './fixtures';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { schemeShots } from './screenshots';
import { selectWithinParagraph } from './select';

/** The seed article (russiaherald.com) is the origin; another outlet republishes it a day later, edited. */
const SEED_LINES = readFileSync(SEED_ARTICLE, 'utf8').split('\n').filter(Boolean);
const COPY_TITLE = 'Top US diplomat to meet Lavrov next week unless Russia invades';
const OTHER_TITLE = 'Satellite images show new Russian deployments near Ukraine';
const CLAIM = 'Russia and NATO accusing each other of amassing troops';
const SUPPORT = 'more than 100,000 Russian troops are now massed near the border';

const ARABIC_TITLE = 'محادثات في جنيف الأسبوع المقبل';
const ARABIC_COPY_TITLE = 'جنيف تستضيف المحادثات الأسبوع المقبل';
const ARABIC_CLAIM = 'قالت مصادر دبلوماسية إن المحادثات ستعقد في جنيف';

test.use({
  seedFiles: {
    'world/blinken-copy.txt': articleText(
      COPY_TITLE,
      '20220212',
      'https://www.eurasiareview.com/12022022-top-us-diplomat-to-meet-lavrov/',
      [...SEED_LINES.slice(3, -1), 'Editor’s note: this story was corrected to give the date of the meeting.'],
    ),
    'world/deployments.txt': articleText(OTHER_TITLE, '20220214', 'https://www.dw.com/en/satellite-images/a-60771', [
      'New satellite images show Russian deployments in Belarus, Crimea and western Russia, a US company said.',
      `Western officials estimate that ${SUPPORT} with Ukraine, in what they call the largest build-up in decades.`,
      'Moscow says the troops are on exercises and will return to their bases once the drills are over.',
    ]),
    'ar/geneva.txt': articleText(ARABIC_TITLE, '20220301', 'https://www.example.org/geneva', [
      `${ARABIC_CLAIM} الأسبوع المقبل.`,
    ]),
    'ar/geneva-copy.txt': articleText(ARABIC_COPY_TITLE, '20220302', 'https://www.example.net/geneva', [
      `${ARABIC_CLAIM} الأسبوع المقبل، بحسب وكالة أنباء.`,
    ]),
  },
});

const card = cardOf;

test('copies of one story confirm once; another outlet confirms twice; a removed link comes back with Undo', async ({
  app,
}) => {
  test.slow(); // three articles, three highlights and two links, with screenshots
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, CLAIM);
  await openArticle(app, COPY_TITLE);
  await highlightPassage(app, CLAIM);

  // The republication's highlight, linked to the origin's as the same claim, all by the keyboard.
  await linkByKeyboard(app, CLAIM, 'States the same claim as', 'amassing troops');
  const copy = card(app, CLAIM);
  const line = copy.getByTestId('corroboration');
  await expect(line).toContainText('confirmed by 1 independent source (2 copies)');
  await expect(line.getByTestId('single-origin')).toHaveText('single origin');
  await expect(copy.getByTestId('highlight-link')).toContainText(/Same claim as.*amassing troops.*Blinken accepts/);
  await expect(copy.getByTestId('confirm-suggestion')).toHaveCount(0);
  await expectNoSeriousViolations(app, 'highlight card with a link');
  await schemeShots(app, 'links-single-origin');

  // An unrelated report by another outlet supports the claim: two independent sources.
  await openArticle(app, OTHER_TITLE);
  await highlightPassage(app, SUPPORT);
  await linkByKeyboard(app, SUPPORT, 'Supports', 'amassing Blinken accepts');
  const support = card(app, SUPPORT);
  await expect(support.getByTestId('highlight-link')).toContainText(/Supports.*amassing troops.*russiaherald\.com/);
  // Supporting another claim does not confirm its own.
  await expect(support.getByTestId('corroboration')).toHaveText('not confirmed by another source');

  // Going to the linked highlight opens its article with its card selected.
  await support.getByTitle('Go to this highlight').click();
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(SEED_TITLE);
  const origin = card(app, CLAIM);
  await expect(origin).toHaveClass(/card-selected/);
  await expect(origin.getByRole('button', { name: /^Key fact/ })).toBeFocused();
  await expect(origin.getByTestId('corroboration')).toContainText('confirmed by 2 independent sources (3 copies)');
  await expect(origin.getByTestId('single-origin')).toHaveCount(0);
  const suggestion = origin.getByTestId('confirm-suggestion');
  await expect(suggestion).toContainText('2 independent sources say this');
  await schemeShots(app, 'links-confirmed');

  // Removing the support takes the count back; Undo restores the link and the count.
  await origin.getByRole('button', { name: /^Remove link: Supported by/ }).click();
  await expect(origin.getByTestId('corroboration')).toContainText('confirmed by 1 independent source (2 copies)');
  await expect(origin.getByTestId('single-origin')).toBeVisible();
  await expect(suggestion).toHaveCount(0);
  const removed = app.getByTestId('toast').filter({ hasText: 'Link removed.' });
  await expect(removed).toContainText('Supported by “more than 100,000 Russian troops');
  await removed.getByRole('button', { name: 'Undo' }).click();
  await expect(origin.getByTestId('corroboration')).toContainText('confirmed by 2 independent sources (3 copies)');
  await expect(origin.getByTestId('highlight-link')).toHaveCount(2);

  // The analyst decides: marking it confirmed sets credibility 1, and the suggestion goes.
  await suggestion.getByRole('button', { name: 'Mark as confirmed (1)' }).click();
  await expect(suggestion).toHaveCount(0);
  await expect(app.getByTestId('toast').last()).toContainText('Marked as confirmed: credibility 1.');
});

test('the picker says when nothing matches, and Escape closes it without leaving the card', async ({ app }) => {
  test.slow(); // two articles and two highlights made with the mouse
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, CLAIM);
  await card(app, CLAIM).getByRole('button', { name: 'Link…' }).click();
  const picker = app.getByTestId('link-picker');
  await expect(picker).toContainText('No other highlight to link yet.');
  await expectNoSeriousViolations(app, 'link picker');
  await app.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(card(app, CLAIM)).toHaveClass(/card-selected/);
  await expect(card(app, CLAIM).getByRole('button', { name: 'Link…' })).toBeFocused();

  await openArticle(app, OTHER_TITLE);
  await highlightPassage(app, SUPPORT);
  await card(app, SUPPORT).getByRole('button', { name: 'Link…' }).click();
  await expect(picker.getByRole('option')).toHaveCount(1);
  await schemeShots(app, 'links-picker');
  await picker.getByRole('combobox').fill('zebra');
  await expect(picker.getByRole('option')).toHaveCount(0);
  await expect(picker).toContainText('No highlight matches “zebra”.');
  await expect(picker.getByRole('button', { name: 'Link', exact: true })).toBeDisabled();
});

test('links between right-to-left highlights read right to left', async ({ app }) => {
  test.slow(); // two articles, a link and four screenshots
  await openArticle(app, ARABIC_TITLE);
  await selectWithinParagraph(app, ARABIC_CLAIM);
  await app.keyboard.press('1');
  await openArticle(app, ARABIC_COPY_TITLE);
  await selectWithinParagraph(app, ARABIC_CLAIM);
  await app.keyboard.press('1');
  await linkByKeyboard(app, ARABIC_CLAIM, 'States the same claim as', 'مصادر دبلوماسية');

  const linked = card(app, ARABIC_CLAIM).getByTestId('highlight-link');
  await expect(linked).toContainText(ARABIC_CLAIM);
  await expect(linked).toContainText('example.org');
  const quote = linked.locator('q');
  expect(await quote.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await expect(card(app, ARABIC_CLAIM).getByTestId('corroboration')).toContainText(/confirmed by \d independent/);
  await schemeShots(app, 'links-rtl');
});
