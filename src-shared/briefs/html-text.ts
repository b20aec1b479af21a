// Writing text into HTML so it stays text: every character that could open markup escaped, links only to
// web and mail addresses, and the analyst's note Markdown turned into a few plain elements.
import { webLinkTarget } from '../text-safety';
import { type CitationParts, leadPieces } from './citations';
import { linkTarget, parseNoteMarkdown, type Inline } from './note-markdown';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** An outside link; the brief's CSP loads nothing, and a link is only followed when the reader clicks it. */
export function linkHtml(href: string, label: string, target = linkTarget(href)): string {
  return target === null ? label : `<a href="${escapeHtml(target)}" rel="noopener noreferrer">${label}</a>`;
}

/** A URL part longer than this may still wrap inside (at a hyphen, or anywhere as a last resort). */
const LONGEST_UNBROKEN = 60;

/**
 * A URL as text that lines break only after a slash or before ?, & and # (never at a hyphen inside a part,
 * which a reader would take for part of the address), so a long address wraps where a reader expects.
 */
export function breakableUrl(url: string): string {
  return url
    .split(/(?<=[^/]\/)(?!\/)|(?=[?&#])/)
    .map((part) => (part.length > LONGEST_UNBROKEN ? escapeHtml(part) : `<span>${escapeHtml(part)}</span>`))
    .join('<wbr>');
}

/**
 * A citation with its title, author and outlet isolated (<bdi>), so right-to-left names cannot reorder the words
 * around them.
 */
export function citationHtml(citation: CitationParts): string {
  const text = leadPieces(citation)
    .map(({ text: piece, isolated }) => (isolated ? `<bdi>${escapeHtml(piece)}</bdi>` : escapeHtml(piece)))
    .join('');
  const { url } = citation;
  return url === null
    ? text
    : `${text}, ${linkHtml(url, `<span class="url">${breakableUrl(url)}</span>`, webLinkTarget(url))}`;
}

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines
    .map((node): string => {
      switch (node.kind) {
        case 'text':
          return escapeHtml(node.text);
        case 'code':
          return `<code>${escapeHtml(node.text)}</code>`;
        case 'strong':
          return `<strong>${inlineHtml(node.children)}</strong>`;
        case 'em':
          return `<em>${inlineHtml(node.children)}</em>`;
        case 'link':
          return linkHtml(node.href, inlineHtml(node.children));
      }
    })
    .join('');
}

/** The note's Markdown as paragraphs and lists; a label, when given, opens the first paragraph. */
export function noteHtml(source: string, label?: string): string {
  const blocks = parseNoteMarkdown(source);
  const prefix = label === undefined ? '' : `<span class="label">${escapeHtml(label)}:</span> `;
  const out = blocks.map((block, index) =>
    block.kind === 'list'
      ? `<ul>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`
      : `<p>${index === 0 ? prefix : ''}${block.lines.map(inlineHtml).join('<br>')}</p>`,
  );
  if (prefix !== '' && blocks[0]?.kind !== 'paragraph') out.unshift(`<p>${prefix.trimEnd()}</p>`);
  return out.join('\n');
}
