// A brief in Cyrillic whose HTML rendering is at least the given size (5 MB by default): the sample brief
// with sections of numbered Russian paragraphs added, first and last marked so a reader of the PDF can tell
// that nothing was cut off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BriefDocument, BriefSection } from '../../src-preload/contract';
import { validateBrief } from '../../src-shared/briefs/brief-json';
import { renderHtml } from '../../src-shared/briefs/render-html';

export const FIRST_MARK = 'Начало длинного брифа';
export const LAST_MARK = 'Конец длинного брифа';

const SENTENCE =
  'Переговоры о прекращении огня продолжались всю ночь, и стороны обменялись новыми предложениями ' +
  'по обмену пленными, гуманитарным коридорам и наблюдению за линией соприкосновения.';

/** Section texts stay under the brief format's 200,000 characters each. */
const PARAGRAPHS_PER_SECTION = 600;

function section(index: number, paragraphs: string[]): BriefSection {
  return { id: `section-large-${index}`, heading: `Раздел ${index}`, text: paragraphs.join('\n\n'), evidence: [] };
}

export interface LargeBrief {
  readonly document: BriefDocument;
  /** Its HTML rendering, at least the size asked for. */
  readonly html: string;
}

export function largeCyrillicBrief(minHtmlBytes = 5 * 1024 * 1024): LargeBrief {
  const base = validateBrief(JSON.parse(readFileSync(join(__dirname, '../fixtures/sample-brief.json'), 'utf8')));
  const bytesPerParagraph = Buffer.byteLength(SENTENCE); // less than a rendered paragraph: the total is over
  const count = Math.ceil(minHtmlBytes / bytesPerParagraph);
  const paragraphs = Array.from({ length: count }, (_, i) => `Абзац ${i + 1}. ${SENTENCE}`);
  paragraphs[0] = `${FIRST_MARK}. ${paragraphs[0] ?? ''}`;
  paragraphs[count - 1] = `${paragraphs[count - 1] ?? ''} ${LAST_MARK}.`;
  const sections: BriefSection[] = [];
  for (let i = 0; i < count; i += PARAGRAPHS_PER_SECTION) {
    sections.push(section(sections.length + 1, paragraphs.slice(i, i + PARAGRAPHS_PER_SECTION)));
  }
  // Each section is within the format's limits; the whole is checked again where the app imports it.
  const document: BriefDocument = {
    ...base,
    title: 'Длинный бриф о переговорах',
    sections: [...base.sections, ...sections],
  };
  const html = renderHtml(document);
  const size = Buffer.byteLength(html);
  if (size < minHtmlBytes) throw new Error(`the large brief renders to ${size} bytes, under ${minHtmlBytes}`);
  return { document, html };
}
