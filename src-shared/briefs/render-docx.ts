// Renders a brief as a Word document (docx library): Heading 1 and 2, quotes in the "Quote" style, each
// cited in the text (with its grade, when it has one) against one Sources list, an ACH matrix as a table
// (docx-analysis.ts) and a timeline range as a dated list, and the marking and "Page 3 of 7" on every page.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from 'docx';
import type { BriefDocument, BriefExportOptions } from '../../src-preload/contract';
import { sectionBody, type SectionWriter } from './analysis-sections';
import { achBlocks, timelineBlocks } from './docx-analysis';
import { bylineOf, exportedLine, markingOf } from './brief-header';
import { inertBrief } from './inert-brief';
import { citeBrief, type Note, oneLine, ORPHAN_FLAG, quoteCount } from './citations';
import {
  BRIEF_NUMBERING,
  BRIEF_STYLES,
  DETAIL_STYLE,
  MARKING_STYLE,
  ORPHAN_STYLE,
  QUOTE_STYLE,
  REFERENCE_STYLE,
  SOURCES_LIST,
} from './docx-styles';
import { citationRuns, noteParagraphs, startsRightToLeft, textRun, xmlText } from './docx-text';
import { gradeKey } from './evidence-grade';
import { DEFAULT_EXPORT_OPTIONS, outgoingBrief } from './export-options';
import { NEUTRAL_SWATCH, swatchOf } from './palette';

function quoteParagraphs(note: Note): Paragraph[] {
  const lines = note.evidence.quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) lines.push('');
  const marker = new TextRun({ text: ` ${xmlText(note.marker)}`, italics: false, rightToLeft: false });
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: QUOTE_STYLE,
        bidirectional: startsRightToLeft(line),
        children: [
          textRun(line, startsRightToLeft(line) ? { rightToLeft: true } : {}),
          ...(i === lines.length - 1 ? [marker] : []),
        ],
      }),
  );
}

function evidenceParagraphs(note: Note): Paragraph[] {
  const { evidence } = note;
  const out = quoteParagraphs(note);
  if (evidence.orphaned) out.push(new Paragraph({ style: ORPHAN_STYLE, children: [textRun(ORPHAN_FLAG)] }));
  const meaning = oneLine(evidence.meaning);
  const colour = oneLine(evidence.colour);
  if (meaning !== '' || colour !== '') {
    const swatch = (swatchOf(colour) ?? NEUTRAL_SWATCH).slice(1);
    const words = meaning !== '' ? `${meaning}${colour !== '' ? ` (${colour})` : ''}` : colour;
    const children = [new TextRun({ text: '■ ', color: swatch }), textRun('Meaning: ', { bold: true }), textRun(words)];
    out.push(new Paragraph({ style: DETAIL_STYLE, children }));
  }
  if (evidence.note.trim() !== '') out.push(...noteParagraphs(evidence.note, DETAIL_STYLE, 'Note'));
  const tags = evidence.tags.map(oneLine).filter((tag) => tag !== '');
  if (tags.length > 0)
    out.push(
      new Paragraph({ style: DETAIL_STYLE, children: [textRun('Tags: ', { bold: true }), textRun(tags.join(', '))] }),
    );
  if (evidence.comment.trim() !== '') out.push(...noteParagraphs(evidence.comment, DETAIL_STYLE, 'Comment'));
  return out;
}

/** Every page: the marking (or the title) above, the byline and "Page 3 of 7" below. */
function pageFurniture(title: string, marking: string, byline: string): { headers: object; footers: object } {
  const top = new Paragraph({
    style: MARKING_STYLE,
    alignment: AlignmentType.CENTER,
    children: [textRun(marking !== '' ? marking : title, { bold: marking !== '' })],
  });
  const pages = new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] });
  const bottom = new Paragraph({
    style: MARKING_STYLE,
    alignment: AlignmentType.CENTER,
    children: [...(byline !== '' ? [textRun(`${byline} — `)] : []), pages],
  });
  return {
    headers: { default: new Header({ children: [top] }) },
    footers: { default: new Footer({ children: [bottom] }) },
  };
}

const DOCX_SECTION: SectionWriter<Paragraph | Table> = {
  ach: achBlocks,
  timeline: timelineBlocks,
  quote: evidenceParagraphs,
};

export function briefDocx(untrusted: BriefDocument, options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS): Document {
  const document = outgoingBrief(inertBrief(untrusted), options);
  const cited = citeBrief(document, options.citationStyle);
  const title = oneLine(document.title) || 'Untitled brief';
  const marking = markingOf(options.header);
  const byline = bylineOf(options.header);
  const children: (Paragraph | Table)[] = [];
  if (marking !== '')
    children.push(new Paragraph({ style: MARKING_STYLE, children: [textRun(marking, { bold: true })] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(title)] }));
  if (byline !== '') children.push(new Paragraph({ children: [textRun(byline)] }));
  const counts = exportedLine(document.exportedAt, quoteCount(cited), cited.references.length);
  children.push(new Paragraph({ children: [textRun(counts, { italics: true })] }));
  if (document.summary.trim() !== '') children.push(...noteParagraphs(document.summary, undefined));
  for (const { section, notes } of cited.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [textRun(oneLine(section.heading) || 'Untitled section')],
      }),
    );
    if (section.text.trim() !== '') children.push(...noteParagraphs(section.text, undefined));
    children.push(...sectionBody(section, notes, DOCX_SECTION));
  }
  if (cited.references.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun('Sources')] }));
    for (const ref of cited.references) {
      const list = cited.style === 'numbered' ? { numbering: { reference: SOURCES_LIST, level: 0 } } : {};
      children.push(new Paragraph({ style: REFERENCE_STYLE, ...list, children: citationRuns(ref.citation) }));
    }
  }
  const key = gradeKey(cited.notes.map((note) => note.evidence));
  if (key !== null) children.push(new Paragraph({ style: DETAIL_STYLE, children: [textRun(key, { italics: true })] }));
  return new Document({
    title: xmlText(title),
    creator: 'Dossier',
    description: 'Brief exported from Dossier',
    styles: BRIEF_STYLES,
    numbering: BRIEF_NUMBERING,
    sections: [
      {
        properties: {
          page: { margin: { top: 1134, bottom: 1247, left: 1020, right: 1020, header: 567, footer: 567 } },
        },
        ...pageFurniture(title, marking, byline),
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(
  document: BriefDocument,
  options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(briefDocx(document, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
