// renderBrief, the one entry point main calls: each format's bytes, media type and file extension.
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
