// The article's paragraphs without what Readability leaves around them: furniture lines anywhere
// (furniture-lines.ts), and near the start or the end the title, byline, dateline, the page's own address,
// and the author's biography and contact lines repeated from the page's header and footer.
import { isFurniture, wordCount } from './furniture-lines';
import { oneOf, pattern } from './phrases';

const DATE_WORD = pattern(
  '^(?:',
  String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`,
  String.raw`|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`,
  String.raw`|am|pm|a\.m\.?|p\.m\.?|utc|gmt|[ecmp][sd]t|bst|cet|cest|hst`,
  '|at|on|of|the|published|updated|posted|last|modified|ago|an?|hours?|minutes?|days?|weeks?',
  ')$',
);

/** "Published 4:00 am CST, Wednesday, November 20, 2019", "Updated Nov 19, 6:55 AM": a stamp, not prose. */
export function isDateLine(text: string): boolean {
  const tokens = text
    .replace(/(\d)(?=\p{L})/gu, '$1 ')
    .split(/[\s,;|·–—]+/)
    .map((token) => token.replace(/^[([]+|[)\]:.]+$/g, ''))
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 16) return false;
  if (!/\b\d{4}\b|\d{1,2}[:.]\d{2}|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\bago\b/i.test(text)) return false;
  return tokens.every((token) => /^[\d:./-]+$/.test(token) || DATE_WORD.test(token));
}

const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The byline as pages print it above the text: "By Jane Doe", "By Jane Doe | Nov 18, 2019 at 2:26 PM". */
function isBylineLine(text: string, author: string | null): boolean {
  if (author !== null && comparable(text) === comparable(author)) return true;
  return wordCount(text) <= 24 && /^(?:by|written by|words by)\s+\p{Lu}/iu.test(text);
}

const BIO = new RegExp(
  String.raw`^\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]+){1,3} (?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,5}` +
    oneOf([
      'reporter',
      'writer',
      'correspondent',
      'editor',
      'journalist',
      'columnist',
      'contributor',
      'producer',
      'author',
      'intern',
    ]) +
    String.raw`\b`,
  'u',
);
const CONTACT =
  /\b(?:may|can) be reached at\b|^(?:e-?mail|contact|reach) .{0,80}@|\bfollow (?:him|her|them|me) (?:on|@)/i;
/** An author's address or profile alone; other links alone may be the article's sources. */
const CONTACT_ONLY =
  /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com\/\S+)$/i;

/** The author's note at the foot of an article: who they are and how to reach them. */
function isAuthorNote(text: string, author: string | null): boolean {
  if (wordCount(text) > 50) return false;
  if (BIO.test(text) || CONTACT.test(text)) return true;
  const first = author?.split(/,| and /)[0]?.trim();
  return (
    first !== undefined &&
    first.length > 3 &&
    new RegExp(`^${escape(first)} (?:is|was|covers|writes|reports)\\b`, 'u').test(text)
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many paragraphs at each end may be the page's header or footer repeated. */
const EDGE = 4;

/** What the page says of its article, to know it again when the page prints it above or below the text. */
export interface KnownFields {
  readonly title: string | null;
  readonly author: string | null;
  readonly url: string | null;
}

const bareAddress = (address: string): string => address.replace(/^https?:\/\/(?:www\.)?|[/#?]+$/g, '');

function isOwnAddress(text: string, url: string | null): boolean {
  if (url === null || !/^https?:\/\/\S+$/.test(text)) return false;
  return bareAddress(text) === bareAddress(url);
}

export function withoutBoilerplate(paragraphs: readonly string[], known: KnownFields): string[] {
  const { author } = known;
  const titleKey = known.title === null ? '' : comparable(known.title);
  const kept: string[] = [];
  for (const [i, text] of paragraphs.entries()) {
    if (isFurniture(text)) continue;
    const atStart = i < EDGE;
    const atEnd = i >= paragraphs.length - EDGE;
    if ((atStart || atEnd) && (isDateLine(text) || isBylineLine(text, author) || CONTACT_ONLY.test(text))) continue;
    if (isOwnAddress(text, known.url)) continue;
    if (atStart && titleKey !== '' && comparable(text) === titleKey) continue;
    if (atEnd && isAuthorNote(text, author)) continue;
    kept.push(text);
  }
  // A page that is nothing but furniture keeps its text: better some clutter than an empty article.
  return kept.length > 0 ? kept : [...paragraphs];
}
