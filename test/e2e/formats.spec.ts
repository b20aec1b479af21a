// Every format an analyst saves is a first-class article: dropped on the window, it is listed, reads, takes
// a highlight, is found by search, and goes into a brief whose export cites it (outlet, author, date, URL).
import { readFile, readdir } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropFiles } from './drop';
import { briefExportButton, exportAndClose } from './export-actions';
import { expect, test } from './fixtures';
import { FORMAT_CASES, SEED_PARAGRAPHS } from './format-files';
import { highlightPassage } from './reader-actions';

/** A passage inside one paragraph of the seed article's text, which every case carries. */
const QUOTE = 'Russia and NATO accusing each other of amassing troops';

for (const format of FORMAT_CASES) {
  test(`a dropped ${format.label} reads, highlights, searches and is cited in a brief`, async ({
    app,
    host,
    library,
  }) => {
    test.setTimeout(120_000);
    const bytes = await format.build(app, format);
    await dropFiles(app, [{ name: format.fileName, content: [...bytes] }]);
    // The first PDF or Word file loads its reader's code: seconds on a loaded machine.
    await expect(app.getByTestId('toast').first()).toContainText('Added 1 article', { timeout: 60_000 });
    // The original lands byte for byte: Dossier never rewrites it.
    expect(Buffer.compare(await readFile(join(library.root, format.fileName)), Buffer.from(bytes))).toBe(0);
    expect(await readdir(library.root)).toContain(format.fileName);

    const row = app.getByRole('option', { name: new RegExp(format.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await row.click();
    const reader = app.getByTestId('reader');
    // Opened in a read worker of its own, which loads the format's reader first.
    await expect(reader.locator('h1')).toHaveText(format.title, { timeout: 60_000 });
    const body = app.getByTestId('article-body');
    await expect(body).toContainText((SEED_PARAGRAPHS[1] ?? '').slice(0, 80));
    // Navigation, cookie banners and related stories are not the article.
    await expect(body).not.toContainText('Accept all cookies');
    await expect(body).not.toContainText('Related stories');
    if (format.author !== null) await expect(reader).toContainText(format.author);

    await highlightPassage(app, QUOTE);
    await expect(body.locator('mark', { hasText: 'amassing' }).first()).toBeVisible();

    await app.getByLabel('Search the library').fill('Donbas Luhansk');
    await expect(row).toBeVisible();
    await app.getByLabel('Search the library').fill('');

    await app.getByLabel('Add to brief').selectOption({ label: 'New brief' });
    await expect(app.getByTestId('toast').last()).toContainText(/Added to “Brief/);
    await app.getByRole('tab', { name: 'Briefs' }).click();
    await app.locator('.brief-row', { hasText: /^Brief \d/ }).click();
    await expect(app.getByTestId('evidence-item')).toHaveCount(1);

    const out = await mkdtemp(join(tmpdir(), 'dossier-e2e-format-'));
    const path = join(out, 'brief.md');
    await exportAndClose(host, briefExportButton(app), path, 'Markdown');
    const md = await readFile(path, 'utf8');
    expect(md).toContain(QUOTE);
    expect(md).toContain(format.title);
    for (const cited of [format.author, format.outlet, format.url, format.year]) {
      if (cited !== null) expect(md).toContain(cited);
    }
  });
}
