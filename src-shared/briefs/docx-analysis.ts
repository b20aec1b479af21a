// An ACH matrix and a timeline range in the Word brief: the matrix as a table whose header row repeats on
// every page and whose rows never split, its scores in a last row, the ranking under it; the timeline as a
// dated bullet list under group headings. Quotes carry their citations as everywhere else.
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { BriefAch, BriefSection, BriefTimeline } from '../../src-preload/contract';
import {
  achTable,
  NOT_DIAGNOSTIC,
  RATING_KEY,
  SCORES_LABEL,
  timelineGroups,
  timelineRangeLine,
} from './analysis-sections';
import type { Note } from './citations';
import { DETAIL_STYLE, TABLE_TEXT_STYLE, TIMELINE_LIST } from './docx-styles';
import { startsRightToLeft, textRun, xmlText } from './docx-text';

/** The text width of the brief's page (A4 less its margins, render-docx.ts), in twips. */
const TEXT_WIDTH = 9866;
const RATING_WIDTH = 680;
const WEIGHT_WIDTH = 900;
const GREY = 'BBBBBB';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: GREY };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const marker = (note: Note | null): TextRun[] =>
  note === null ? [] : [new TextRun({ text: ` ${xmlText(note.marker)}`, rightToLeft: false })];

function cell(children: ParagraphChild[], width: number, options: { header?: boolean; rtl?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
    children: [new Paragraph({ style: TABLE_TEXT_STYLE, bidirectional: options.rtl ?? false, children })],
  });
}

const bold = (text: string): ParagraphChild[] => [textRun(text, { bold: true })];

export function achBlocks(section: BriefSection, ach: BriefAch, notes: readonly Note[]): (Paragraph | Table)[] {
  const table = achTable(section, ach, notes);
  const out: (Paragraph | Table)[] = [];
  if (table.question !== '')
    out.push(new Paragraph({ children: [textRun('Question: ', { bold: true }), textRun(table.question)] }));
  for (const h of table.hypotheses)
    out.push(
      new Paragraph({ style: DETAIL_STYLE, children: [textRun(`${h.key}: `, { bold: true }), textRun(h.label)] }),
    );
  const evidenceWidth = Math.max(2400, TEXT_WIDTH - table.columns.length * RATING_WIDTH - 2 * WEIGHT_WIDTH);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(bold('Evidence'), evidenceWidth, { header: true }),
      ...table.columns.map((key) => cell(bold(key), RATING_WIDTH, { header: true })),
      cell(bold('Cred.'), WEIGHT_WIDTH, { header: true }),
      cell(bold('Rel.'), WEIGHT_WIDTH, { header: true }),
    ],
  });
  const rows = table.rows.map((row) => {
    const rtl = startsRightToLeft(row.text);
    const text: ParagraphChild[] = [
      ...(row.label === '' ? [] : [textRun(row.label, { bold: true })]),
      textRun(row.text, rtl ? { rightToLeft: true } : {}),
      ...marker(row.note),
      ...(row.diagnostic ? [] : [textRun(` (${NOT_DIAGNOSTIC})`, { italics: true })]),
    ];
    return new TableRow({
      cantSplit: true,
      children: [
        cell(text, evidenceWidth, { rtl: rtl && row.label === '' }),
        ...row.ratings.map((r) => cell([textRun(r, { bold: r === 'I' || r === 'II' })], RATING_WIDTH)),
        cell([textRun(row.credibility)], WEIGHT_WIDTH),
        cell([textRun(row.relevance)], WEIGHT_WIDTH),
      ],
    });
  });
  const scores = new TableRow({
    cantSplit: true,
    children: [
      cell(bold(SCORES_LABEL), evidenceWidth),
      ...table.scores.map((score) => cell(bold(score), RATING_WIDTH)),
      cell([], WEIGHT_WIDTH),
      cell([], WEIGHT_WIDTH),
    ],
  });
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [evidenceWidth, ...table.columns.map(() => RATING_WIDTH), WEIGHT_WIDTH, WEIGHT_WIDTH],
      borders: BORDERS,
      rows: [header, ...rows, scores],
    }),
    new Paragraph({ spacing: { before: 120 }, children: [textRun(table.ranking, { bold: true })] }),
    new Paragraph({ style: DETAIL_STYLE, children: [textRun(RATING_KEY, { italics: true })] }),
  );
  return out;
}

export function timelineBlocks(timeline: BriefTimeline, notes: readonly Note[]): Paragraph[] {
  const out = [new Paragraph({ children: [textRun(timelineRangeLine(timeline), { italics: true })] })];
  const groups = timelineGroups(timeline, notes);
  if (groups.length === 0)
    out.push(new Paragraph({ children: [textRun('No entries in this range.', { italics: true })] }));
  for (const group of groups) {
    if (group.name !== '')
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [textRun(group.name)] }));
    for (const line of group.lines) {
      const children: ParagraphChild[] = [
        textRun(`${line.dateText} — `, { bold: true }),
        textRun(line.text, startsRightToLeft(line.text) ? { rightToLeft: true } : {}),
        ...marker(line.note),
        ...(line.gap === '' ? [] : [textRun(` (${line.gap})`)]),
      ];
      out.push(new Paragraph({ numbering: { reference: TIMELINE_LIST, level: 0 }, children }));
    }
  }
  return out;
}
