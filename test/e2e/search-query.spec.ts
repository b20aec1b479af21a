// The query language end to end: OR, groups with exclusions, title: and source:, a query that cannot be
// read whole (said under the field, the rest still searched), advice that fits a query finding nothing,
// a reversed date range, the Search tips, and right-to-left words.
import { expect, test, articleText } from './fixtures';

const SEED_TITLE = 'Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine';
const MINSK_TITLE = 'Minsk Agreements remain unobserved as clashes continue in Donbas';
const GRAIN_TITLE = 'Grain prices climb as shipping lanes close';
const ARABIC_TITLE = 'لافروف يلتقي نظيره في جنيف لبحث اتفاقات مينسك';

test.use({
  seedFiles: {
    'europe/minsk.txt': articleText(MINSK_TITLE, '20220218', 'https://www.example.org/world/minsk', [
      'The Minsk Agreements were negotiated by the leaders of France, Germany, Russia, and Ukraine in 2015.',
      'However, the agreement has so far not been observed and sporadic clashes continue.',
    ]),
    'asia/grain.txt': articleText(GRAIN_TITLE, '20220301', 'https://news.example.net/grain', [
      'Wheat futures rose sharply as traders weighed the closure of Black Sea shipping lanes.',
    ]),
    'mideast/lavrov-ar.txt': articleText(ARABIC_TITLE, '20220220', 'https://arabic.example.com/lavrov', [
      'قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات ستستمر الأسبوع المقبل.',
      'وأضاف أن اتفاقات مينسك تبقى الأساس لأي حل سياسي.',
    ]),
  },
});

test('OR, groups, title: and source: find what they say', async ({ app }) => {
  const search = app.getByLabel('Search the library');
  const rows = app.getByTestId('article-list').locator('.article-row');
  const count = app.getByTestId('library-count');

  await search.fill('Lavrov OR Minsk');
  await expect(count).toContainText('2 results for “Lavrov OR Minsk”');
  await expect(rows).toHaveCount(2);
  await expect(app.getByTestId('article-list')).toContainText(SEED_TITLE);
  await expect(app.getByTestId('article-list')).toContainText(MINSK_TITLE);
  await expect(app.getByTestId('query-problems')).toBeHidden();
  await app.screenshot({ path: '/tmp/search-or.png' });

  await search.fill('(lavrov OR grain) -blinken');
  await expect(count).toContainText('1 result for');
  await expect(rows.first()).toContainText(GRAIN_TITLE);

  await search.fill('title:minsk');
  await expect(count).toContainText('1 result for');
  await expect(rows.first()).toContainText(MINSK_TITLE);

  await search.fill('source:example.net');
  await expect(count).toContainText('1 result for');
  await expect(rows.first()).toContainText(GRAIN_TITLE);

  await search.fill('لافروف OR مينسك');
  await expect(count).toContainText('1 result for');
  await expect(rows.first()).toContainText(ARABIC_TITLE);
  await app.screenshot({ path: '/tmp/search-rtl.png' });
});

test('a query that cannot be read whole is explained, and the rest is still searched', async ({ app }) => {
  const search = app.getByLabel('Search the library');
  const rows = app.getByTestId('article-list').locator('.article-row');
  const problems = app.getByTestId('query-problems');

  await search.fill('(lavrov OR "grain');
  await expect(problems).toContainText('A “(” is not closed');
  await expect(problems).toContainText('A quote is not closed: “grain” was read as a phrase.');
  await expect(rows).toHaveCount(2);

  await search.fill('author:smith lavrov');
  await expect(problems).toContainText('“author:” is not a field Dossier can search');
  await search.fill('lavrov OR ');
  await expect(problems).toContainText('OR needs a word on each side');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(SEED_TITLE);
  await app.screenshot({ path: '/tmp/search-problems.png' });

  // Nothing matches: the advice fits the query, not "try fewer words" for every query.
  await search.fill('lavrov wheat');
  await expect(app.getByTestId('no-results')).toContainText('Every word must match: try fewer words, or OR');
  await search.fill('title:wheat');
  await expect(app.getByTestId('no-results')).toContainText('title: looks in titles only');
  await search.fill('-lavrov');
  await expect(problems).toContainText('-lavrov only leaves articles out');
  await expect(app.getByTestId('library-count')).toContainText('0 results');
  await app.screenshot({ path: '/tmp/search-advice.png' });
});

test('Search tips list the syntax, and a reversed date range says so', async ({ app }) => {
  await app.getByRole('button', { name: 'Search tips' }).click();
  const tips = app.getByRole('region', { name: 'Search tips' });
  await expect(tips).toContainText('NEAR(lavrov minsk, 10)');
  await expect(tips).toContainText('source:reuters');
  await app.screenshot({ path: '/tmp/search-tips.png' });
  await app.getByRole('button', { name: 'Search tips' }).press('Escape');
  await expect(tips).toBeHidden();

  await app.getByRole('button', { name: 'Filters' }).click();
  await app.getByLabel('Published from').fill('2022-02-19');
  await app.getByLabel('Published to').fill('2022-02-10');
  const note = app.getByTestId('dates-reversed');
  await expect(note).toContainText('“From” (2022-02-19) is after “to” (2022-02-10)');
  // The dates between, not nothing: the seed (11 Feb) and Minsk (18 Feb).
  await expect(app.getByTestId('library-count')).toHaveText('2 articles');
  await app.screenshot({ path: '/tmp/search-dates.png' });
  await note.getByRole('button', { name: 'Swap the dates' }).click();
  await expect(note).toBeHidden();
  await expect(app.getByLabel('Published from')).toHaveValue('2022-02-10');
  await expect(app.getByTestId('library-count')).toHaveText('2 articles');
});
