// Reads Word documents (.docx) into one article (formats/extracted.ts): paragraphs and headings through mammoth's
// HTML (docx-html.ts), title, author and date from the core properties (docx-core.ts).
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { FormatReader } from '../extracted';
import { readCoreProperties } from './docx-core';
import { paragraphsOfHtml } from './docx-html';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const normal = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Images are not part of the article's text: mammoth is told to leave them unread. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export const readDocx: FormatReader = async ({ bytes }) => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, error: `damaged Word document: not a readable zip file (${message(error)})` };
  }
  let html: string;
  let notes: string[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: skipImages },
    );
    html = result.value;
    notes = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  } catch (error) {
    const reason = message(error);
    if (/main document part/i.test(reason)) return { ok: false, error: 'not a Word document: no main document part' };
    return { ok: false, error: `damaged Word document: ${reason}` };
  }
  const core = await readCoreProperties(zip);
  let paragraphs = paragraphsOfHtml(html);
  // A title written again as the document's first line is its title, not its first paragraph.
  if (core.title !== null && paragraphs.length > 1 && normal(paragraphs[0] ?? '') === normal(core.title)) {
    paragraphs = paragraphs.slice(1);
  }
  const warnings = notes.length > 0 ? [`parts of the document could not be read: ${notes.slice(0, 3).join('; ')}`] : [];
  return {
    ok: true,
    articles: [
      {
        title: core.title,
        dateRaw: core.created ?? core.modified,
        url: null,
        outlet: null,
        author: core.author,
        language: core.language,
        paragraphs,
        warnings,
      },
    ],
  };
};
