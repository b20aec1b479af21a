// A feed file dropped on the window: each item an article of the list, opened and highlighted like any
// other; then the feed saved again with an item gone and a new one: the highlighted item keeps its highlight,
// the gone item leaves the list and the new one joins it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FEED_ITEMS, rss2, type FeedItem } from '../support/feeds';
import { dropFiles } from './drop';
import { expect, test } from './fixtures';
import { highlightPassage, openArticle } from './reader-actions';

const [bbc, blinken, cnn, nytimes] = FEED_ITEMS as [FeedItem, FeedItem, FeedItem, FeedItem];
// The seed article is in the library already under its own title: its feed copy goes under another.
const lavrov: FeedItem = { ...blinken, title: 'Lavrov proposes dates for a meeting with Blinken late next week' };
const PASSAGE = 'The report assessed poverty levels, income and wealth inequality';

const option = (app: Page, title: string) => app.getByRole('option', { name: new RegExp(escapeRegExp(title)) });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a dropped feed lists its items; saved again, a highlighted item keeps its highlight', async ({
  app,
  library,
}) => {
  // Feeds are read in the read workers, which this host starts from source (tsx compiles them as they load):
  // two such starts on a loaded machine take a good part of a test's usual minute.
  test.slow();
  const feed = rss2([bbc, cnn, nytimes]);
  await dropFiles(app, [{ name: 'world.rss', content: feed }]);
  for (const item of [bbc, cnn, nytimes]) await expect(option(app, item.title)).toBeVisible();
  // The seed article and the feed's three items.
  await expect(app.getByTestId('article-list').locator('.article-row')).toHaveCount(4);
  expect(await readFile(join(library.root, 'world.rss'), 'utf8')).toBe(feed);

  await openArticle(app, cnn.title);
  await expect(app.getByTestId('article-body')).toContainText('Powered by SmartAsset.com');
  await highlightPassage(app, PASSAGE);
  await expect(app.locator('mark.hl-yellow')).toHaveText(PASSAGE);
  await expect(option(app, cnn.title)).toContainText('✎ 1');

  // The feed reader saves the feed again: the BBC item dropped, a new item on top.
  await library.write('world.rss', rss2([lavrov, cnn, nytimes]));
  await expect(option(app, lavrov.title)).toBeVisible();
  await expect(option(app, bbc.title)).toHaveCount(0);
  await expect(app.getByTestId('article-list').locator('.article-row')).toHaveCount(4);
  await expect(option(app, cnn.title)).toContainText('✎ 1');

  await openArticle(app, nytimes.title);
  await expect(app.locator('mark.hl')).toHaveCount(0);
  await openArticle(app, cnn.title);
  await expect(app.locator('mark.hl-yellow')).toHaveText(PASSAGE);
  await expect(app.getByTestId('highlight-card')).toHaveCount(1);
});
