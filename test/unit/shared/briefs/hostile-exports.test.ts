// Every export format given a brief quoting the hostile article: bidi controls gone (escaped in JSON), and
// no link to anything but the brief's own web links: not the script source, not the link with a user name,
// not the bare URLs, www. names and e-mail addresses in quotes, titles, notes, tags and comments (all of
// which go out here: the options that let the most text through).
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBriefJson, serialiseBrief } from '../../../../src-shared/briefs/brief-json';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { HOSTILE_PARAGRAPHS, HOSTILE_SOURCE } from '../../../fixtures/articles/hostile-article';
import { viewerLinks, viewerText } from '../markdown-viewers';
import { decodeEntities, EVERYTHING } from './brief-support';
import { BIDI_CONTROLS, CREDENTIALS_URL, hostileBrief, SAFE_LINKS } from './hostile-brief';
import { readZip } from './read-zip';

const brief = hostileBrief();
const unique = (links: readonly string[]): string[] => [...new Set(links)].sort();

describe('Markdown export of a hostile brief', () => {
  const md = renderMarkdown(brief, EVERYTHING);

  it('links only to the brief’s own web links in GitHub’s and markdown-it’s reading', () => {
    const links = viewerLinks(md);
    expect(unique(links.gfm)).toEqual(unique(SAFE_LINKS));
    expect(unique(links.markdownIt)).toEqual(unique(SAFE_LINKS));
  });

  it('shows the quote, the script source and the credentials as the text they are', () => {
    const { gfm } = viewerText(md);
    for (const paragraph of HOSTILE_PARAGRAPHS.slice(0, 2)) expect(gfm).toContain(paragraph);
    expect(gfm).toContain(HOSTILE_SOURCE);
    expect(gfm).toContain(CREDENTIALS_URL);
  });

  it('holds no bidi control', () => {
    expect(md).not.toMatch(BIDI_CONTROLS);
    expect(viewerText(md).gfm).toContain('Blinken accepts invitation to meet Lavrov gpj.exe late next week gpj.exe');
  });
});

describe('HTML export of a hostile brief (and so the PDF printed from it)', () => {
  const html = renderHtml(brief, EVERYTHING);
  const hrefs = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));

  it('has no <a> but the notes’ own anchors and the brief’s web links', () => {
    expect(unique(hrefs.filter((href) => !href.startsWith('#')))).toEqual(unique(SAFE_LINKS));
    expect(html).not.toMatch(/href="(?:javascript|data|file):/i);
    expect(html).not.toContain('evil.example/memo"');
  });

  it('holds no bidi control and isolates cited titles', () => {
    expect(html).not.toMatch(BIDI_CONTROLS);
    expect(html).toContain('“<bdi>Blinken accepts invitation to meet Lavrov gpj.exe late next week gpj.exe</bdi>”');
    expect(html).toContain(`<span class="url"><span>${HOSTILE_SOURCE}</span></span>`);
  });
});

describe('Word export of a hostile brief', () => {
  let parts: Map<string, string>;

  beforeAll(async () => {
    const files = readZip(await renderDocx(brief, EVERYTHING));
    parts = new Map([...files].map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
  });

  it('has hyperlinks only to the brief’s web links', () => {
    const targets = [...parts]
      .filter(([name]) => name.endsWith('.rels'))
      .flatMap(([, xml]) => [...xml.matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)])
      .map((m) => decodeEntities(m[1] ?? ''));
    expect(unique(targets)).toEqual(unique(SAFE_LINKS));
    const hyperlinks = [...parts.values()].join('').match(/<w:hyperlink\b/g) ?? [];
    expect(hyperlinks.length).toBeGreaterThan(0);
  });

  it('keeps the script source and the credentials as text, with no bidi control anywhere', () => {
    const xml = decodeEntities([...parts.values()].join(''));
    expect(xml).toContain(HOSTILE_SOURCE);
    expect(xml).toContain(CREDENTIALS_URL);
    expect(xml).not.toMatch(BIDI_CONTROLS);
  });
});

describe('JSON export of a hostile brief', () => {
  const json = serialiseBrief(brief);

  it('writes the controls as escapes, so the file shows them inert and reads back the same', () => {
    expect(json).not.toMatch(BIDI_CONTROLS);
    expect(json).toContain('\\u202e');
    expect(parseBriefJson(json)).toEqual(brief);
  });
});
