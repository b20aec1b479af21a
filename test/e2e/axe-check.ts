// The accessibility check of the end-to-end tests: axe-core (through @axe-core/playwright) over a screen,
// failing on any serious or critical violation and naming each element it found, so one run reports them
// all. A screen is a name and the steps that bring it up in a freshly opened app.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { DossierHost } from './host/dossier-host';
import { expect, type LibraryFolder } from './fixtures';

export interface Screen {
  readonly name: string;
  /** Brings the screen up, from the app as it opens on the test's library or from the screen before it. */
  readonly show: (page: Page, env: { host: DossierHost; library: LibraryFolder }) => Promise<void>;
}

/** axe's serious and critical violations on the page as it stands, one readable line per element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) =>
        `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}. ${node.failureSummary ?? ''}`.replace(
          /\s+/g,
          ' ',
        ),
      ),
    );
}

/** Fails on any serious or critical violation; `soft` lets the test go on to check its other screens. */
export async function expectNoSeriousViolations(page: Page, screen: string, { soft = false } = {}): Promise<void> {
  const found = await seriousViolations(page);
  (soft ? expect.soft : expect)(
    found,
    `axe-core found serious or critical violations on "${screen}":\n${found.join('\n')}`,
  ).toEqual([]);
}
