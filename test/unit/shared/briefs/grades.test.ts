// Grades in briefs: a graded quote is cited with its grade in every format (`[1, para. 1; B2]`,
// `(russiaherald.com, 2022, para. 1; B2)`), the key to the grades used follows the sources, JSON carries the
// grade's parts and text, and a quote with no judged part (F6) shows no grade anywhere.
import { describe, expect, it } from 'vitest';
import type { BriefDocument, BriefEvidence } from '../../../../src-preload/contract';
import { parseBriefJson, serialiseBrief } from '../../../../src-shared/briefs/brief-json';
import { citeBrief } from '../../../../src-shared/briefs/citations';
import { evidenceGrade, gradeKey } from '../../../../src-shared/briefs/evidence-grade';
import { renderDocx } from '../../../../src-shared/briefs/render-docx';
import { renderHtml } from '../../../../src-shared/briefs/render-html';
import { renderMarkdown } from '../../../../src-shared/briefs/render-markdown';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';
import { at, decodeEntities, EVIDENCE, FIXTURE, unescapeMarkdown, wordParagraphs } from './brief-support';
import { readZip } from './read-zip';

/** The fixture with item-1 graded B2 (russiaherald.com), item-5 graded C3 (ardley-gazette.example). */
const GRADES: Readonly<Record<string, BriefEvidence['grade']>> = {
  'item-1': { reliability: 'B', credibility: 2, text: 'B2' },
  'item-5': { reliability: 'C', credibility: 3, text: 'C3' },
};

const GRADED: BriefDocument = {
  ...FIXTURE,
  sections: FIXTURE.sections.map((section) => ({
    ...section,
    evidence: section.evidence.map((e) => ({ ...e, grade: GRADES[e.id] ?? null })),
  })),
};

const AUTHOR_DATE = { ...DEFAULT_EXPORT_OPTIONS, citationStyle: 'author-date' as const };
const KEY =
  "Grades: the source's reliability (A–F) and the information's credibility (1–6). " +
  'B2: usually reliable; probably true. C3: fairly reliable; possibly true.';

const evidence = (id: string): BriefEvidence => {
  const found = EVIDENCE.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id} in the fixture`);
  return found;
};

const forged = (grade: BriefEvidence['grade']): BriefDocument => ({
  ...FIXTURE,
  sections: [{ ...at(FIXTURE.sections, 0), evidence: [{ ...evidence('item-1'), grade }] }],
});

const texts = async (document: BriefDocument, options = DEFAULT_EXPORT_OPTIONS): Promise<string[]> =>
  wordParagraphs(new TextDecoder().decode(readZip(await renderDocx(document, options)).get('word/document.xml'))).map(
    (p) => p.text,
  );

const withGrade = (grade: unknown): string =>
  JSON.stringify({
    ...GRADED,
    sections: [{ ...GRADED.sections[0], evidence: [{ ...evidence('item-1'), grade }] }],
  });

describe('evidenceGrade', () => {
  it('is null when neither part is judged, and reads an unjudged part at its default', () => {
    expect(evidenceGrade(undefined, undefined)).toBeNull();
    expect(evidenceGrade('F', 6)).toBeNull();
    expect(evidenceGrade('B', undefined)).toEqual({ reliability: 'B', credibility: 6, text: 'B6' });
    expect(evidenceGrade(null, 2)).toEqual({ reliability: 'F', credibility: 2, text: 'F2' });
    expect(evidenceGrade('A', 1)?.text).toBe('A1');
  });
});

describe('citations with grades', () => {
  it('ends a graded quote’s numbered marker with its grade and leaves the others as they were', () => {
    const markers = new Map(citeBrief(GRADED).notes.map((note) => [note.evidence.id, note.marker]));
    expect(markers.get('item-1')).toBe('[1, para. 1; B2]');
    expect(markers.get('item-5')).toBe('[2, para. 2; C3]');
    expect(markers.get('item-2')).toBe('[1, para. 8]');
    expect(markers.get('item-4')).toBe('[1]');
  });

  it('ends a graded quote’s author–date marker with its grade', () => {
    const notes = citeBrief(GRADED, 'author-date').notes;
    expect(notes.find((n) => n.evidence.id === 'item-1')?.marker).toBe('(russiaherald.com, 2022, para. 1; B2)');
    expect(notes.find((n) => n.evidence.id === 'item-5')?.grade).toBe('C3');
    expect(notes.find((n) => n.evidence.id === 'item-6')?.marker).toBe('(ardley-gazette.example, 2024, para. 3)');
  });

  it('reads the grade from its parts, not from its text, and shows no F6', () => {
    expect(citeBrief(forged({ reliability: 'A', credibility: 1, text: 'E5' })).notes[0]?.marker).toBe(
      '[1, para. 1; A1]',
    );
    expect(citeBrief(forged({ reliability: 'F', credibility: 6, text: 'F6' })).notes[0]?.marker).toBe('[1, para. 1]');
  });

  it('keys each grade used once, in order, with its meanings; no key without grades', () => {
    expect(gradeKey(GRADED.sections.flatMap((s) => s.evidence))).toBe(KEY);
    expect(gradeKey(EVIDENCE)).toBeNull();
  });
});

describe('renderers', () => {
  it('Markdown cites the graded quote with its grade and keys the grades after the sources', () => {
    const md = renderMarkdown(GRADED);
    const shown = unescapeMarkdown(md);
    expect(shown).toContain(`${evidence('item-1').quote} [1, para. 1; B2]`);
    expect(shown).toContain(`${evidence('item-5').quote} [2, para. 2; C3]`);
    expect(shown.indexOf(KEY)).toBeGreaterThan(shown.indexOf('## Sources'));
    expect(unescapeMarkdown(renderMarkdown(GRADED, AUTHOR_DATE))).toContain('(russiaherald.com, 2022, para. 1; B2)');
    expect(renderMarkdown(FIXTURE)).not.toContain('Grades:');
  });

  it('HTML cites the graded quote with its grade in its link to the source, and keys the grades', () => {
    const html = renderHtml(GRADED);
    expect(html).toContain('<a class="cite" dir="ltr" href="#source-1">[1, para. 1; B2]</a>');
    expect(html).toContain('<a class="cite" dir="ltr" href="#source-2">[2, para. 2; C3]</a>');
    const key = /<p class="grade-key">([^<]*)<\/p>/.exec(html)?.[1];
    expect(decodeEntities(key ?? '')).toBe(KEY);
    expect(html.indexOf('grade-key">')).toBeGreaterThan(html.indexOf('<h2>Sources</h2>'));
    expect(renderHtml(GRADED, AUTHOR_DATE)).toContain('(russiaherald.com, 2022, para. 1; B2)</a>');
    expect(renderHtml(FIXTURE)).not.toContain('grade-key">');
  });

  it('Word cites the graded quote with its grade at the end of its quote paragraph, and keys the grades', async () => {
    const paragraphs = await texts(GRADED);
    const quote = evidence('item-1').quote.split('\n').at(-1)?.trim() ?? '';
    expect(paragraphs).toContain(`${quote} [1, para. 1; B2]`);
    expect(paragraphs.some((p) => p.endsWith(' [2, para. 2; C3]'))).toBe(true);
    expect(paragraphs.at(-1)).toBe(KEY);
    expect((await texts(GRADED, AUTHOR_DATE)).some((p) => p.endsWith('(russiaherald.com, 2022, para. 1; B2)'))).toBe(
      true,
    );
    expect((await texts(FIXTURE)).some((p) => p.startsWith('Grades:'))).toBe(false);
  });

  it('JSON carries each grade’s reliability, credibility and text, and reads them back', () => {
    const json = serialiseBrief(GRADED);
    const written = JSON.parse(json) as BriefDocument;
    expect(written.sections[0]?.evidence[0]?.grade).toEqual({ reliability: 'B', credibility: 2, text: 'B2' });
    expect(written.sections[0]?.evidence[1]?.grade).toBeNull();
    expect(parseBriefJson(json)).toEqual(GRADED);
    // Briefs exported before grades were kept have none, and still read.
    expect(parseBriefJson(serialiseBrief(FIXTURE)).sections[0]?.evidence[0]?.grade).toBeUndefined();
  });

  it('JSON refuses a grade whose text is not its parts, or whose parts are not grades', () => {
    expect(() => parseBriefJson(withGrade({ reliability: 'A', credibility: 1, text: 'E5' }))).toThrow(/grade/);
    expect(() => parseBriefJson(withGrade({ reliability: 'G', credibility: 1, text: 'G1' }))).toThrow(/reliability/);
    expect(() => parseBriefJson(withGrade({ reliability: 'A', credibility: 7, text: 'A7' }))).toThrow(/credibility/);
  });
});
