// One entry point for every brief format the brief modules write themselves (PDF is the HTML, printed by
// Electron's printToPDF in the app or by headless Chromium from the command line).
import type { BriefDocument, BriefExportOptions, BriefFormat } from '../../src-preload/contract';
import { serialiseBrief } from './brief-json';
import { DEFAULT_EXPORT_OPTIONS } from './export-options';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';

export type RenderableFormat = Exclude<BriefFormat, 'pdf'>;

export interface RenderedBrief {
  readonly bytes: Uint8Array;
  readonly mimeType: string;
  /** File name extension without the dot. */
  readonly extension: string;
}

export const RENDERABLE_FORMATS: readonly RenderableFormat[] = ['md', 'html', 'docx', 'json'];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** JSON is the whole brief whatever the options: it is the format a brief is imported from again. */
export async function renderBrief(
  document: BriefDocument,
  format: RenderableFormat,
  options: BriefExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<RenderedBrief> {
  switch (format) {
    case 'md':
      return {
        bytes: utf8(renderMarkdown(document, options)),
        mimeType: 'text/markdown; charset=utf-8',
        extension: 'md',
      };
    case 'html':
      return { bytes: utf8(renderHtml(document, options)), mimeType: 'text/html; charset=utf-8', extension: 'html' };
    case 'docx':
      return {
        bytes: await renderDocx(document, options),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    case 'json':
      return { bytes: utf8(serialiseBrief(document)), mimeType: 'application/json', extension: 'json' };
  }
}
