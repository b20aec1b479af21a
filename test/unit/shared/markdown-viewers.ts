// Markdown read as the viewers that autolink read it: GitHub's GFM autolink literals (micromark's extension)
// and markdown-it with linkify, as VS Code's preview runs it, with linkify-it's fuzzy matching of bare names
// switched on as its earlier versions had it. Each answers with the links it would make, so a test sees what
// a reader of an exported brief could click.
import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfmAutolinkLiteral, gfmAutolinkLiteralHtml } from 'micromark-extension-gfm-autolink-literal';

const linkify = new MarkdownIt({ linkify: true });
linkify.linkify.set({ fuzzyLink: true, fuzzyEmail: true });

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((match) => match[1] ?? '');
}

/** The link targets each viewer makes of a Markdown text, in document order. */
export function viewerLinks(markdown: string): { gfm: string[]; markdownIt: string[] } {
  const gfm = micromark(markdown, { extensions: [gfmAutolinkLiteral()], htmlExtensions: [gfmAutolinkLiteralHtml()] });
  return { gfm: hrefs(gfm), markdownIt: hrefs(linkify.render(markdown)) };
}

/** Visible text of rendered HTML: tags dropped, the entities the renderers write decoded. */
function visible(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** What each viewer shows as text: the escapes must render invisibly. */
export function viewerText(markdown: string): { gfm: string; markdownIt: string } {
  return { gfm: visible(micromark(markdown)), markdownIt: visible(linkify.render(markdown)) };
}
