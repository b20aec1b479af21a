// Renders a brief for export in any format: PDF is the HTML rendering printed by the given printer, with
// the marking and page numbers on every page.
import type { BriefDocument, BriefExportOptions, BriefFormat } from '../../src-preload/contract';
import { DEFAULT_EXPORT_OPTIONS } from './export-options';
import { pdfChrome, type PdfChrome } from './pdf-chrome';
import { renderBrief, type RenderedBrief } from './render';

export type PdfPrinter = (html: string, chrome?: PdfChrome) => Promise<Uint8Array>;

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
  printPdf: PdfPrinter,
  options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<RenderedBrief> {
  if (format !== 'pdf') return renderBrief(document, format, options);
  const html = await renderBrief(document, 'html', options);
  const bytes = await printPdf(new TextDecoder().decode(html.bytes), pdfChrome(document, options));
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
