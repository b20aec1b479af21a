// renderBrief, the one entry point main calls: each format's bytes, media type and file extension.
import { describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { serialiseBrief } from '../../../../src-shared/briefs/brief-json';
import { renderBrief, RENDERABLE_FORMATS } from '../../../../src-shared/briefs/render';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { FIXTURE, wordParagraphs, type WordParagraph } from './brief-support';
import { readZip } from './read-zip';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
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

  it('names the author and the outlet in every format when the article gives them', async () => {
    const named: BriefDocument = {
      ...FIXTURE,
      sections: FIXTURE.sections.map((section) => ({
        ...section,
        evidence: section.evidence.map((evidence) =>
          evidence.source.outlet === 'russiaherald.com'
            ? { ...evidence, source: { ...evidence.source, author: 'Jane Doe', outlet: 'The Russia Herald' } }
            : evidence,
        ),
      })),
    };
    const lead =
      'Jane Doe, “Blinken accepts invitation to meet Lavrov late next week if Russia does not invade Ukraine”, ' +
      'The Russia Herald, 11 Feb 2022';
    expect(decode((await renderBrief(named, 'md')).bytes)).toContain(lead);
    // PDF is this HTML printed.
    expect(decode((await renderBrief(named, 'html')).bytes)).toContain(
      '<bdi>Jane Doe</bdi>, “<bdi>Blinken accepts invitation to meet Lavrov late next week if Russia does not ' +
        'invade Ukraine</bdi>”, <bdi>The Russia Herald</bdi>, 11 Feb 2022',
    );
    expect(paragraphsOf((await renderBrief(named, 'docx')).bytes).map((p) => p.text)).toContainEqual(
      expect.stringContaining(lead),
    );
    const json = JSON.parse(decode((await renderBrief(named, 'json')).bytes)) as BriefDocument;
    expect(json.sections[0]?.evidence[0]?.source).toMatchObject({ author: 'Jane Doe', outlet: 'The Russia Herald' });
    const authorDate = decode(
      (await renderBrief(named, 'md', { ...DEFAULT_EXPORT_OPTIONS, citationStyle: 'author-date' })).bytes,
    );
    expect(authorDate).toContain('(Doe, 2022, para.');
    expect(authorDate).toContain('Jane Doe (2022). “Blinken');
  });

  it('covers every brief format but PDF, which is the HTML printed', () => {
    expect([...RENDERABLE_FORMATS].sort()).toEqual(['docx', 'html', 'json', 'md']);
  });
});
