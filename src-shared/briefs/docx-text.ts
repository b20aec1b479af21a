// Text into Word runs: characters XML cannot hold replaced (Word refuses such a file), citations with their
// URL as a link, and the analyst's note Markdown as bold, italic, code and link runs in plain paragraphs.
import { ExternalHyperlink, Paragraph, type ParagraphChild, TextRun } from 'docx';
import { webLinkTarget } from '../text-safety';
import { type CitationParts, ORPHAN_FLAG } from './citations';
import { BULLET_LIST } from './docx-styles';
import { type Inline, linkTarget, parseNoteMarkdown } from './note-markdown';

// Control characters other than tab and line breaks, the two non-characters, and unpaired surrogates.
const NOT_XML = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join('|'),
  'g',
);

export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

interface RunLook {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly rightToLeft?: boolean;
}

/** Whether the text's first letter is Hebrew, Arabic, Syriac or Thaana: a paragraph Word should set right to left. */
export function startsRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(first);
}

export function textRun(text: string, look: RunLook = {}): TextRun {
  return new TextRun({ text: xmlText(text), ...look });
}

function linkRun(href: string, children: readonly TextRun[], target = linkTarget(href)): ParagraphChild[] {
  return target === null ? [...children] : [new ExternalHyperlink({ link: target, children })];
}

function inlineRuns(inlines: readonly Inline[], look: RunLook = {}): ParagraphChild[] {
  return inlines.flatMap((node): ParagraphChild[] => {
    switch (node.kind) {
      case 'text':
        return [textRun(node.text, look)];
      case 'code':
        return [new TextRun({ text: xmlText(node.text), font: 'Consolas', ...look })];
      case 'strong':
        return inlineRuns(node.children, { ...look, bold: true });
      case 'em':
        return inlineRuns(node.children, { ...look, italics: true });
      case 'link':
        return linkTarget(node.href) === null
          ? inlineRuns(node.children, look)
          : linkRun(node.href, plainLinkRuns(node.children, look));
    }
  });
}

/** A link's label as runs in the Hyperlink style (a link inside a link cannot be written). */
function plainLinkRuns(inlines: readonly Inline[], look: RunLook): TextRun[] {
  return inlines.flatMap((node): TextRun[] =>
    node.kind === 'text' || node.kind === 'code'
      ? [new TextRun({ text: xmlText(node.text), style: 'Hyperlink', ...look })]
      : node.kind === 'link'
        ? plainLinkRuns(node.children, look)
        : plainLinkRuns(node.children, { ...look, ...(node.kind === 'strong' ? { bold: true } : { italics: true }) }),
  );
}

/** The note's Markdown as paragraphs of a style; a label, when given, opens the first paragraph in bold. */
export function noteParagraphs(source: string, style: string | undefined, label?: string): Paragraph[] {
  const blocks = parseNoteMarkdown(source);
  const labelRun = label === undefined ? [] : [textRun(`${label}: `, { bold: true })];
  const out = blocks.flatMap((block, index) =>
    block.kind === 'list'
      ? block.items.map(
          (item) =>
            new Paragraph({ style, numbering: { reference: BULLET_LIST, level: 0 }, children: inlineRuns(item) }),
        )
      : [
          new Paragraph({
            style,
            children: [
              ...(index === 0 ? labelRun : []),
              ...block.lines.flatMap((line, n) =>
                n === 0 ? inlineRuns(line) : [new TextRun({ break: 1 }), ...inlineRuns(line)],
              ),
            ],
          }),
        ],
  );
  if (labelRun.length > 0 && blocks[0]?.kind !== 'paragraph') out.unshift(new Paragraph({ style, children: labelRun }));
  return out;
}

/** A citation's URL: a link in the Hyperlink style when it is a web link, else plain text. */
function citationLink(url: string): ParagraphChild[] {
  const target = webLinkTarget(url);
  const run = new TextRun({ text: xmlText(url), ...(target === null ? {} : { style: 'Hyperlink' }) });
  return linkRun(url, [run], target);
}

/** A citation's runs: outlet, title, date and paragraph, then its URL as a link, then the orphan flag. */
export function citationRuns(citation: CitationParts, orphaned = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [textRun(citation.lead)];
  if (citation.url !== null) runs.push(textRun(', '), ...citationLink(citation.url));
  if (orphaned) runs.push(textRun(' — '), new TextRun({ text: ORPHAN_FLAG, bold: true, color: '9B1C1C' }));
  return runs;
}
