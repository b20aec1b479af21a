// renderBrief, the one entry point main calls: each format's bytes, media type and file extension.
import { describe, expect, it } from 'vitest';
import { serialiseBrief } from '../../../../src-shared/briefs/brief-json';
import { renderBrief, RENDERABLE_FORMATS } from '../../../../src-shared/briefs/render';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { FIXTURE, wordParagraphs, type WordParagraph } from './brief-support';
import { readZip } from './read-zip';

const text = async (format: 'md' | 'html' | 'json'): Promise<string> =>
  new TextDecoder().decode((await renderBrief(FIXTURE, format)).bytes);

function paragraphsOf(docx: Uint8Array): WordParagraph[] {
  const bytes = readZip(docx).get('word/document.xml');
  if (bytes === undefined) throw new Error('the .docx has no word/document.xml');
  return wordParagraphs(new TextDecoder().decode(bytes));
}

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
  });

  it("gives the text renderers' output as UTF-8", async () => {
    expect(await text('md')).toBe(renderMarkdown(FIXTURE));
    expect(await text('html')).toBe(renderHtml(FIXTURE));
    expect(await text('json')).toBe(serialiseBrief(FIXTURE));
  });

  it("gives the Word renderer's document: the same paragraphs in the same styles", async () => {
    const rendered = paragraphsOf((await renderBrief(FIXTURE, 'docx')).bytes);
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered).toEqual(paragraphsOf(await renderDocx(FIXTURE)));
  });

  it('covers every brief format but PDF, which is the HTML printed', () => {
    expect([...RENDERABLE_FORMATS].sort()).toEqual(['docx', 'html', 'json', 'md']);
  });
});
