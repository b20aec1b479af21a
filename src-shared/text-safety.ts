// The rules that keep untrusted text (articles, imported notes and briefs) inert wherever it is shown or
// exported: no bidirectional controls, links only to the web and never with credentials, and Markdown text
// that no viewer turns into a link. The parser, the page and every brief format use these same rules.

/**
 * Embeddings, overrides and isolates (U+202A-202E, U+2066-2069): each opens or closes a bidi state that
 * reorders the text after it, so a title could disguise itself or the words around it. The marks
 * (U+200E, U+200F, U+061C) are kept: they open no state, Arabic and Hebrew text uses them to place
 * punctuation, and in an isolated element they cannot move anything outside it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export function countBidiControls(text: string): number {
  return text.match(BIDI_CONTROLS)?.length ?? 0;
}

/** For formats that can say a character by its code (JSON): the controls written as \uXXXX, kept but inert. */
export function escapeBidiControls(text: string, escape: (code: string) => string): string {
  return text.replace(BIDI_CONTROLS, (char) => escape(char.charCodeAt(0).toString(16).padStart(4, '0')));
}

function parsed(href: string): URL | null {
  try {
    return new URL(href);
  } catch {
    return null;
  }
}

/**
 * An http(s) URL with a host and no user name or password, as URL.href; anything else null. Credentials are
 * the classic disguise ("https://bank.example@evil.example" goes to evil.example), so they never make a link.
 */
export function webLinkTarget(href: string): string | null {
  const url = parsed(href.trim());
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** What a note's link may lead to: a web link as webLinkTarget allows, or a mailto: address. */
export function noteLinkTarget(href: string): string | null {
  const url = parsed(href.trim());
  if (url?.protocol === 'mailto:' && url.pathname !== '') return url.href;
  return webLinkTarget(href);
}

/** True when a string is an http(s) URL carrying credentials: shown as text, and worth a warning. */
export function hasCredentials(href: string): boolean {
  const url = parsed(href.trim());
  return url !== null && (url.username !== '' || url.password !== '');
}

/**
 * Breaks every pattern that Markdown viewers turn into a link by themselves (GitHub's and pandoc's
 * autolinks, markdown-it's linkify in VS Code and Obsidian): `scheme:`, `//`, `www.` and other dotted
 * names, and e-mail addresses. Each breaking character gets a backslash escape, which every CommonMark
 * reader shows as the character alone, so the text reads the same and links nowhere. Give it text that
 * is already escaped for Markdown: it adds backslashes only before `:`, `/`, `.` and `@`.
 */
export function breakAutolinks(markdown: string): string {
  return markdown
    .replace(/@/g, '\\@')
    .replace(/(?<![\p{L}\p{N}+.\\-])([a-z][a-z0-9+.-]*):(?=\S)/giu, '$1\\:')
    .replace(/\/\//g, '\\/\\/')
    .replace(/(?<=[\p{L}\p{N}_-])\.(?=\p{L})/gu, '\\.');
}
