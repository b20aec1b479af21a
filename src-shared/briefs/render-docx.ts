// Renders a brief as a Word document (docx library): Heading 1 and 2, quotes in the "Quote" style, each
// cited by a real Word footnote carrying its source, and a numbered Sources list at the end.
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { BriefDocument } from '../../src-preload/contract';
import { inertBrief } from './inert-brief';
import { citeBrief, formatDate, type Note, oneLine, ORPHAN_FLAG } from './citations';
import { BRIEF_NUMBERING, BRIEF_STYLES, DETAIL_STYLE, ORPHAN_STYLE, QUOTE_STYLE, SOURCES_LIST } from './docx-styles';
import { citationRuns, noteParagraphs, textRun, xmlText } from './docx-text';
import { NEUTRAL_SWATCH, swatchOf } from './palette';

type Footnotes = Record<string, { readonly children: readonly Paragraph[] }>;

function quoteParagraphs(note: Note): Paragraph[] {
  const lines = note.evidence.quote
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) lines.push('');
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: QUOTE_STYLE,
        children: [textRun(line), ...(i === lines.length - 1 ? [new FootnoteReferenceRun(note.number)] : [])],
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

export function briefDocx(untrusted: BriefDocument): Document {
  const document = inertBrief(untrusted);
  const cited = citeBrief(document);
  const title = oneLine(document.title) || 'Untitled brief';
  const quotes = `${cited.notes.length} ${cited.notes.length === 1 ? 'quote' : 'quotes'}`;
  const articles = `${cited.sources.length} ${cited.sources.length === 1 ? 'article' : 'articles'}`;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [textRun(title)] }),
    new Paragraph({
      children: [
        textRun(`Exported ${formatDate(document.exportedAt)} · ${quotes} from ${articles}`, { italics: true }),
      ],
    }),
  ];
  if (document.summary.trim() !== '') children.push(...noteParagraphs(document.summary, undefined));
  for (const { section, notes } of cited.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [textRun(oneLine(section.heading) || 'Untitled section')],
      }),
    );
    if (section.text.trim() !== '') children.push(...noteParagraphs(section.text, undefined));
    for (const note of notes) children.push(...evidenceParagraphs(note));
  }
  if (cited.sources.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [textRun('Sources')] }));
    for (const entry of cited.sources) {
      children.push(
        new Paragraph({ numbering: { reference: SOURCES_LIST, level: 0 }, children: citationRuns(entry.citation) }),
      );
    }
  }
  const footnotes: Footnotes = {};
  for (const note of cited.notes) {
    const runs = citationRuns(note.citation, note.evidence.orphaned);
    footnotes[String(note.number)] = { children: [new Paragraph({ style: 'FootnoteText', children: runs })] };
  }
  return new Document({
    title: xmlText(title),
    creator: 'Dossier',
    description: 'Brief exported from Dossier',
    styles: BRIEF_STYLES,
    numbering: BRIEF_NUMBERING,
    footnotes,
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1247, left: 1020, right: 1020 } } }, children }],
  });
}

/** The .docx file's bytes. */
export async function renderDocx(document: BriefDocument): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(briefDocx(document));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
