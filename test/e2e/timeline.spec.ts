// The timeline from the seed article (published 11 Feb 2022, a Friday): its "proposed dates for late next week"
// suggests 17–18 Feb on the highlight's card, accepted by keyboard (both days kept); the Timeline places the event
// over 17–18 Feb, six days after its report, and the article on 11 Feb; lanes by tag; Enter on the event opens
// the quote; the range in view goes out as CSV and into a brief. Light, dark and right to left are looked at.
// The card's end date is set, refused when before the start, and cleared with Undo; the timeline keeps its
// grouping, zoom and middle day across a tab switch and a reload.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoSeriousViolations } from './axe-check';
import { briefExportButton, exportAndClose } from './export-actions';
import { articleText, expect, test } from './fixtures';
import { readWorkDb } from './work-db';
import { highlightPassage, openArticle, SEED_TITLE } from './reader-actions';
import { schemeShots } from './screenshots';

const PASSAGE = 'proposed dates for late next week';
const OTHER_TITLE = 'Satellite images show new Russian deployments near Ukraine';
/** 17–18 Feb 2022 as the page's locale writes a span (en-GB or en-US). */
const SPAN = /17\s*[–-]\s*18 Feb 2022|Feb 17\s*[–-]\s*18, 2022/;
/** The highlight's event dates as stored, read from IndexedDB itself. */
const storedDates = async (page: Page): Promise<(string | undefined)[][]> =>
  ((await readWorkDb(page)).highlights as { eventDate?: string; eventDateEnd?: string }[]).map((h) => [
    h.eventDate,
    h.eventDateEnd,
  ]);

test.use({
  seedFiles: {
    'world/deployments.txt': articleText(OTHER_TITLE, '20220214', 'https://www.dw.com/en/satellite-images/a-60771', [
      'New satellite images show Russian deployments in Belarus, Crimea and western Russia, a US company said.',
    ]),
  },
});

test('"late next week" dates an event on the timeline, six days after its report, and the range exports', async ({
  app,
  host,
}) => {
  // A highlight, the timeline in three looks with axe, a CSV, a brief and its Markdown: minutes on a loaded machine.
  test.setTimeout(360_000);
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, PASSAGE);

  // The card suggests Thursday to Friday of the week after the report, from the words it read.
  const card = app.getByTestId('highlight-card').filter({ hasText: PASSAGE });
  const suggestion = card.getByTestId('event-suggestion');
  await expect(suggestion).toContainText('“late next week”');
  await expect(suggestion.locator('time')).toHaveAttribute('datetime', '2022-02-17');
  await expect(suggestion.locator('time')).toHaveText(/17\s*[–-]\s*18 Feb|Feb 17\s*[–-]\s*18/);
  await app.screenshot({ path: 'test-results/screenshots/timeline-card-suggestion.png' });

  // Accepted by keyboard: the card shows the span and its gap to the report (from its first day); both days kept.
  const use = suggestion.getByRole('button', { name: /^Use .*17.*18.* as the event date/ });
  await use.focus();
  await app.keyboard.press('Enter');
  const set = card.getByTestId('event-date-set');
  await expect(set.locator('time')).toHaveAttribute('datetime', '2022-02-17');
  await expect(set.locator('time')).toHaveAttribute('data-end', '2022-02-18');
  await expect(set.locator('time')).toHaveText(SPAN);
  await expect.poll(() => storedDates(app)).toEqual([['2022-02-17', '2022-02-18']]);
  await expect(set).toContainText(/reported (11 Feb 2022|Feb 11, 2022), 6 days earlier/);
  await expect(card.getByTestId('event-suggestion')).toHaveCount(0);

  // Tagged, for the lanes by tag.
  await card.getByRole('button', { name: new RegExp(PASSAGE) }).click();
  await card.getByLabel('Highlight tags').fill('talks');
  await card.getByLabel('Highlight tags').press('Enter');
  await expect(card.locator('.tag-chip', { hasText: 'talks' })).toBeVisible();

  await app.getByRole('tab', { name: 'Timeline' }).click();
  const view = app.getByTestId('timeline-view');
  const event = view.getByTestId('timeline-event');
  await expect(event).toHaveAttribute('data-date', '2022-02-17');
  await expect(event).toHaveAttribute('data-end', '2022-02-18');
  await expect(event).toHaveAccessibleName(
    new RegExp(`^Event (${SPAN.source}), reported .*11.*, 6 days earlier: “proposed dates for late next week”`),
  );
  await expect(event).toHaveAttribute('data-gap', '+6 d');
  const seed = view.getByTestId('timeline-article').filter({ hasText: SEED_TITLE });
  await expect(seed).toHaveAttribute('data-date', '2022-02-11');
  await expect(view.getByTestId('timeline-article').filter({ hasText: OTHER_TITLE })).toHaveAttribute(
    'data-date',
    '2022-02-14',
  );
  // The event sits right of its report, to the day: six days of the axis apart. Read in one go once the view has
  // settled (its first scroll to the marks lands a frame after they are drawn).
  const marks = (): Promise<{ event: number; eventEnd: number; seed: number; day: number; spanEnd: number }> =>
    app.evaluate((title) => {
      // Each mark's inline start: its left edge, or its right edge right to left; and its inline end.
      const rtl = document.documentElement.dir === 'rtl';
      const x = (element: Element | null | undefined): number => {
        const box = element?.getBoundingClientRect();
        return (rtl ? box?.right : box?.left) ?? NaN;
      };
      const xEnd = (element: Element | null | undefined): number => {
        const box = element?.getBoundingClientRect();
        return (rtl ? box?.left : box?.right) ?? NaN;
      };
      const chart = document.querySelector('[data-testid="timeline-view"]');
      const article = [...(chart?.querySelectorAll('[data-testid="timeline-article"]') ?? [])].find((mark) =>
        mark.textContent?.includes(title),
      );
      const tick = (date: string): number => x(chart?.querySelector(`.timeline-tick[data-date="${date}"]`));
      const mark = chart?.querySelector('[data-testid="timeline-event"]');
      return {
        event: x(mark),
        eventEnd: xEnd(mark),
        seed: x(article),
        day: Math.abs(tick('2022-02-12') - tick('2022-02-11')),
        // Where the span's last day ends: the start of the day after it.
        spanEnd: tick('2022-02-19'),
      };
    }, SEED_TITLE);
  await expect.poll(async () => (await marks()).day).toBeGreaterThan(20);
  await expect
    .poll(async () => {
      const { event: at, seed: from, day } = await marks();
      return Math.round((at - from) / day);
    })
    .toBe(6);
  // At day zoom the event covers its two days: from 17 Feb to the end of 18 Feb (a couple of pixels of air).
  await expect
    .poll(async () => {
      const { event: at, eventEnd, day, spanEnd } = await marks();
      return { days: Math.round(Math.abs(eventEnd - at) / day), endsAt: Math.abs(spanEnd - eventEnd) <= 3 };
    })
    .toEqual({ days: 2, endsAt: true });
  await expect(view.getByTestId('timeline-status')).toContainText('2 articles, 1 event');
  await expectNoSeriousViolations(app, 'timeline');
  await schemeShots(app, 'timeline-days');

  // Keys: from the seed article, → steps in date order to the other article, then the event; + and − zoom.
  await seed.focus();
  await app.keyboard.press('ArrowRight');
  await expect(view.getByTestId('timeline-article').filter({ hasText: OTHER_TITLE })).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(event).toBeFocused();
  await app.keyboard.press('-');
  await app.keyboard.press('-');
  await expect(view.getByTestId('timeline-unit')).toHaveText('Weeks');
  await app.keyboard.press('+');
  await app.keyboard.press('+');
  await expect(view.getByTestId('timeline-unit')).toHaveText('Days');

  // Lanes by tag: the event in "talks", the articles untagged.
  await view.getByLabel('Group by').selectOption('tag');
  const talks = view.getByRole('group', { name: /^talks: 1 item$/ });
  await expect(talks.getByTestId('timeline-event')).toHaveAttribute('data-date', '2022-02-17');
  await expect(view.getByRole('group', { name: /^No tag: 2 items$/ }).getByTestId('timeline-article')).toHaveCount(2);
  await schemeShots(app, 'timeline-by-tag');

  // The range in view as CSV: the event with its report date and gap, the articles at their dates.
  const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-timeline-'));
  try {
    const csv = join(out, 'timeline.csv');
    host.dialogs.savePaths.push(csv);
    await view.getByRole('button', { name: 'Export CSV…' }).click();
    await expect(app.getByTestId('toast').last()).toContainText('Exported 3 entries as CSV.');
    const lines = (await readFile(csv, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Date,End date,When,Kind,Group,Text,Article,Outlet,Report date,Gap (days)');
    expect(lines).toContain(`2022-02-11,,11 Feb 2022,article,No tag,${SEED_TITLE},${SEED_TITLE},russiaherald.com,,`);
    expect(lines).toContain(`2022-02-14,,14 Feb 2022,article,No tag,${OTHER_TITLE},${OTHER_TITLE},dw.com,,`);
    expect(lines).toContain(
      `2022-02-17,2022-02-18,17–18 Feb 2022,event,talks,${PASSAGE},${SEED_TITLE},russiaherald.com,2022-02-11,6`,
    );
    expect(lines).toHaveLength(4);

    // The range into a new brief: the brief lists it as a dated section, and its Markdown carries the list.
    await view.getByLabel('Add range to brief').selectOption({ label: 'New brief' });
    await expect(app.getByTestId('toast').last()).toContainText(/Added the range to “Brief/);
    await app.getByRole('tab', { name: 'Briefs' }).click();
    await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
    await expect(app.getByLabel('Section heading').first()).toHaveValue(/^Timeline, /);
    const preview = app.getByTestId('brief-preview');
    await expect(preview).toContainText(PASSAGE);
    await expect(preview).toContainText('reported 11 Feb 2022, 6 days earlier');
    const md = join(out, 'brief.md');
    await exportAndClose(host, briefExportButton(app), md, 'Markdown');
    const markdown = await readFile(md, 'utf8');
    expect(markdown).toContain('### talks');
    expect(markdown).toMatch(
      /^- 17–18 Feb 2022 — proposed dates for late next week .*\(reported 11 Feb 2022, 6 days earlier\)$/m,
    );
    expect(markdown).toMatch(/^- 11 Feb 2022 — Published: “Blinken accepts invitation/m);
  } finally {
    await rm(out, { recursive: true, force: true });
  }

  // Right to left, the axis runs from the right: the event lies left of its report.
  await app.getByRole('tab', { name: 'Timeline' }).click();
  await app.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
  await expect(view.getByTestId('timeline-event')).toBeVisible();
  await expect
    .poll(async () => {
      const { event: at, seed: from, day } = await marks();
      return Math.round((from - at) / day);
    })
    .toBe(6);
  await schemeShots(app, 'timeline-rtl');
  await app.evaluate(() => document.documentElement.removeAttribute('dir'));

  // Enter on the event opens its quote in the reader, its card selected.
  await view.getByTestId('timeline-event').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('reader').locator('h1')).toHaveText(SEED_TITLE);
  await expect(app.locator('.card-selected')).toContainText(PASSAGE);
});

test('the card sets a span’s last day by hand, refuses one before its first, and clearing undoes to both', async ({
  app,
}) => {
  test.slow(); // a highlight, its dates set five ways, and an accessibility check
  await openArticle(app, SEED_TITLE);
  await highlightPassage(app, PASSAGE);
  const card = app.getByTestId('highlight-card').filter({ hasText: PASSAGE });
  await card.getByTestId('event-suggestion').getByRole('button', { name: /^Use / }).click();
  const time = card.getByTestId('event-date-set').locator('time');
  await expect(time).toHaveAttribute('data-end', '2022-02-18');

  // Open, the card offers the first day and the last ("to").
  await card.getByRole('button', { name: new RegExp(PASSAGE) }).click();
  const last = card.getByLabel(/^to /);
  await expect(last).toHaveValue('2022-02-18');

  // A last day before the first: said why, marked, and not saved.
  await last.fill('2022-02-16');
  const problem = card.getByRole('alert');
  await expect(problem).toContainText('The end date is before the event date');
  await expect(last).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAttribute('data-end', '2022-02-18');
  await app.screenshot({ path: 'test-results/screenshots/timeline-card-end-refused.png' });

  // A later one is kept, and the problem goes.
  await last.fill('2022-02-19');
  await expect(time).toHaveAttribute('data-end', '2022-02-19');
  await expect(problem).toHaveCount(0);
  await expect.poll(() => storedDates(app)).toEqual([['2022-02-17', '2022-02-19']]);

  // Cleared, then undone: both ends come back.
  await card.getByRole('button', { name: 'Clear event date' }).click();
  await expect(card.getByTestId('event-date-set')).toHaveCount(0);
  await expect.poll(() => storedDates(app)).toEqual([[undefined, undefined]]);
  await app
    .getByTestId('toast')
    .filter({ hasText: 'Event date cleared.' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(time).toHaveAttribute('data-end', '2022-02-19');
  await expect.poll(() => storedDates(app)).toEqual([['2022-02-17', '2022-02-19']]);

  // "One day only" drops the last day; emptying the "to" field does the same after one is set again.
  await card.getByRole('button', { name: 'One day only' }).click();
  await expect(time).not.toHaveAttribute('data-end');
  await expect.poll(() => storedDates(app)).toEqual([['2022-02-17', undefined]]);
  await last.fill('2022-02-18');
  await expect(time).toHaveAttribute('data-end', '2022-02-18');
  await last.fill('');
  await expect(time).not.toHaveAttribute('data-end');
  await expectNoSeriousViolations(app, 'event date fields');
});

test('the timeline keeps its grouping, zoom and middle day across a tab switch and a reload', async ({ app }) => {
  test.slow(); // the timeline drawn three times, once after a reload
  const open = async (): Promise<void> => {
    await app.getByRole('tab', { name: 'Timeline' }).click();
    await expect(app.getByTestId('timeline-article')).not.toHaveCount(0);
  };
  await open();
  const view = app.getByTestId('timeline-view');
  const range = view.getByTestId('timeline-range');
  await expect(view.getByTestId('timeline-unit')).toHaveText('Days');
  await view.getByLabel('Group by').selectOption('tag');
  await view.getByRole('button', { name: 'Zoom out' }).click();
  await view.getByRole('button', { name: 'Zoom out' }).click();
  await expect(view.getByTestId('timeline-unit')).toHaveText('Weeks');
  // Scrolled on by a few weeks, so the middle day is not the fit's.
  await view.getByTestId('timeline-scroller').evaluate((scroller) => scroller.scrollBy({ left: 120 }));
  await expect.poll(() => range.textContent()).not.toBe('');
  // Read once the view has settled: the range the status line shows.
  let left = '';
  await expect
    .poll(async () => {
      const now = (await range.textContent()) ?? '';
      const settled = now === left;
      left = now;
      return settled && now !== '';
    })
    .toBe(true);

  const expectAsLeft = async (): Promise<void> => {
    await expect(view.getByLabel('Group by')).toHaveValue('tag');
    await expect(view.getByTestId('timeline-unit')).toHaveText('Weeks');
    await expect(view.getByRole('group', { name: /^No tag: \d+ items?$/ })).toBeVisible();
    await expect(range).toHaveText(left);
  };
  await app.getByRole('tab', { name: 'Library' }).click();
  await expect(view).toBeHidden();
  await open();
  await expectAsLeft();

  await app.reload();
  await open();
  await expectAsLeft();
});
