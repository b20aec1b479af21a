// The Word brief's styles and list numbering: serif body, real Heading 1/2, a "Quote" paragraph style
// (indented italic with a rule on the left), a flag style for orphaned quotes, the marking and reference
// styles, and the two list kinds.
import { AlignmentType, BorderStyle, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx';

export const QUOTE_STYLE = 'Quote';
export const ORPHAN_STYLE = 'OrphanFlag';
export const DETAIL_STYLE = 'EvidenceDetail';
export const MARKING_STYLE = 'Marking';
export const REFERENCE_STYLE = 'Reference';
export const TABLE_TEXT_STYLE = 'TableText';
export const TIMELINE_LIST = 'brief-timeline';
export const SOURCES_LIST = 'brief-sources';
export const BULLET_LIST = 'brief-bullets';

const SERIF = 'Georgia';

export const BRIEF_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: SERIF, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    heading1: { run: { font: SERIF, size: 40, bold: true, color: '1B1B1B' }, paragraph: { spacing: { after: 200 } } },
    heading2: {
      run: { font: SERIF, size: 30, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: SERIF, size: 24, bold: true, color: '1B1B1B' },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
    },
    hyperlink: { run: { color: '1A4F8B', underline: {} } },
  },
  paragraphStyles: [
    {
      id: QUOTE_STYLE,
      name: 'Quote',
      basedOn: 'Normal',
      next: DETAIL_STYLE,
      quickFormat: true,
      run: { italics: true, color: '333333' },
      paragraph: {
        indent: { left: 567, right: 283 },
        spacing: { before: 160, after: 80 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '888888', space: 8 } },
        keepNext: true,
        keepLines: true,
      },
    },
    {
      id: DETAIL_STYLE,
      name: 'Evidence Detail',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 20 },
      paragraph: { indent: { left: 794 }, spacing: { after: 40 } },
    },
    {
      id: MARKING_STYLE,
      name: 'Marking',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: 'Arial', size: 18, color: '333333' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } },
    },
    {
      // Author–date references hang: the first line out, the rest indented under it.
      id: REFERENCE_STYLE,
      name: 'Reference',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 20 },
      paragraph: { indent: { left: 567, hanging: 567 }, spacing: { after: 80 } },
    },
    {
      // Text in an ACH table's cells: smaller, no space after, so a row stays compact.
      id: TABLE_TEXT_STYLE,
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: 18 },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
    {
      id: ORPHAN_STYLE,
      name: 'Orphan Flag',
      basedOn: DETAIL_STYLE,
      quickFormat: true,
      run: { bold: true, color: '9B1C1C' },
    },
  ],
};

export const BRIEF_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: SOURCES_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 567, hanging: 425 } } },
        },
      ],
    },
    {
      reference: TIMELINE_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 567, hanging: 283 } } },
        },
      ],
    },
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 1077, hanging: 283 } } },
        },
      ],
    },
  ],
};
