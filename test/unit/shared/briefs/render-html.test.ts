// The HTML brief, checked on content and on safety: no scripts, handlers or loaded resources, a strict
// CSP, every text escaped, each quote once, citations in the text that resolve to ONE source list, orphans,
// the options (header, author–date), and URLs that wrap only at slashes, ? and &.
import { describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { breakableUrl } from '../../../../src-shared/briefs/html-text';
import {
  BYLINE,
  decodeEntities,
  EVERYTHING,
  EVIDENCE,
  expectedAuthorDate,
  expectedMarker,
  expectedSources,
  FIXTURE,
  occurrences,
  ORPHAN_FLAG,
  QUOTES,
  WITH_HEADER,
  at,
} from './brief-support';

const html = renderHtml(FIXTURE, EVERYTHING);
const tags = html.match(/<[^>]*>/g) ?? [];

/** Escaping as any correct HTML writer would do it for text (quotes included, as we may put it in attributes). */
function escaped(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The text of an element, as a browser shows it. */
function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, '')).trim();
}

function listItems(sectionClass: string): { id: string; text: string }[] {
  const section = new RegExp(`<section class="${sectionClass}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
  return [...section.matchAll(/<li id="([^"]+)">([\s\S]*?)<\/li>/g)].map((m) => ({
    id: m[1] ?? '',
    text: textOf(m[2] ?? ''),
  }));
}

describe('renderHtml safety', () => {
  it('is one document with a strict CSP and inline CSS only', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp?.split(';').map((d) => d.trim())).toEqual(
      expect.arrayContaining(["default-src 'none'", "style-src 'unsafe-inline'"]),
    );
    expect(occurrences(html, '<style>')).toBe(1);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
  });

  it('has no script, no event handler attribute and nothing that loads from anywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
    const element = '(img|script|link|style|iframe|frame|object|embed|source|video|audio|track|image|base|form|input)';
    const loads = new RegExp(String.raw`^<${element}\b[^>]*\s(src|href|srcset|data|poster|action)\s*=`, 'i');
    expect(tags.filter((tag) => loads.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\ssrc\s*=/i.test(tag))).toEqual([]);
    // Links are for the reader to follow: to a source in the page, or out to an article.
    const hrefs = tags.flatMap((tag) => [...tag.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1] ?? ''));
    expect(hrefs.filter((href) => !/^(#source-\d+|https:\/\/|mailto:)/.test(href))).toEqual([]);
  });

  it('escapes every text: markup in the title, headings, quotes, tags and comments stays text', () => {
    expect(/<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1]).toBe('Russia &lt;b&gt;&amp;&lt;/b&gt; NATO &quot;talks&quot;');
    expect(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1]).toBe('Russia &lt;b&gt;&amp;&lt;/b&gt; NATO &quot;talks&quot;');
    expect(tags.filter((tag) => /^<\/?(b|i)>/.test(tag))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<span class="tag">&lt;union&gt;</span>');
    expect(html).toContain('<h2>Other talks: Port Ardley &amp; the &lt;i&gt;mediator&lt;/i&gt;</h2>');
  });
});

describe('renderHtml content', () => {
  it('quotes every piece of evidence exactly once, each in a blockquote cited by source and paragraph', () => {
    expect(occurrences(html, '<blockquote>')).toBe(QUOTES.length);
    const sources = [...new Set(EVIDENCE.map((e) => e.source.articleId))];
    QUOTES.forEach((quote, i) => {
      const evidence = at(EVIDENCE, i);
      expect(occurrences(html, escaped(quote))).toBe(1);
      const source = sources.indexOf(evidence.source.articleId) + 1;
      expect(html).toContain(
        `${escaped(quote)} <a class="cite" dir="ltr" href="#source-${source}">${expectedMarker(evidence)}</a>` +
          '</p></blockquote>',
      );
    });
  });

  it('keeps one reference list and no notes list', () => {
    expect(html).not.toContain('<section class="notes">');
    expect(html).not.toContain('<h2>Notes</h2>');
    expect(occurrences(html, '<h2>Sources</h2>')).toBe(1);
  });

  it('links each citation to its article and lists each distinct article once', () => {
    const sources = listItems('sources');
    expect(sources.map((s) => s.text.replace(/\u200b/g, ''))).toEqual(expectedSources());
    expect(sources.map((s) => s.id)).toEqual(['source-1', 'source-2']);
    for (const url of new Set(EVIDENCE.map((e) => e.source.url)))
      expect(html).toContain(`<a href="${escaped(url ?? '')}" rel="noopener noreferrer">`);
  });

  it('flags the orphaned quote beside it', () => {
    const orphan = EVIDENCE.find((e) => e.orphaned);
    const figures = [...html.matchAll(/<figure class="([^"]+)">([\s\S]*?)<\/figure>/g)];
    const flagged = figures.filter((f) => f[1] === 'evidence orphaned');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.[2]).toContain(escaped(orphan?.quote ?? ''));
    expect(flagged[0]?.[2]).toContain(`<p class="orphan">${ORPHAN_FLAG}</p>`);
    expect(occurrences(html, ORPHAN_FLAG)).toBe(1);
  });

  it('shows meaning with a palette swatch, note Markdown as elements, tags and comment', () => {
    expect(html).toContain(
      '<span class="swatch c-yellow"></span><span class="label">Meaning:</span> Key fact (yellow)',
    );
    expect(html).toContain('<span class="swatch"></span><span class="label">Meaning:</span> orange');
    expect(html).toContain(
      '<p><span class="label">Note:</span> <strong>Conditional</strong> acceptance: the meeting ' +
        'depends on <em>no further</em> invasion.</p>',
    );
    expect(html).toContain(
      '<li>announced by the <a href="https://www.state.gov/" rel="noopener noreferrer">State ' +
        'Department</a> spokesperson</li>',
    );
    expect(html).toContain('<span class="tag">NATO &amp; OSCE</span>');
  });

  it('prints well: page margins, quotes kept whole, a serif face', () => {
    expect(html).toMatch(/@page \{ margin: [^}]+\}/);
    expect(html).toMatch(/blockquote \{[^}]*page-break-inside: avoid;/);
    expect(html).toMatch(/font-family: [^;]*serif;/);
  });

  it('links nothing but web and mail addresses from notes', () => {
    const document: BriefDocument = {
      ...FIXTURE,
      summary: '[x](javascript:alert) [y](file:///etc/passwd) [z](https://example.org/a?b=1&c="2")',
    };
    const out = renderHtml(document);
    // Unsafe targets stay visible as text and never become links.
    expect(out).not.toMatch(/href="(javascript|file):/i);
    expect(out).toContain('[x](javascript:alert)');
    expect(out).toContain('<a href="https://example.org/a?b=1&amp;c=%222%22" rel="noopener noreferrer">z</a>');
  });
});

describe('renderHtml options', () => {
  it('leaves out notes, tags and meanings by default', () => {
    const plain = renderHtml(FIXTURE);
    expect(plain).not.toContain('Meaning:');
    expect(plain).not.toContain('<span class="label">Note:</span>');
    expect(plain).not.toContain('class="tag"');
    expect(plain).toContain('<span class="label">Comment:</span>');
  });

  it('opens with the marking and byline and closes with the marking', () => {
    const out = renderHtml(FIXTURE, WITH_HEADER);
    const body = out.slice(out.indexOf('<body>') + 7);
    expect(body.startsWith('<p class="marking">OFFICIAL-SENSITIVE</p>\n<h1>')).toBe(true);
    expect(body).toContain(`</h1>\n<p class="byline">${BYLINE}</p>`);
    expect(body.trimEnd().endsWith('<p class="marking">OFFICIAL-SENSITIVE</p>\n</body>\n</html>')).toBe(true);
    expect(renderHtml(FIXTURE)).not.toContain('class="marking"');
  });

  it('cites author–date and lists the sources A–Z, unnumbered', () => {
    const out = renderHtml(FIXTURE, { ...DEFAULT_EXPORT_OPTIONS, citationStyle: 'author-date' });
    const cites = [...out.matchAll(/<a class="cite" dir="ltr" href="#source-(\d)">([^<]*)<\/a>/g)];
    expect(cites.map((m) => m[2])).toEqual(EVIDENCE.map(expectedAuthorDate));
    // ardley-gazette comes before russiaherald: source-1 is the gazette.
    expect(cites.map((m) => m[1])).toEqual(EVIDENCE.map((e) => (e.source.outlet === 'russiaherald.com' ? '2' : '1')));
    expect(out).toContain('<ul class="author-date">');
    expect(out).toContain('<li id="source-1"><bdi>ardley-gazette.example</bdi> (2024). “<bdi>Port Ardley');
  });

  it('isolates an author and an outlet written right to left, as it does the title', () => {
    const [section] = FIXTURE.sections;
    const [evidence] = section?.evidence ?? [];
    if (!section || !evidence) throw new Error('the fixture has evidence');
    const source = { ...evidence.source, author: 'محمد العلي', outlet: 'سي إن إن بالعربية', title: 'معارضون يسيطرون' };
    const out = renderHtml({ ...FIXTURE, sections: [{ ...section, evidence: [{ ...evidence, source }] }] });
    expect(out).toContain(
      '<li id="source-1"><bdi>محمد العلي</bdi>, “<bdi>معارضون يسيطرون</bdi>”, <bdi>سي إن إن بالعربية</bdi>, ',
    );
  });

  it('lets a URL wrap only after a slash and before ?, & and #', () => {
    expect(breakableUrl('https://example.org/news/2024/a-b?id=1&x=2#p')).toBe(
      '<span>https://example.org/</span><wbr><span>news/</span><wbr><span>2024/</span><wbr><span>a-b</span>' +
        '<wbr><span>?id=1</span><wbr><span>&amp;x=2</span><wbr><span>#p</span>',
    );
    // A part too long for a line may wrap inside rather than run off the page.
    const long = `https://example.org/${'a-'.repeat(40)}`;
    expect(breakableUrl(long)).toBe(`<span>https://example.org/</span><wbr>${'a-'.repeat(40)}`);
    expect(html).not.toContain('word-break: break-all');
    expect(html).toMatch(/\.url > span \{ white-space: nowrap; \}/);
    expect(html).toContain('<span class="url"><span>https://www.russiaherald.com/</span><wbr><span>news/</span>');
  });
});
