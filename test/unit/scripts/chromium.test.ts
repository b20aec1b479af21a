// The test Chromium's flags: our --disable-features keeps every feature Playwright turns off (a repeated switch
// keeps only its last value), and a launched browser loads no unseen address-bar pop-ups beside the page.
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, PLAYWRIGHT_DISABLED_FEATURES } from '../../../scripts/chromium';

/** The names in Playwright's own list of disabled features, read from the installed Playwright. */
async function playwrightsDisabledFeatures(): Promise<string[]> {
  const bundle = join(dirname(require.resolve('playwright-core/package.json')), 'lib/coreBundle.js');
  const source = await readFile(bundle, 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(source)?.[1] ?? '';
  const code = list.replace(/\/\/.*$/gm, '');
  return [...code.matchAll(/"(\w+)"/g)].map((match) => match[1] ?? '');
}

describe('the test Chromium', () => {
  it("turns off every feature Playwright does, and the address bar's pop-ups", async () => {
    const theirs = await playwrightsDisabledFeatures();
    expect(theirs.length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual([...theirs].sort());
    const ours = CHROMIUM_ARGS.filter((arg) => arg.startsWith('--disable-features='));
    expect(ours).toHaveLength(1);
    const names = (ours[0] ?? '').split('=')[1]?.split(',') ?? [];
    expect(names).toEqual(expect.arrayContaining([...theirs, 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });

  it("opens a page without the address bar's pop-ups loaded beside it", async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext()).newPage();
      await page.setContent('<p>Dossier</p>');
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      expect(targetInfos.filter((target) => target.type === 'page')).toHaveLength(1);
      expect(targetInfos.filter((target) => target.url.startsWith('chrome://omnibox-popup'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
