// Shared by the brief tests: the fixture brief, its evidence in reading order, and the citations every
// format must show, written out here independently of the renderers' own citation code.
import { readFileSync } from 'node:fs';
import type { BriefDocument, BriefEvidence, BriefExportOptions } from '../../../../src-preload/contract';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../src-shared/briefs/export-options';

export const FIXTURE_PATH = new URL('../../../fixtures/sample-brief.json', import.meta.url);
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');
export const FIXTURE = JSON.parse(FIXTURE_TEXT) as BriefDocument;
export const EVIDENCE: readonly BriefEvidence[] = FIXTURE.sections.flatMap((section) => section.evidence);
export const QUOTES: readonly string[] = EVIDENCE.map((evidence) => evidence.quote);
export const ORPHAN_FLAG = '⚠ not found in the current text of the article';

const DATES: Readonly<Record<string, string>> = { '2022-02-11': '11 Feb 2022', '2024-03-18': '18 Mar 2024' };

function dateOf(iso: string | null): string {
  const shown = iso === null ? undefined : DATES[iso];
  if (shown === undefined) throw new Error(`the fixture has a date this table lacks: ${String(iso)}`);
  return shown;
}

/** Everything goes out: the analyst's notes, tags and colour meanings. */
export const EVERYTHING: BriefExportOptions = {
  ...DEFAULT_EXPORT_OPTIONS,
  includeNotes: true,
  includeTags: true,
  includeMeanings: true,
};

/** A header block as an analyst fills it in. */
export const WITH_HEADER: BriefExportOptions = {
  ...DEFAULT_EXPORT_OPTIONS,
  header: {
    author: 'Jane Analyst',
    organisation: 'Northern Desk',
    analysisDate: '2026-11-30',
    marking: 'OFFICIAL-SENSITIVE',
  },
};
export const BYLINE = 'Jane Analyst · Northern Desk · Analysis of 30 Nov 2026';

/** The numbered citation in the text: `[1, para. 3]`, the number being the source's in the list. */
export function expectedMarker(evidence: BriefEvidence): string {
  const sources = [...new Set(EVIDENCE.map((e) => e.source.articleId))];
  const para = evidence.paragraph === null ? '' : `, para. ${evidence.paragraph}`;
  return `[${sources.indexOf(evidence.source.articleId) + 1}${para}]`;
}

/** The author–date citation in the text: `(russiaherald.com, 2022, para. 3)`. */
export function expectedAuthorDate(evidence: BriefEvidence): string {
  const para = evidence.paragraph === null ? '' : `, para. ${evidence.paragraph}`;
  return `(${evidence.source.outlet}, ${evidence.source.date?.slice(0, 4)}${para})`;
}

/** Each distinct article once, in order of first quote. */
export function expectedSources(): string[] {
  const seen = new Map<string, string>();
  for (const { source } of EVIDENCE) {
    if (!seen.has(source.articleId))
      seen.set(source.articleId, `${source.outlet}, “${source.title}”, ${dateOf(source.date)}, ${source.url}`);
  }
  return [...seen.values()];
}

export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

export function oneTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities XML and HTML writers use, named and numeric. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name] ?? all;
  });
}

export interface WordParagraph {
  readonly style: string | null;
  readonly text: string;
  readonly footnoteRefs: readonly number[];
}

/** The paragraphs of a WordprocessingML part: style id, text (w:br as a line break) and footnote references. */
export function wordParagraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const body = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? null;
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[1] === undefined ? '\n' : decodeEntities(t[1])))
      .join('');
    const footnoteRefs = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((r) => Number(r[1]));
    return { style, text, footnoteRefs };
  });
}

/** The footnotes of word/footnotes.xml by id (the separator notes, ids -1 and 0, left out). */
export function wordFootnotes(xml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const match of xml.matchAll(/<w:footnote\s[^>]*?w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    const id = Number(match[1]);
    if (id > 0)
      notes.set(
        id,
        wordParagraphs(match[2] ?? '')
          .map((p) => p.text)
          .join('\n'),
      );
  }
  return notes;
}

/** Markdown's backslash escapes undone: what a Markdown reader shows for escaped text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The item at `index`, which the test knows is there (a missing one fails the test, saying where). */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index} in a list of ${list.length}`);
  return item;
}
