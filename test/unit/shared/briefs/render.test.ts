// renderBrief, the one entry point main calls: each format's bytes, media type and file extension; and the
// rule that brief rendering is pure (no file system, no process, no Electron), so it runs anywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBrief, RENDERABLE_FORMATS } from '../../../../src-shared/briefs/render';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { FIXTURE } from './brief-support';

describe('renderBrief', () => {
  it.each([
    ['md', 'text/markdown; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['json', 'application/json'],
  ] as const)('renders %s', async (format, mimeType) => {
    const rendered = await renderBrief(FIXTURE, format);
    expect(rendered.mimeType).toBe(mimeType);
    expect(rendered.extension).toBe(format);
    expect(rendered.bytes).toBeInstanceOf(Uint8Array);
    expect(rendered.bytes.length).toBeGreaterThan(1000);
  });

  it("gives the text renderers' output as UTF-8", async () => {
    expect(new TextDecoder().decode((await renderBrief(FIXTURE, 'md')).bytes)).toBe(renderMarkdown(FIXTURE));
    expect(new TextDecoder().decode((await renderBrief(FIXTURE, 'html')).bytes)).toBe(renderHtml(FIXTURE));
  });

  it('covers every brief format but PDF, which is the HTML printed', () => {
    expect([...RENDERABLE_FORMATS].sort()).toEqual(['docx', 'html', 'json', 'md']);
  });
});

describe('src-shared/briefs', () => {
  const DIR = new URL('../../../../src-shared/briefs/', import.meta.url);
  const files = readdirSync(DIR).filter((name) => name.endsWith('.ts'));

  it.each(files)('%s imports only its siblings, docx, zod and the contract types', (name) => {
    const source = readFileSync(new URL(name, DIR), 'utf8');
    expect(source.split('\n')[0]).toMatch(/^\/\/ \S/);
    expect(source).not.toMatch(/^import \{[^}]*\} from '\.\.\/\.\.\/src-preload\/contract'/m);
    const imports = [...source.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'|\brequire\(\s*'([^']+)'/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    for (const target of imports) expect(target).toMatch(/^(\.\/[a-z-]+|docx|zod|\.\.\/\.\.\/src-preload\/contract)$/);
    expect(source).not.toMatch(/\bprocess\.|\bwindow\.|\bdocument\.(createElement|body)/);
  });
});
