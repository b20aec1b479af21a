// The workspaces at the window sizes analysts use, and at 200% zoom: nothing scrolls or spills sideways
// (long titles, URLs and tokens wrap), and the reader keeps at least 45 characters a line. Each size is
// photographed with a right-to-left article and with the briefs view.
import { articleText, expect, test } from './fixtures';
import { layoutShot, readerLineChars, sidewaysOverflow } from './layout-checks';
import { openArticle, SEED_TITLE } from './reader-actions';

const TOKEN = 'x'.repeat(40) + '-' + 'ExtraordinarilyLongUnbrokenIdentifier'.repeat(6);
const LONG_TITLE = `Supplementary statement on ${TOKEN}`;
const LONG_URL = `https://www.example.org/archive/2022/02/${'very-long-path-segment-'.repeat(12)}index.html`;
const ARABIC_TITLE = 'محادثات جنيف تستأنف الأسبوع المقبل بمشاركة الوفدين';

const SIZES = [
  { name: '1024x700', viewport: { width: 1024, height: 700 }, deviceScaleFactor: 1 },
  { name: '1280x800', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 },
  // 1280×800 at 200% zoom: a 640×400 CSS viewport on twice the device pixels.
  { name: 'zoom-200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

test.use({
  seedFiles: {
    'long.txt': articleText(LONG_TITLE, '20220215', LONG_URL, [
      `The identifier ${TOKEN} appeared in the ministry's filing without spaces or breaks of any kind.`,
      'Officials said the talks would resume next week in Geneva, with both delegations expected to attend ' +
        'and a joint statement planned for the end of the first day, if the sides agree on its wording.',
    ]),
    'ar/talks.txt': articleText(ARABIC_TITLE, '20220218', 'https://www.example.org/ar/geneva', [
      'قال وزير الخارجية إن المحادثات ستستأنف في جنيف الأسبوع المقبل بمشاركة الوفدين، وإن الجانبين اتفقا على ' +
        'جدول أعمال يشمل الأمن الإقليمي والحد من التسلح وتبادل الأسرى، على أن يصدر بيان مشترك في نهاية اليوم الأول.',
      'وأضاف أن الحل الدبلوماسي هو الطريق الوحيد المسؤول لحل هذه الأزمة.',
    ]),
  },
});

for (const size of SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('nothing scrolls sideways and the reader keeps a readable measure', async ({ app }, testInfo) => {
      const narrow = size.viewport.width < 700;
      if (narrow) {
        // No room for the list beside the reader: it waits on its rail and opens over the reader.
        await expect(app.getByRole('button', { name: 'Show library list' })).toBeVisible();
        await app.getByRole('button', { name: 'Show library list' }).click();
      }
      await openArticle(app, SEED_TITLE);
      if (narrow) {
        // Escape closes the drawer from inside it, and the reader has the whole width again.
        await app.keyboard.press('Escape');
        await expect(app.locator('#library-pane')).toBeHidden();
      }
      expect(await sidewaysOverflow(app)).toEqual([]);
      expect(await readerLineChars(app)).toBeGreaterThanOrEqual(45);
      await layoutShot(app, testInfo, `reader-${size.name}`);

      if (narrow) {
        await app.getByRole('button', { name: 'Show notes pane' }).click();
        await expect(app.getByTestId('annotations-panel')).toBeVisible();
        expect(await sidewaysOverflow(app)).toEqual([]);
        await layoutShot(app, testInfo, `notes-drawer-${size.name}`);
        await app.keyboard.press('Escape');
        await expect(app.getByTestId('annotations-panel')).toBeHidden();
        await app.getByRole('button', { name: 'Show library list' }).click();
      }
      await openArticle(app, LONG_TITLE);
      if (narrow) {
        // So does a click outside it, on the reader beside it.
        const reader = await app.getByTestId('reader').boundingBox();
        await app.mouse.click((reader?.x ?? 0) + (reader?.width ?? 0) - 8, (reader?.y ?? 0) + 200);
        await expect(app.locator('#library-pane')).toBeHidden();
      }
      expect(await sidewaysOverflow(app)).toEqual([]);
      await layoutShot(app, testInfo, `long-words-${size.name}`);

      if (narrow) await app.getByRole('button', { name: 'Show library list' }).click();
      await openArticle(app, ARABIC_TITLE);
      if (narrow) await app.keyboard.press('Escape');
      expect(await sidewaysOverflow(app)).toEqual([]);
      expect(await readerLineChars(app)).toBeGreaterThanOrEqual(45);
      await layoutShot(app, testInfo, `rtl-${size.name}`);
    });

    test('the briefs view fits without scrolling sideways', async ({ app }, testInfo) => {
      await app.getByRole('tab', { name: 'Briefs' }).click();
      await app.getByRole('button', { name: 'New brief' }).first().click();
      await expect(app.getByLabel('Brief title')).toBeVisible();
      expect(await sidewaysOverflow(app)).toEqual([]);
      await layoutShot(app, testInfo, `briefs-${size.name}`);
    });
  });
}
