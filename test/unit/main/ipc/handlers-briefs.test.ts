// briefs:export through the handler table: the document is checked before any dialog opens, rendered in
// the chosen format, and written where the analyst chose (PDF through the printer).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '../../../../src-main/ipc/handlers';
import { validateBrief } from '../../../../src-shared/briefs/brief-json';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { withHandlerTable, type HandlerHarness } from './handler-harness';

let h: HandlerHarness;
withHandlerTable((made) => (h = made));

const fixtureBrief = (): Promise<string> => readFile(join(__dirname, '../../../fixtures/sample-brief.json'), 'utf8');

describe('briefs:export', () => {
  it('refuses a request that is not a brief, before any dialog opens', async () => {
    await expect(h.table['briefs:export']({ format: 'md', document: { title: 'no' } })).rejects.toThrow(
      /not a (valid )?Dossier brief/,
    );
    await expect(
      h.table['briefs:export']({ format: 'exe', document: JSON.parse(await fixtureBrief()) }),
    ).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(h.dialogs.calls).toBe(0);
  });

  it('renders Markdown, suggests a file name from the title, and writes where the analyst chose', async () => {
    const document: unknown = JSON.parse(await fixtureBrief());
    const target = join(h.base, 'out.md');
    h.dialogs.savePaths.push(target);
    expect(await h.table['briefs:export']({ format: 'md', document })).toBe(target);
    expect(await readFile(target, 'utf8')).toBe(renderMarkdown(validateBrief(document)));
    expect(h.dialogs.requests).toEqual([expect.objectContaining({ defaultName: 'Russia-NATO-talks.md' })]);
  });

  it('prints the HTML rendering for PDF, and writes nothing when the dialog is cancelled', async () => {
    const document: unknown = JSON.parse(await fixtureBrief());
    expect(await h.table['briefs:export']({ format: 'pdf', document })).toBeNull();
    expect(h.printed).toHaveLength(1);
    expect(h.printed[0]).toMatch(/^<!doctype html>/i);
    const target = join(h.base, 'out.pdf');
    h.dialogs.savePaths.push(target);
    await h.table['briefs:export']({ format: 'pdf', document });
    expect((await readFile(target, 'utf8')).startsWith('%PDF-')).toBe(true);
  });
});
