// What the evidence bench measures inside the page: the time from a workspace tab's click to the first frame
// with the table's rows and full count in the DOM; and a scroll from top to bottom, one step per
// requestAnimationFrame, with every frame's timestamp and the rows in the DOM at each.
import type { Page } from '@playwright/test';

/** tsx keeps function names through an __name helper; functions sent to the page need it there too. */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

export const EVIDENCE = {
  tab: '#tab-evidence',
  scroll: '[data-testid="evidence-scroll"]',
  row: '[role="row"][data-highlight-id]',
  count: '[data-testid="evidence-count"]',
} as const;

export const LIBRARY_LIST = {
  tab: '#tab-library',
  scroll: '[data-testid="article-list"]',
  row: '.virtual-row',
} as const;

export interface FirstRender {
  /** ms since navigation when the tab was clicked, and when the first frame had the rows and the count. */
  readonly startMs: number;
  readonly endMs: number;
  readonly rows: number;
  readonly count: string;
}

/** Clicks the tab, then checks each frame until the rows are in the DOM and the count reads `countText`. */
export function timeFirstRender(page: Page, countText: string, timeoutMs: number): Promise<FirstRender> {
  return page.evaluate(
    ({ sel, want, timeout }) =>
      new Promise<FirstRender>((resolve, reject) => {
        const tab = document.querySelector<HTMLElement>(sel.tab);
        if (!tab) return reject(new Error(`no ${sel.tab} in the page`));
        const startMs = performance.now();
        tab.click();
        const poll = (): void => {
          const rows = document.querySelectorAll(`${sel.scroll} ${sel.row}`).length;
          const count = document.querySelector(sel.count)?.textContent ?? '';
          if (rows > 0 && count.includes(want)) resolve({ startMs, endMs: performance.now(), rows, count });
          else if (performance.now() - startMs > timeout)
            reject(new Error(`after ${timeout} ms: ${rows} rows, count “${count}”, wanted “${want}”`));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { sel: EVIDENCE, want: countText, timeout: timeoutMs },
  );
}

export interface ScrollRun {
  /** Timestamps of frames while nothing moved, before the scroll: the display's refresh interval. */
  readonly idle: number[];
  /** requestAnimationFrame's timestamp of each frame of the scroll, the first at the top. */
  readonly frames: number[];
  /** The most rows in the DOM at any frame (a virtualized table keeps this bounded). */
  readonly maxRows: number;
  readonly distancePx: number;
  readonly stepPx: number;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Scrolls `scroll` from the top to the bottom, at least a screenful per frame (so every frame shows new rows)
 * and in at most `maxSteps` frames; throws when it has no rows or cannot reach the bottom.
 */
export function scrollThrough(
  page: Page,
  target: { readonly scroll: string; readonly row: string },
  maxSteps: number,
): Promise<ScrollRun> {
  return page.evaluate(
    ({ sel, steps }) =>
      new Promise<ScrollRun>((resolve, reject) => {
        const el = document.querySelector<HTMLElement>(sel.scroll);
        if (!el) return reject(new Error(`no ${sel.scroll} in the page`));
        el.scrollTop = 0;
        const bottom = (): number => el.scrollHeight - el.clientHeight;
        const stepPx = Math.max(el.clientHeight, Math.ceil(bottom() / steps));
        const rowsNow = (): number => el.querySelectorAll(sel.row).length;
        const idle: number[] = [];
        const frames: number[] = [];
        let maxRows = 0;
        let startMs = 0;
        const scroll = (ts: number): void => {
          frames.push(ts);
          maxRows = Math.max(maxRows, rowsNow());
          const atBottom = el.scrollTop >= bottom() - 1;
          if (atBottom && frames.length > 1) {
            if (maxRows === 0) return reject(new Error(`no ${sel.row} in ${sel.scroll} while it scrolled`));
            return resolve({ idle, frames, maxRows, distancePx: el.scrollTop, stepPx, startMs, endMs: ts });
          }
          if (frames.length > steps * 4 + 100) return reject(new Error(`${sel.scroll} never reached its bottom`));
          el.scrollTop = Math.min(bottom(), el.scrollTop + stepPx);
          requestAnimationFrame(scroll);
        };
        const wait = (ts: number): void => {
          idle.push(ts);
          if (idle.length < 30) return void requestAnimationFrame(wait);
          startMs = performance.now();
          requestAnimationFrame(scroll);
        };
        requestAnimationFrame(wait);
      }),
    { sel: target, steps: maxSteps },
  );
}
