// The Markdown brief, checked on content: headings, each quote once as a blockquote cited in the text
// ([2, para. 3] or (outlet, 2022, para. 3)), ONE source list, the orphan flag, the options (notes, tags,
// meanings, header, tracking) and escaping that keeps structure.
import { describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import {
  BYLINE,
  EVERYTHING,
  EVIDENCE,
  expectedAuthorDate,
  expectedMarker,
  expectedSources,
  FIXTURE,
  occurrences,
  ORPHAN_FLAG,
  QUOTES,
  unescapeMarkdown,
  WITH_HEADER,
  at,
} from './brief-support';

const md = renderMarkdown(FIXTURE, EVERYTHING);
const lines = md.split('\n');
const CITE = / (\\\[[^\]]*\\\]|\([^)]*\))$/;

/** Blockquotes as a reader sees them: their lines joined, escapes undone, the citation taken off the end. */
function blockquotes(text: string): { text: string; cite: string }[] {
  const groups: string[][] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) (current ??= []).push(line.replace(/^> ?/, ''));
    else if (current) {
      groups.push(current);
      current = null;
    }
  }
  return groups.map((group) => {
    const joined = group.filter((line) => line !== '').join('\n');
    const cite = CITE.exec(joined)?.[1] ?? '';
    return { text: unescapeMarkdown(joined.replace(CITE, '')), cite: unescapeMarkdown(cite) };
  });
}

describe('renderMarkdown', () => {
  it('writes the title as the one H1 and the sections, then Sources, as H2', () => {
    expect(lines[0]).toBe('# Russia \\<b\\>&\\</b\\> NATO "talks"');
    expect(unescapeMarkdown(lines[0] ?? '')).toBe(`# ${FIXTURE.title}`);
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
    const h2 = lines.filter((line) => line.startsWith('## ')).map((line) => unescapeMarkdown(line.slice(3)));
    expect(h2).toEqual([...FIXTURE.sections.map((s) => s.heading), 'Sources']);
  });

  it('quotes every piece of evidence exactly once, as a blockquote, in order, cited by source and paragraph', () => {
    expect(blockquotes(md)).toEqual(QUOTES.map((quote, i) => ({ text: quote, cite: expectedMarker(at(EVIDENCE, i)) })));
    for (const quote of QUOTES) expect(occurrences(unescapeMarkdown(md), quote)).toBe(1);
  });

  it('keeps one reference list: each distinct article once, numbered, and no notes list', () => {
    const sources = lines.slice(lines.indexOf('## Sources') + 1).filter((line) => line !== '');
    expect(
      sources.map((line) => unescapeMarkdown(line.replace(/^\d+\. /, '')).replace(/<(https:[^>]+)>/g, '$1')),
    ).toEqual(expectedSources());
    expect(sources.map((line) => line.split('.')[0])).toEqual(['1', '2']);
    expect(md).not.toMatch(/^\[\^\d+\]:/m);
    expect(md).not.toContain('## Notes');
  });

  it('flags the orphaned quote under it', () => {
    const orphan = EVIDENCE.findIndex((e) => e.orphaned);
    expect(occurrences(md, `**${ORPHAN_FLAG}**`)).toBe(1);
    const quoteLine = lines.findIndex((line) => line.startsWith('>') && line.includes(at(QUOTES, orphan).slice(0, 20)));
    expect(lines[quoteLine + 2]).toBe(`**${ORPHAN_FLAG}**`);
  });

  it('keeps meaning, note Markdown, tags and comment with their quote', () => {
    expect(md).toContain('**Meaning:** Key fact (yellow)');
    expect(md).toContain('**Note:** **Conditional** acceptance: the meeting depends on *no further* invasion.');
    expect(md).toContain('- announced by the [State Department](https://www.state.gov/) spokesperson');
    expect(md).toContain('**Tags:** social media, \\#PortArdley');
    expect(md).toContain(
      '**Comment:** Markup in a source must stay text: \\<script\\>alert(1)\\</script\\> and \\<b\\>bold\\</b\\>.',
    );
  });

  it('lets no quote, title or note text start a heading, list, quote, footnote or raw HTML', () => {
    expect(lines.filter((line) => line.startsWith('#'))).toEqual(lines.filter((line) => /^#{1,2} /.test(line)));
    expect(lines.filter((line) => line.startsWith('#'))).toHaveLength(1 + FIXTURE.sections.length + 1);
    expect(lines.filter((line) => line.startsWith('[^'))).toHaveLength(0);
    expect(md).not.toMatch(/(^|[^\\])<(?!https:)/m);
    expect(md).toContain('\\[^1\\]: not a footnote');
    expect(md).toContain('1\\. Unlike Geneva');
    expect(md).toContain('> \\#PortArdley was');
    expect(md).toContain('> \\- The mediator');
    expect(md).toContain('\\*Harbour Ledger\\*');
  });
});

describe('renderMarkdown edge cases', () => {
  const base = EVIDENCE[0];
  if (base === undefined) throw new Error('fixture has no evidence');
  const document: BriefDocument = {
    ...FIXTURE,
    title: '',
    summary: '[click](javascript:alert) and [mail](mailto:desk@example.org)',
    sections: [
      {
        id: 's',
        heading: 'Line\nbreak',
        text: '',
        evidence: [
          {
            ...base,
            quote: '> first paragraph\n\n1. second paragraph',
            source: { ...base.source, outlet: null, url: null, date: null },
            paragraph: null,
          },
        ],
      },
    ],
  };
  const out = renderMarkdown(document);

  it('keeps a quote across paragraphs in one blockquote, each line escaped', () => {
    expect(out).toContain('> \\> first paragraph\n>\n> 1\\. second paragraph \\[1\\]');
    expect(blockquotes(out)).toEqual([{ text: '> first paragraph\n1. second paragraph', cite: '[1]' }]);
  });

  it('cites an article without outlet, date or URL with what it has', () => {
    expect(out).toContain(`1. “${base.source.title}”, undated\n`);
  });

  it('writes only web and mail links as links, names an untitled brief, keeps headings on one line', () => {
    expect(out).toContain('(javascript\\:alert) and [mail](mailto:desk@example.org)');
    // An unsafe target stays visible as the text the analyst wrote, with its brackets escaped: never a link.
    expect(out).toContain('\\[click\\](javascript\\:alert)');
    expect(out).not.toMatch(/(^|[^\\])\[click\]\(javascript:/m);
    expect(out.startsWith('# Untitled brief\n')).toBe(true);
    expect(out).toContain('\n## Line break\n');
  });
});

describe('renderMarkdown options', () => {
  const plain = renderMarkdown(FIXTURE);

  it('leaves out notes, tags and meanings by default, and keeps the brief’s own comments', () => {
    expect(plain).not.toContain('**Meaning:**');
    expect(plain).not.toContain('**Note:**');
    expect(plain).not.toContain('**Tags:**');
    expect(plain).not.toContain('Conditional');
    expect(plain).toContain('**Comment:** Markup in a source must stay text');
    expect(renderMarkdown(FIXTURE, DEFAULT_EXPORT_OPTIONS)).toBe(plain);
  });

  it('puts each back on its own', () => {
    const notes = renderMarkdown(FIXTURE, { ...DEFAULT_EXPORT_OPTIONS, includeNotes: true });
    expect(notes).toContain('**Note:** **Conditional** acceptance');
    expect(notes).not.toContain('**Tags:**');
    const tags = renderMarkdown(FIXTURE, { ...DEFAULT_EXPORT_OPTIONS, includeTags: true });
    expect(tags).toContain('**Tags:** diplomacy, us-russia');
    expect(tags).not.toContain('**Meaning:**');
    const meanings = renderMarkdown(FIXTURE, { ...DEFAULT_EXPORT_OPTIONS, includeMeanings: true });
    expect(meanings).toContain('**Meaning:** Key fact (yellow)');
    expect(meanings).not.toContain('**Note:**');
  });

  it('cites author–date in the text against one A–Z list', () => {
    const out = renderMarkdown(FIXTURE, { ...DEFAULT_EXPORT_OPTIONS, citationStyle: 'author-date' });
    expect(blockquotes(out).map((q) => q.cite)).toEqual(EVIDENCE.map(expectedAuthorDate));
    const sources = out
      .slice(out.indexOf('## Sources'))
      .split('\n')
      .filter((line) => line.startsWith('- '));
    expect(sources.map((line) => unescapeMarkdown(line).replace(/<(https:[^>]+)>/g, '$1'))).toEqual([
      '- ardley-gazette.example (2024). ' +
        '“Port Ardley strike ends as union and authority agree to talks [update]”, 18 Mar 2024, ' +
        'https://www.ardley-gazette.example/news/2024/03/18/harbour-talks',
      expect.stringMatching(
        /^- russiaherald\.com \(2022\)\. “Blinken accepts .*”, 11 Feb 2022, https:\/\/www\.russiaherald/,
      ),
    ]);
  });

  it('opens with the marking and the byline, and closes with the marking', () => {
    const out = renderMarkdown(FIXTURE, WITH_HEADER).split('\n\n');
    expect(out[0]).toBe('**OFFICIAL-SENSITIVE**');
    expect(out[1]?.startsWith('# ')).toBe(true);
    expect(out[2]).toBe(`*${BYLINE}*`);
    expect(out.at(-1)).toBe('**OFFICIAL-SENSITIVE**\n');
    expect(plain.startsWith('# ')).toBe(true);
  });

  it('takes tracking parameters off source URLs and note links unless told not to', () => {
    const first = at(EVIDENCE, 0);
    const tracked = `${first.source.url}?at_medium=RSS&at_campaign=KARANGA`;
    const document: BriefDocument = {
      ...FIXTURE,
      summary: 'See [the memo](https://example.org/m?utm_source=mail&id=4).',
      sections: [
        { id: 's', heading: 'S', text: '', evidence: [{ ...first, source: { ...first.source, url: tracked } }] },
      ],
    };
    const clean = renderMarkdown(document);
    expect(clean).not.toContain('at_medium');
    expect(clean).toContain(`<${first.source.url}>`);
    expect(clean).toContain('[the memo](https://example.org/m?id=4)');
    const kept = renderMarkdown(document, { ...DEFAULT_EXPORT_OPTIONS, stripTracking: false });
    expect(kept).toContain(`<${tracked}>`);
    expect(kept).toContain('utm_source=mail');
  });
});
