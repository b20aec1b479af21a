// The options applied to a brief before any format writes it: what is left out, which URLs are cleaned,
// the schema main checks the page's options with, and the page header and footer of a PDF.
import { describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import {
  ARTICLE_EXPORT_OPTIONS,
  BriefExportOptionsSchema,
  DEFAULT_EXPORT_OPTIONS,
  outgoingBrief,
} from '../../../../src-shared/briefs/export-options';
import { pdfChrome } from '../../../../src-shared/briefs/pdf-chrome';
import { BYLINE, EVERYTHING, EVIDENCE, FIXTURE, WITH_HEADER, at } from './brief-support';

const first = at(EVIDENCE, 0);
const TRACKED = 'https://example.org/a?at_medium=RSS&at_campaign=KARANGA';
const tracked: BriefDocument = {
  ...FIXTURE,
  summary: 'Read https://example.org/s?utm_source=x&id=2.',
  sections: [
    {
      id: 's',
      heading: 'S',
      text: '[link](https://example.org/t?fbclid=1)',
      evidence: [
        {
          ...first,
          note: 'https://example.org/n?gclid=9',
          comment: 'https://example.org/c?mc_cid=1&mc_eid=2',
          source: { ...first.source, url: TRACKED },
        },
      ],
    },
  ],
};

describe('outgoingBrief', () => {
  it('by default leaves out notes, tags and meanings, and keeps quotes, comments and sources', () => {
    const out = outgoingBrief(FIXTURE, DEFAULT_EXPORT_OPTIONS);
    const evidence = out.sections.flatMap((s) => s.evidence);
    expect(evidence.map((e) => [e.note, e.tags, e.meaning, e.colour])).toEqual(EVIDENCE.map(() => ['', [], '', '']));
    expect(evidence.map((e) => e.quote)).toEqual(EVIDENCE.map((e) => e.quote));
    expect(evidence.map((e) => e.comment)).toEqual(EVIDENCE.map((e) => e.comment));
    expect(evidence.map((e) => e.source)).toEqual(EVIDENCE.map((e) => e.source));
  });

  it('keeps everything when told to, and changes nothing else', () => {
    expect(outgoingBrief(FIXTURE, EVERYTHING)).toEqual(FIXTURE);
  });

  it('an article export keeps its notes, tags and meanings by default', () => {
    expect(ARTICLE_EXPORT_OPTIONS).toMatchObject({ includeNotes: true, includeTags: true, includeMeanings: true });
  });

  it('takes tracking off the source URL and off every link in the text, unless told not to', () => {
    const out = outgoingBrief(tracked, EVERYTHING);
    const section = at(out.sections, 0);
    const evidence = at(section.evidence, 0);
    expect(evidence.source.url).toBe('https://example.org/a');
    expect(out.summary).toBe('Read https://example.org/s?id=2.');
    expect(section.text).toBe('[link](https://example.org/t)');
    expect(evidence.note).toBe('https://example.org/n');
    expect(evidence.comment).toBe('https://example.org/c');
    expect(outgoingBrief(tracked, { ...EVERYTHING, stripTracking: false })).toEqual(tracked);
  });
});

describe('BriefExportOptionsSchema', () => {
  it('accepts the defaults and a filled header, and refuses what is not an option', () => {
    expect(BriefExportOptionsSchema.parse(DEFAULT_EXPORT_OPTIONS)).toEqual(DEFAULT_EXPORT_OPTIONS);
    expect(BriefExportOptionsSchema.parse(WITH_HEADER)).toEqual(WITH_HEADER);
    expect(BriefExportOptionsSchema.safeParse({ ...DEFAULT_EXPORT_OPTIONS, citationStyle: 'mla' }).success).toBe(false);
    const badDate = { ...WITH_HEADER, header: { ...WITH_HEADER.header, analysisDate: '30/11/2026' } };
    expect(BriefExportOptionsSchema.safeParse(badDate).success).toBe(false);
    const longMarking = { ...WITH_HEADER, header: { ...WITH_HEADER.header, marking: 'x'.repeat(101) } };
    expect(BriefExportOptionsSchema.safeParse(longMarking).success).toBe(false);
  });
});

describe('pdfChrome', () => {
  it('prints the marking at the top and the byline with "Page N of M" at the bottom', () => {
    const { headerTemplate, footerTemplate } = pdfChrome(FIXTURE, WITH_HEADER);
    expect(headerTemplate).toContain('>OFFICIAL-SENSITIVE</span>');
    expect(footerTemplate).toContain(`>${BYLINE}</span>`);
    expect(footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    // Without a font size, Chromium prints the templates too small to read; a double quote inside the
    // style attribute would end it early and lose the size and the layout.
    for (const template of [headerTemplate, footerTemplate]) {
      expect(template).toMatch(/^<div style="[^"]*font:8pt [^"]*display:flex;[^"]*">/);
    }
  });

  it('prints the title, escaped, when there is no marking', () => {
    const { headerTemplate } = pdfChrome(FIXTURE, DEFAULT_EXPORT_OPTIONS);
    expect(headerTemplate).toContain('Russia &lt;b&gt;&amp;&lt;/b&gt; NATO &quot;talks&quot;');
    expect(headerTemplate).not.toContain('<b>');
  });
});
