// Reads a PDF's text layer into one article (formats/extracted.ts) with pdf.js, nothing rendered: lines from the
// text pieces (pdf-lines.ts), running headers and footers out (pdf-furniture.ts), paragraphs rebuilt
// (pdf-paragraphs.ts), title, date and author from the document information or the first page (pdf-meta.ts).
import type { Extraction, FormatReader } from '../extracted';
import { loadPdfJs } from './pdfjs-load';
import { removeFurniture } from './pdf-furniture';
import { pageLines, type PdfLine, type TextPiece } from './pdf-lines';
import {
  infoAuthor,
  infoDate,
  infoTitle,
  printedAddress,
  printedAuthor,
  printedDate,
  printedTitle,
  type PdfInfo,
} from './pdf-meta';
import { paragraphsOf } from './pdf-paragraphs';

type PdfJs = Awaited<ReturnType<typeof loadPdfJs>>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What pdf.js's failure to open a file means to the person who saved it. */
function openError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return 'encrypted PDF: it needs a password to open';
  if (name === 'InvalidPDFException') return `damaged PDF: ${message(error)}`;
  return `damaged PDF: could not be opened (${message(error)})`;
}

/** The font size most of the text is set in. */
function bodySize(lines: readonly PdfLine[]): number {
  const letters = new Map<number, number>();
  for (const line of lines) letters.set(line.size, (letters.get(line.size) ?? 0) + line.text.length);
  let [size, most] = [0, -1];
  for (const [s, count] of letters) if (count > most) [size, most] = [s, count];
  return size;
}

const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Pages read between two clean-ups of pdf.js's caches: a long PDF's would otherwise outgrow the read worker's heap. */
const CLEANUP_EVERY = 25;

async function readPages(doc: PdfDocument): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    const pieces: TextPiece[] = [];
    for (const item of content.items) if ('str' in item) pieces.push(item);
    pages.push(pageLines(pieces, number - 1));
    page.cleanup();
    // pdf.js keeps every page it has read, and the fonts and objects they use, until told to let them go.
    if (number % CLEANUP_EVERY === 0) await doc.cleanup();
  }
  return pages;
}

async function extract(doc: PdfDocument): Promise<Extraction> {
  const pages = await readPages(doc);
  const withText = pages.filter((lines) => lines.length > 0).length;
  if (withText === 0) {
    const count = `${doc.numPages} page${doc.numPages === 1 ? '' : 's'}`;
    return { ok: false, error: `scanned PDF: no text layer (${count}, no text)` };
  }
  const warnings: string[] = [];
  if (withText < pages.length) {
    warnings.push(`${pages.length - withText} of ${pages.length} pages have no text layer (scanned?): not read`);
  }
  const { lines, removed } = removeFurniture(pages);
  const { info } = (await doc.getMetadata()) as { info: PdfInfo };
  const title = infoTitle(info) ?? printedTitle(lines, bodySize(lines));
  let paragraphs = paragraphsOf(lines);
  // The title printed at the top is the article's title, not its first paragraph.
  if (title !== null && paragraphs.length > 1 && normal(paragraphs[0] ?? '') === normal(title)) {
    paragraphs = paragraphs.slice(1);
  }
  const language = typeof info.Language === 'string' && info.Language.trim() !== '' ? info.Language : null;
  return {
    ok: true,
    articles: [
      {
        title,
        dateRaw: printedDate(lines) ?? infoDate(info),
        url: printedAddress(removed),
        outlet: null,
        author: infoAuthor(info) ?? printedAuthor(lines),
        language,
        paragraphs,
        warnings,
      },
    ],
  };
}

export const readPdf: FormatReader = async ({ bytes }) => {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { ok: false, error: `the PDF reader could not start: ${message(error)}` };
  }
  let task: ReturnType<PdfJs['getDocument']>;
  try {
    task = pdfjs.getDocument({
      // A copy: pdf.js hands its buffer over (detaches it), and the caller's bytes stay the caller's.
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      useWasm: false,
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
  } catch (error) {
    return { ok: false, error: `the PDF reader could not start: ${message(error)}` };
  }
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    return { ok: false, error: openError(error) };
  }
  try {
    return await extract(doc);
  } catch (error) {
    return { ok: false, error: `damaged PDF: ${message(error)}` };
  } finally {
    await task.destroy();
  }
};
