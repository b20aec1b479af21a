// The article's source line: a web link, or a source named without one (an outlet such as "Reuters", an
// identifier such as urn: or doi:, a bare domain, a link of another scheme), which is kept as text, never a link.
import { hasCredentials, webLinkTarget } from '../../src-shared/text-safety';
import { collapseSpaces, domainOf, looksLikeDateLine, looksLikeUrl, normaliseUrl } from './fields';

export interface ArticleSource {
  /** An http(s) link without credentials: the only kind that becomes a link. */
  readonly url: string | null;
  /** The line as written when it is not such a link. */
  readonly source: string | null;
  /** The outlet: the link's host, a bare domain, or an outlet's name. */
  readonly domain: string | null;
  readonly warning: string | null;
}

/** A one-word `scheme:rest`: an identifier (urn:, doi:) or a link of a scheme without `//` (javascript:, data:). */
const SCHEME_ID = /^[a-z][a-z0-9+.-]+:\S+$/i;
/** Identifiers people write with a space after the colon ("doi: 10.1000/182"). */
const NAMED_ID = /^(?:urn|doi|isbn|issn|hdl|arxiv|pmid):\s?\S+$/i;
/** Schemes that name a document rather than a place to go: kept as text without a warning. */
const DOCUMENT_SCHEME = /^(?:urn|doi|isbn|issn|hdl|ark|arxiv|pmid|pmcid|tag|info):/i;
const BARE_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#]\S*)?$/i;
const OUTLET = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}&'’ -]*$/u;
/** Labels that open a body without naming its source. */
const LABELS = new RegExp(
  '^(?:analysis|background|breaking|comment|correction|editorial|exclusive|explainer|factbox|live|opinion|summary|' +
    'update|advertisement)\\b',
  'i',
);

/** A URL, `www.` name or `scheme:` identifier: a source wherever it stands in the header. */
export function looksLikeLinkOrId(line: string): boolean {
  return looksLikeUrl(line) || (!looksLikeDateLine(line) && (SCHEME_ID.test(line) || NAMED_ID.test(line)));
}

export function looksLikeBareDomain(line: string): boolean {
  return BARE_DOMAIN.test(line);
}

/** Capitalised, a digit, or a script without case (Arabic, Chinese); short joining words may be lower case. */
function nameWord(word: string, index: number): boolean {
  const first = word.charAt(0);
  return (
    first !== first.toLowerCase() || first.toLowerCase() === first.toUpperCase() || (index > 0 && word.length <= 3)
  );
}

/**
 * A plain outlet name ("Reuters", "Associated Press", "The Times of India"): at most five words, capitalised,
 * no sentence punctuation, not a byline or a section label. A first paragraph is seldom like that, and the
 * header reader takes it for the source only in the source slot, after a date, with a body after it.
 */
export function looksLikeOutletName(line: string): boolean {
  const words = line.split(' ');
  return (
    line.length <= 40 &&
    words.length <= 5 &&
    OUTLET.test(line) &&
    /\p{L}/u.test(line) &&
    words.every(nameWord) &&
    !/^by\s/i.test(line) &&
    !LABELS.test(line) &&
    !looksLikeDateLine(line)
  );
}

const asText = (source: string, domain: string | null, warning: string | null): ArticleSource => ({
  url: null,
  source,
  domain,
  warning,
});

/** What a source line (or a front matter url/source field) says: a web link, or the source as text. */
export function readSource(raw: string): ArticleSource {
  const line = collapseSpaces(raw);
  if (looksLikeUrl(line)) {
    const url = normaliseUrl(line);
    const target = url === null ? null : webLinkTarget(url);
    if (target !== null) return { url: target, source: null, domain: domainOf(target), warning: null };
    if (url === null) return asText(line, null, `source URL "${line}" could not be read`);
    if (hasCredentials(url)) {
      return asText(line, null, `source link "${line}" names a user before its host: kept as text, not a link`);
    }
    return asText(line, null, `source "${line}" is not a web link (http or https): kept as text`);
  }
  if (SCHEME_ID.test(line) || NAMED_ID.test(line)) {
    const warning = DOCUMENT_SCHEME.test(line)
      ? null
      : `source "${line}" is not a web link (http or https): kept as text`;
    return asText(line, null, warning);
  }
  if (looksLikeBareDomain(line)) return asText(line, domainOf(`https://${line}`), null);
  return asText(line, looksLikeOutletName(line) ? line : null, null);
}
