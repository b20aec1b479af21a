// The Word brief, unzipped in memory and read as WordprocessingML: real Heading 1/2 paragraphs, quotes
// in the "Quote" style, a real footnote per quote carrying its citation, the sources, the orphan flag.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import {
  EVIDENCE,
  expectedNote,
  expectedSources,
  FIXTURE,
  occurrences,
  oneTo,
  ORPHAN_FLAG,
  QUOTES,
  type WordParagraph,
  wordFootnotes,
  wordParagraphs,
} from './brief-support';
import { readZip } from './read-zip';

let docx: Uint8Array;
let files: Map<string, Uint8Array>;
let paragraphs: WordParagraph[];
let footnotes: Map<number, string>;
let styles: string;

function part(name: string): string {
  const bytes = files.get(name);
  if (bytes === undefined) throw new Error(`the .docx has no ${name}`);
  return new TextDecoder().decode(bytes);
}

beforeAll(async () => {
  docx = await renderDocx(FIXTURE);
  files = readZip(docx);
  paragraphs = wordParagraphs(part('word/document.xml'));
  footnotes = wordFootnotes(part('word/footnotes.xml'));
  styles = part('word/styles.xml');
});

describe('renderDocx', () => {
  it('is a Word package with a document, footnotes and styles', () => {
    expect(String.fromCharCode(...docx.subarray(0, 2))).toBe('PK');
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/footnotes.xml', 'word/styles.xml']),
    );
    expect(part('[Content_Types].xml')).toContain('footnotes+xml');
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

  it('sets every quote once, in the Quote style, each ending with its footnote reference', () => {
    const quotes = paragraphs.filter((p) => p.style === 'Quote');
    expect(quotes).toEqual(QUOTES.map((text, i) => ({ style: 'Quote', text, footnoteRefs: [i + 1] })));
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

  it('references footnotes 1..n in order, and each footnote carries its citation', () => {
    expect(paragraphs.flatMap((p) => p.footnoteRefs)).toEqual(oneTo(EVIDENCE.length));
    expect([...footnotes.keys()]).toEqual(oneTo(EVIDENCE.length));
    expect([...footnotes.values()]).toEqual(EVIDENCE.map(expectedNote));
  });

  it('ends with the sources as a numbered list, each distinct article once', () => {
    const heading = paragraphs.findIndex((p) => p.style === 'Heading2' && p.text === 'Sources');
    const after = paragraphs.slice(heading + 1);
    expect(after.map((p) => p.text)).toEqual(expectedSources());
    expect(part('word/document.xml')).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
  });

  it('flags the orphaned quote right under it and in its footnote', () => {
    const orphan = EVIDENCE.findIndex((e) => e.orphaned);
    const at = paragraphs.findIndex((p) => p.footnoteRefs.includes(orphan + 1));
    expect(paragraphs[at + 1]).toEqual({ style: 'OrphanFlag', text: ORPHAN_FLAG, footnoteRefs: [] });
    expect(paragraphs.filter((p) => p.text.includes(ORPHAN_FLAG))).toHaveLength(1);
    expect(footnotes.get(orphan + 1)).toContain(ORPHAN_FLAG);
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
