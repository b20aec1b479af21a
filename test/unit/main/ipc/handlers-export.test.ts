// The export dialog's calls through the handler table: options checked and applied, the folder and the
// choices remembered (each kind apart), the save dialog opening where the last export went, and Open and
// Show in folder acting on files this session exported, never on a path the page makes up.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import type { BriefExportOptions } from '../../../../src-preload/contract';
import { validateBrief } from '../../../../src-shared/briefs/brief-json';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { FIXTURE_TEXT } from '../../shared/briefs/brief-support';
import { saveRequest, withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

const document = (): unknown => JSON.parse(FIXTURE_TEXT);
const OPTIONS: BriefExportOptions = {
  ...DEFAULT_EXPORT_OPTIONS,
  includeTags: true,
  citationStyle: 'author-date',
  header: { author: 'Jane Analyst', organisation: '', analysisDate: '2026-11-30', marking: 'OFFICIAL-SENSITIVE' },
};

describe('briefs:export with options', () => {
  it('renders with the options given, and remembers them and the folder for next time', async () => {
    const folder = join(h.base, 'exports');
    await mkdir(folder);
    h.dialogs.savePaths.push(join(folder, 'a.md'));
    const path = await h.table['briefs:export']({
      format: 'md',
      document: document(),
      options: OPTIONS,
      kind: 'brief',
    });
    expect(path).toBe(join(folder, 'a.md'));
    expect(await readFile(join(folder, 'a.md'), 'utf8')).toBe(renderMarkdown(validateBrief(document()), OPTIONS));
    expect(await h.table['briefs:export-preferences']()).toEqual({
      brief: { format: 'md', options: OPTIONS },
      article: null,
      folder,
    });

    // The next save dialog opens in that folder; an article's choices are kept apart from a brief's.
    h.dialogs.savePaths.push(join(folder, 'b.pdf'));
    await h.table['briefs:export']({ format: 'pdf', document: document(), kind: 'article' });
    expect(h.dialogs.requests.map((r) => ('defaultFolder' in r ? r.defaultFolder : undefined))).toEqual([
      undefined,
      folder,
    ]);
    expect(h.dialogs.requests[1]).toMatchObject({ title: 'Export article', defaultName: 'Russia-NATO-talks.pdf' });
    expect(await h.table['briefs:export-preferences']()).toEqual({
      brief: { format: 'md', options: OPTIONS },
      article: { format: 'pdf', options: DEFAULT_EXPORT_OPTIONS },
      folder,
    });
  });

  it('does not offer a remembered folder that is gone', async () => {
    h.settings.current = { exportFolder: join(h.base, 'unplugged') };
    h.dialogs.savePaths.push(null);
    await h.table['briefs:export']({ format: 'md', document: document() });
    expect(h.dialogs.requests[0]).not.toHaveProperty('defaultFolder');
  });

  it('refuses options that are not options, before any dialog opens', async () => {
    for (const options of [{ ...OPTIONS, citationStyle: 'mla' }, { ...OPTIONS, header: null }, 'everything']) {
      await expect(h.table['briefs:export']({ format: 'md', document: document(), options })).rejects.toBeInstanceOf(
        InvalidArgumentsError,
      );
    }
    await expect(
      h.table['briefs:export']({ format: 'md', document: document(), kind: 'annotations' }),
    ).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(h.dialogs.calls).toBe(0);
    expect(h.settings.updates).toEqual([]);
  });

  it('remembers nothing when the analyst cancels', async () => {
    h.dialogs.savePaths.push(null);
    expect(await h.table['briefs:export']({ format: 'md', document: document(), kind: 'brief' })).toBeNull();
    expect(h.settings.updates).toEqual([]);
  });
});

describe('files:open-exported and files:show-exported', () => {
  it('open and show a file this session exported, by the path its save returned', async () => {
    const target = join(h.base, 'out.md');
    h.dialogs.savePaths.push(target);
    await h.table['briefs:export']({ format: 'md', document: document() });
    const saved = join(h.base, 'notes.json');
    h.dialogs.savePaths.push(saved);
    await h.table['files:save'](saveRequest);
    expect(await h.table['files:open-exported'](target)).toBeNull();
    expect(await h.table['files:show-exported'](target)).toBeNull();
    await h.table['files:show-exported'](saved);
    expect(h.shellCalls).toEqual([
      ['open', target],
      ['show', target],
      ['show', saved],
    ]);
  });

  it('refuse any other path: one never exported, another spelling of one, one whose save was cancelled', async () => {
    const target = join(h.base, 'out.md');
    h.dialogs.savePaths.push(target);
    await h.table['briefs:export']({ format: 'md', document: document() });
    h.dialogs.savePaths.push(null);
    await h.table['briefs:export']({ format: 'md', document: document() });
    for (const path of [join(h.base, 'secret.txt'), `${h.base}/./out.md`, `${target}/`, '/bin/sh']) {
      await expect(h.table['files:open-exported'](path)).rejects.toThrow('only files it exported');
      await expect(h.table['files:show-exported'](path)).rejects.toThrow('only files it exported');
    }
    await expect(h.table['files:open-exported'](42)).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(h.shellCalls).toEqual([]);
  });

  it('says why when the system cannot open the file', async () => {
    const target = join(h.base, 'out.md');
    h.dialogs.savePaths.push(target);
    await h.table['briefs:export']({ format: 'md', document: document() });
    await rm(target);
    h.failOpen('No application is registered for this file');
    await expect(h.table['files:open-exported'](target)).rejects.toThrow(
      'The file could not be opened: No application is registered for this file',
    );
  });
});
