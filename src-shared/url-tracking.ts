// Takes the tracking parameters (utm_*, at_*, fbclid, gclid, mc_cid ...) out of web URLs, so an exported
// brief cites the article, not the campaign that led to it. Everything else in the URL is kept as written.

/** Parameters that only say how a reader arrived (ad clicks, newsletters, social shares, analytics). */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'gclsrc',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'ref_src',
  'ref_url',
  'igshid',
  'igsh',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'vero_conv',
  'wickedid',
  'rb_clickid',
  's_cid',
  'ncid',
  'cmpid',
  'ocid',
  'sr_share',
  'pk_campaign',
  'pk_kwd',
  'pk_source',
  'pk_medium',
  'pk_content',
]);

/** Families of parameters: Google Analytics (utm_), AT Internet (at_), Matomo (mtm_), HubSpot ads (hsa_). */
const TRACKING_PREFIXES = ['utm_', 'at_', 'mtm_', 'hsa_'];

function paramName(part: string): string {
  const raw = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The URL without its tracking parameters; other parameters keep their order and spelling, and the fragment
 * stays. Anything that is not an http(s) URL is returned as it is.
 */
export function stripTracking(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return url;
  const parts = beforeHash.slice(queryAt + 1).split('&');
  const kept = parts.filter((part) => part === '' || !isTrackingParam(paramName(part)));
  if (kept.length === parts.length) return url;
  const base = beforeHash.slice(0, queryAt);
  const query = kept.join('&').replace(/^&+|&+$/g, '');
  return `${base}${query !== '' ? `?${query}` : ''}${fragment}`;
}

/** Web URLs in running text or note Markdown: up to white space, or a bracket or quote that ends them. */
const URL_IN_TEXT = /https?:\/\/[^\s<>()[\]"'`]+/gi;

/** Every web URL in a text (a note's Markdown links included) without its tracking parameters. */
export function stripTrackingInText(text: string): string {
  // Punctuation that ends a sentence is not part of the URL before it.
  return text.replace(URL_IN_TEXT, (found) => {
    const url = found.replace(/[.,;:!?]+$/, '');
    return stripTracking(url) + found.slice(url.length);
  });
}
