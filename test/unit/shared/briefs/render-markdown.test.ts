// The Markdown brief, checked on content: headings, each quote once as a blockquote, footnotes [^1]..[^n]
// each defined once with its citation, the source list, the orphan flag, and escaping that keeps structure.
import { describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import {
  EVIDENCE,
  expectedNote,
  expectedSources,
  FIXTURE,
  occurrences,
  oneTo,
  ORPHAN_FLAG,
  QUOTES,
  unescapeMarkdown,
} from './brief-support';

const md = renderMarkdown(FIXTURE);
const lines = md.split('\n');
const DEFINITION = /^\[\^(\d+)\]: (.*)$/;

/** Blockquotes as a reader sees them: their lines joined, escapes undone, the footnote mark taken off. */
function blockquotes(text: string): { text: string; note: number }[] {
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
    const mark = /\[\^(\d+)\]$/.exec(joined);
    return { text: unescapeMarkdown(joined.replace(/\[\^\d+\]$/, '')), note: Number(mark?.[1]) };
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

  it('quotes every piece of evidence exactly once, as a blockquote, in order, with its note number', () => {
    expect(blockquotes(md)).toEqual(QUOTES.map((quote, i) => ({ text: quote, note: i + 1 })));
    for (const quote of QUOTES) expect(occurrences(unescapeMarkdown(md), quote)).toBe(1);
  });

  it('numbers the notes 1..n in the body and defines each exactly once with its citation', () => {
    const body = lines.filter((line) => !DEFINITION.test(line)).join('\n');
    expect([...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1]))).toEqual(oneTo(EVIDENCE.length));
    const definitions = lines.flatMap((line) => {
      const m = DEFINITION.exec(line);
      return m ? [{ n: Number(m[1]), text: unescapeMarkdown(m[2] ?? '').replace(/<(https:[^>]+)>/g, '$1') }] : [];
    });
    expect(definitions).toEqual(EVIDENCE.map((evidence, i) => ({ n: i + 1, text: expectedNote(evidence) })));
  });

  it('ends with the sources, each distinct article once', () => {
    const sources = lines.slice(lines.indexOf('## Sources') + 1).filter((line) => line !== '');
    expect(
      sources.map((line) => unescapeMarkdown(line.replace(/^\d+\. /, '')).replace(/<(https:[^>]+)>/g, '$1')),
    ).toEqual(expectedSources());
    expect(sources.map((line) => line.split('.')[0])).toEqual(['1', '2']);
  });

  it('flags the orphaned quote under it and in its note', () => {
    const orphan = EVIDENCE.findIndex((e) => e.orphaned);
    expect(occurrences(md, `**${ORPHAN_FLAG}**`)).toBe(1);
    const quoteLine = lines.findIndex((line) => line.endsWith(`[^${orphan + 1}]`) && line.startsWith('>'));
    expect(lines[quoteLine + 2]).toBe(`**${ORPHAN_FLAG}**`);
    expect(lines.find((line) => line.startsWith(`[^${orphan + 1}]: `))).toContain(ORPHAN_FLAG);
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
    expect(lines.filter((line) => line.startsWith('[^'))).toHaveLength(EVIDENCE.length);
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
    expect(out).toContain('> \\> first paragraph\n>\n> 1\\. second paragraph[^1]');
    expect(blockquotes(out)).toEqual([{ text: '> first paragraph\n1. second paragraph', note: 1 }]);
  });

  it('cites an article without outlet, date or URL with what it has', () => {
    expect(out).toContain(`[^1]: “${base.source.title}”, undated\n`);
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
