// What Chromium prints on every page of a PDF brief (printToPDF's header and footer templates): the
// handling marking, or the title, at the top; the byline and "Page 3 of 7" at the bottom.
import type { BriefDocument, BriefExportOptions } from '../../src-preload/contract';
import { bylineOf, markingOf } from './brief-header';
import { oneLine } from './citations';
import { escapeHtml } from './html-text';
import { inertBrief } from './inert-brief';

export interface PdfChrome {
  readonly headerTemplate: string;
  readonly footerTemplate: string;
}

// The templates are pages of their own: no stylesheet reaches them, and their text is tiny unless sized.
// The side padding matches the brief's @page margin (html-style.ts) so the lines align with the text.
const BAND =
  "width:100%;box-sizing:border-box;padding:0 18mm;font:8pt 'DejaVu Sans',Arial,sans-serif;color:#444;" +
  'display:flex;justify-content:space-between;gap:6mm;';

export function pdfChrome(untrusted: BriefDocument, options: BriefExportOptions): PdfChrome {
  const document = inertBrief(untrusted);
  const marking = markingOf(options.header);
  const title = oneLine(document.title) || 'Untitled brief';
  const top =
    marking !== ''
      ? `<span style="flex:1;text-align:center;font-weight:bold;letter-spacing:.08em">${escapeHtml(marking)}</span>`
      : `<span style="flex:1;text-align:center;overflow:hidden;white-space:nowrap;text-overflow:ellipsis">` +
        `${escapeHtml(title)}</span>`;
  const byline = escapeHtml(bylineOf(options.header));
  const pages = 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
  return {
    headerTemplate: `<div style="${BAND}">${top}</div>`,
    footerTemplate:
      `<div style="${BAND}"><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis">${byline}</span>` +
      `<span style="white-space:nowrap">${pages}</span></div>`,
  };
}
