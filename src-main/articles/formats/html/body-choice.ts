// Which text to keep as the article's body: Readability's, unless the page's own JSON-LD articleBody says
// more of the same story (Readability found a fragment), or Readability found nothing at all.
import { wordCount } from './furniture-lines';

export interface BodyChoice {
  readonly paragraphs: readonly string[];
  readonly warning: string | null;
}

const normalised = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Share of the extracted words whose paragraph appears word for word in the JSON-LD body. */
function coveredBy(paragraphs: readonly string[], articleBody: string): number {
  const body = normalised(articleBody);
  let covered = 0;
  let total = 0;
  for (const paragraph of paragraphs) {
    const words = wordCount(paragraph);
    total += words;
    if (body.includes(normalised(paragraph))) covered += words;
  }
  return total === 0 ? 0 : covered / total;
}

export function splitArticleBody(articleBody: string): string[] {
  return articleBody
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

export function chooseBody(extracted: readonly string[], articleBody: string | null): BodyChoice {
  if (articleBody === null) return { paragraphs: extracted, warning: null };
  const ld = splitArticleBody(articleBody);
  const extractedWords = wordCount(extracted.join(' '));
  const ldWords = wordCount(ld.join(' '));
  if (extractedWords === 0 && ldWords > 0) {
    return { paragraphs: ld, warning: "article text taken from the page's JSON-LD articleBody" };
  }
  if (ldWords >= 1.5 * extractedWords && coveredBy(extracted, articleBody) >= 0.6) {
    return { paragraphs: ld, warning: "article text taken from the page's JSON-LD articleBody, the longer of two" };
  }
  return { paragraphs: extracted, warning: null };
}
