// A Word document's core properties (docProps/core.xml in its zip): title, author, the days it was made and
// last saved, its language. Mammoth reads the body only.
import type JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

export interface CoreProperties {
  readonly title: string | null;
  readonly author: string | null;
  readonly created: string | null;
  readonly modified: string | null;
  readonly language: string | null;
}

const NONE: CoreProperties = { title: null, author: null, created: null, modified: null, language: null };

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '#text' in value) return text(value['#text']);
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** The core properties, each null when the document does not have it (or the part cannot be read). */
export async function readCoreProperties(zip: JSZip): Promise<CoreProperties> {
  const part = zip.file('docProps/core.xml');
  if (part === null) return NONE;
  let parsed: unknown;
  try {
    const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: true, parseTagValue: false });
    parsed = parser.parse(await part.async('string'));
  } catch {
    return NONE;
  }
  const core = (parsed as { coreProperties?: Record<string, unknown> }).coreProperties;
  if (typeof core !== 'object' || core === null) return NONE;
  return {
    title: text(core['title']),
    author: text(core['creator']),
    created: text(core['created']),
    modified: text(core['modified']),
    language: text(core['language']),
  };
}
