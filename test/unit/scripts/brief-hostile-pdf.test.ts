// The PDF of a brief quoting the hostile article, printed by the real `brief` command through headless
// Chromium: its only link annotations are the brief's own web links, and the hostile source reads as text.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../../scripts/chromium';
import { serialiseBrief } from '../../../src-shared/briefs/brief-json';
import { HOSTILE_SOURCE } from '../../fixtures/articles/hostile-article';
import { hostileBrief, SAFE_LINKS } from '../shared/briefs/hostile-brief';
import { runScript } from './run-script';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-hostile-pdf-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('brief --format pdf of a hostile brief', () => {
  it('links only to the brief’s web links', async (context) => {
    if (!existsSync(CHROMIUM_PATH)) context.skip(`no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH)`);
    const input = join(dir, 'hostile.json');
    const out = join(dir, 'hostile.pdf');
    await writeFile(input, serialiseBrief(hostileBrief()));
    // With the notes, as the hostile links are in a highlight's note.
    const run = await runScript('scripts/brief.ts', [input, '--format', 'pdf', '--out', out, '--notes']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Chromium writes each link annotation's action uncompressed: /URI (target).
    const pdf = (await readFile(out)).toString('latin1');
    const targets = [...pdf.matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]);
    expect([...new Set(targets)].sort()).toEqual([...SAFE_LINKS].sort());
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    if (text.error !== undefined) return; // No pdftotext: the link annotations are what can be checked.
    expect(text.stdout.replace(/\s+/g, '')).toContain(HOSTILE_SOURCE);
  }, 90_000);
});
