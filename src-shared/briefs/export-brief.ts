// Renders a brief for export in any format: PDF is the HTML rendering printed by the given printer.
import type { BriefDocument, BriefFormat } from '../../src-preload/contract';
import { renderBrief, type RenderedBrief } from './render';

export const FORMAT_NAMES: Readonly<Record<BriefFormat, string>> = {
  md: 'Markdown',
  html: 'HTML page',
  pdf: 'PDF document',
  docx: 'Word document',
  json: 'Dossier brief (JSON)',
};

export async function exportBrief(
  document: BriefDocument,
  format: BriefFormat,
  printPdf: (html: string) => Promise<Uint8Array>,
): Promise<RenderedBrief> {
  if (format !== 'pdf') return renderBrief(document, format);
  const html = await renderBrief(document, 'html');
  const bytes = await printPdf(new TextDecoder().decode(html.bytes));
  return { bytes, mimeType: 'application/pdf', extension: 'pdf' };
}

/** A file name from a title: letters, digits and dashes, never empty. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'brief';
}
