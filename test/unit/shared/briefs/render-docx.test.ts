// The Word brief, unzipped in memory and read as WordprocessingML: real Heading 1/2 paragraphs, quotes
// in the "Quote" style cited in the text against ONE source list, the orphan flag, the options, and the
// marking and "Page N of M" fields in the page header and footer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import {
  BYLINE,
  EVERYTHING,
  EVIDENCE,
  expectedAuthorDate,
  expectedMarker,
  expectedSources,
  FIXTURE,
  occurrences,
  ORPHAN_FLAG,
  QUOTES,
  type WordParagraph,
  wordParagraphs,
  WITH_HEADER,
  at,
} from './brief-support';
import { readZip } from './read-zip';

let docx: Uint8Array;
let files: Map<string, Uint8Array>;
let paragraphs: WordParagraph[];
let styles: string;

function part(name: string): string {
  const bytes = files.get(name);
  if (bytes === undefined) throw new Error(`the .docx has no ${name}`);
  return new TextDecoder().decode(bytes);
}

beforeAll(async () => {
  docx = await renderDocx(FIXTURE, EVERYTHING);
  files = readZip(docx);
  paragraphs = wordParagraphs(part('word/document.xml'));
  styles = part('word/styles.xml');
});

describe('renderDocx', () => {
  it('is a Word package with a document, styles, a page header and a page footer', () => {
    expect(String.fromCharCode(...docx.subarray(0, 2))).toBe('PK');
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    expect([...files.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name))).toHaveLength(1);
    expect([...files.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name))).toHaveLength(1);
  });

  it('uses real headings: the title as Heading 1, the sections and Sources as Heading 2', () => {
    expect(paragraphs[0]).toEqual({ style: 'Heading1', text: FIXTURE.title, footnoteRefs: [] });
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([FIXTURE.title]);
    expect(paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual([
      ...FIXTURE.sections.map((s) => s.heading),
      'Sources',
    ]);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">/);
  });

  it('sets every quote once, in the Quote style, each ending with its citation', () => {
    const quotes = paragraphs.filter((p) => p.style === 'Quote');
    expect(quotes).toEqual(
      QUOTES.map((text, i) => ({
        style: 'Quote',
        text: `${text} ${expectedMarker(at(EVIDENCE, i))}`,
        footnoteRefs: [],
      })),
    );
    const allText = paragraphs.map((p) => p.text).join('\n');
    for (const quote of QUOTES) expect(occurrences(allText, quote)).toBe(1);
  });

  it('defines the Quote style: indented italic with a rule on the left', () => {
    const quote = /<w:style w:type="paragraph" w:styleId="Quote">([\s\S]*?)<\/w:style>/.exec(styles)?.[1] ?? '';
    expect(quote).toContain('<w:name w:val="Quote"/>');
    expect(quote).toMatch(/<w:pBdr><w:left w:val="single"[^>]*\/><\/w:pBdr>/);
    expect(quote).toMatch(/<w:ind w:left="\d+"/);
    expect(quote).toContain('<w:i/>');
  });

  it('has no footnotes: one source list is the only list of citations', () => {
    expect(files.has('word/footnotes.xml') ? part('word/footnotes.xml') : '').not.toContain('russiaherald');
    expect(paragraphs.flatMap((p) => p.footnoteRefs)).toEqual([]);
  });

  it('ends with the sources as a numbered list, each distinct article once', () => {
    const heading = paragraphs.findIndex((p) => p.style === 'Heading2' && p.text === 'Sources');
    const after = paragraphs.slice(heading + 1);
    expect(after.map((p) => p.text)).toEqual(expectedSources());
    expect(part('word/document.xml')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('flags the orphaned quote right under it', () => {
    const orphan = EVIDENCE.findIndex((e) => e.orphaned);
    const where = paragraphs.findIndex((p) => p.style === 'Quote' && p.text.startsWith(at(QUOTES, orphan)));
    expect(paragraphs[where + 1]).toEqual({ style: 'OrphanFlag', text: ORPHAN_FLAG, footnoteRefs: [] });
    expect(paragraphs.filter((p) => p.text.includes(ORPHAN_FLAG))).toHaveLength(1);
  });

  it('keeps meaning, note (with its Markdown as formatting), tags and comment with the quote', () => {
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('■ Meaning: Key fact (yellow)');
    expect(texts).toContain('Note: Conditional acceptance: the meeting depends on no further invasion.');
    expect(texts).toContain('announced by the State Department spokesperson');
    expect(texts).toContain('Tags: social media, #PortArdley');
    expect(texts).toContain('Comment: Markup in a source must stay text: <script>alert(1)</script> and <b>bold</b>.');
    expect(part('word/document.xml')).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Conditional<\/w:t><\/w:r>/,
    );
  });

  it('writes a brief holding characters XML forbids as a readable file', async () => {
    const document: BriefDocument = { ...FIXTURE, title: 'Bell\u0007 and \uD800 lone surrogate' };
    const out = wordParagraphs(new TextDecoder().decode(readZip(await renderDocx(document)).get('word/document.xml')));
    expect(out[0]?.text).toBe('Bell\uFFFD and \uFFFD lone surrogate');
  });
});

const unzip = async (options = DEFAULT_EXPORT_OPTIONS): Promise<Map<string, string>> =>
  new Map(
    [...readZip(await renderDocx(FIXTURE, options))].map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
  );
const partsNamed = (parts: Map<string, string>, pattern: RegExp): string =>
  [...parts]
    .filter(([name]) => pattern.test(name))
    .map(([, xml]) => xml)
    .join('\n');

describe('renderDocx options', () => {
  it('leaves out notes, tags and meanings by default, and keeps the brief’s comments', async () => {
    const texts = wordParagraphs((await unzip()).get('word/document.xml') ?? '').map((p) => p.text);
    expect(texts.filter((t) => /^(■ Meaning|Note|Tags):/.test(t) || t.startsWith('■ Meaning'))).toEqual([]);
    expect(texts.join('\n')).not.toContain('Conditional acceptance');
    expect(texts).toContain('Comment: Markup in a source must stay text: <script>alert(1)</script> and <b>bold</b>.');
  });

  it('puts the marking in the page header and "Page N of M" fields in the footer', async () => {
    const parts = await unzip(WITH_HEADER);
    const header = partsNamed(parts, /^word\/header\d+\.xml$/);
    const footer = partsNamed(parts, /^word\/footer\d+\.xml$/);
    expect(wordParagraphs(header).map((p) => p.text)).toEqual(['OFFICIAL-SENSITIVE']);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(wordParagraphs(footer)[0]?.text).toBe(`${BYLINE} — Page  of `);
    const document = parts.get('word/document.xml') ?? '';
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    const body = wordParagraphs(document).map((p) => p.text);
    expect(body.slice(0, 3)).toEqual(['OFFICIAL-SENSITIVE', FIXTURE.title, BYLINE]);
  });

  it('heads each page with the title when there is no marking', async () => {
    const header = partsNamed(await unzip(), /^word\/header\d+\.xml$/);
    expect(wordParagraphs(header).map((p) => p.text)).toEqual([FIXTURE.title]);
  });

  it('cites author–date and lists the sources A–Z, unnumbered', async () => {
    const parts = await unzip({ ...DEFAULT_EXPORT_OPTIONS, citationStyle: 'author-date' });
    const body = wordParagraphs(parts.get('word/document.xml') ?? '');
    const quotes = body.filter((p) => p.style === 'Quote');
    expect(quotes.map((p) => p.text)).toEqual(QUOTES.map((q, i) => `${q} ${expectedAuthorDate(at(EVIDENCE, i))}`));
    const refs = body.filter((p) => p.style === 'Reference').map((p) => p.text);
    expect(refs[0]).toMatch(/^ardley-gazette\.example \(2024\)\. “Port Ardley/);
    expect(refs[1]).toMatch(/^russiaherald\.com \(2022\)\. “Blinken/);
    const xml = parts.get('word/document.xml') ?? '';
    const refParagraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].filter((m) => m[1]?.includes('"Reference"'));
    expect(refParagraphs).toHaveLength(2);
    for (const m of refParagraphs) expect(m[1]).not.toContain('<w:numPr>');
  });

  it('sets a right-to-left quote as a right-to-left paragraph', async () => {
    const first = at(EVIDENCE, 0);
    const document: BriefDocument = {
      ...FIXTURE,
      sections: [
        { id: 's', heading: 'S', text: '', evidence: [{ ...first, quote: 'قال المتحدث إن المحادثات ستستمر' }] },
      ],
    };
    const xml = new TextDecoder().decode(readZip(await renderDocx(document)).get('word/document.xml'));
    const quote = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].find((m) => m[1]?.includes('قال'))?.[1] ?? '';
    expect(quote).toContain('<w:bidi/>');
    expect(quote).toContain('<w:rtl/>');
  });
});
