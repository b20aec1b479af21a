// The JSON brief: written pretty-printed, read back to an equal document, and anything that is not a brief
// (or a brief out of bounds, as a compromised renderer might send) refused with a message a person can act on.
import { describe, expect, it } from 'vitest';
import type { BriefDocument } from '../../../../src-preload/contract';
import {
  BriefDocumentSchema,
  MAX_SECTIONS,
  parseBriefJson,
  serialiseBrief,
  validateBrief,
} from '../../../../src-shared/briefs/brief-json';
import { renderBrief } from '../../../../src-shared/briefs/render';
import { FIXTURE, FIXTURE_TEXT } from './brief-support';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };

function item<T>(items: readonly T[], index: number): T {
  const found = items[index];
  if (found === undefined) throw new Error(`the fixture has no item ${index}`);
  return found;
}

function variant(change: (doc: Mutable<BriefDocument>) => void): string {
  const doc = structuredClone(FIXTURE) as Mutable<BriefDocument>;
  change(doc);
  return JSON.stringify(doc);
}

describe('brief JSON', () => {
  it('round-trips the fixture: parse, serialise and parse again give the same document and the same text', async () => {
    const parsed = parseBriefJson(FIXTURE_TEXT);
    expect(parsed).toEqual(FIXTURE);
    expect(serialiseBrief(parsed)).toBe(FIXTURE_TEXT);
    const rendered = await renderBrief(parsed, 'json');
    expect(rendered.mimeType).toBe('application/json');
    expect(rendered.extension).toBe('json');
    expect(parseBriefJson(new TextDecoder().decode(rendered.bytes))).toEqual(FIXTURE);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseBriefJson(`\uFEFF${FIXTURE_TEXT}`)).toEqual(FIXTURE);
  });

  it('refuses files that are not briefs, saying why', () => {
    expect(() => parseBriefJson('Title\n20220211\nhttps://example.org\n')).toThrow(
      /^not a Dossier brief: the file is not valid JSON \(/,
    );
    expect(() => parseBriefJson('')).toThrow(/not valid JSON/);
    expect(() => parseBriefJson('[]')).toThrow(
      'not a Dossier brief: expected a JSON object with "format": "dossier-brief"',
    );
    expect(() => parseBriefJson('null')).toThrow('not a Dossier brief');
    expect(() => parseBriefJson('{"format":"dossier-annotations","version":1}')).toThrow('not a Dossier brief');
    expect(() => parseBriefJson(variant((d) => (d.version = 2 as 1)))).toThrow(
      'unsupported Dossier brief version (2): this app reads version 1',
    );
  });

  it('names the field that is wrong, with its path', () => {
    expect(() => parseBriefJson(variant((d) => (item(item(d.sections, 1).evidence, 2).paragraph = 0)))).toThrow(
      /^not a valid Dossier brief: sections\[1\]\.evidence\[2\]\.paragraph: /,
    );
    expect(() => parseBriefJson(variant((d) => delete (d as Partial<typeof d>).title))).toThrow(
      /^not a valid Dossier brief: title: /,
    );
    expect(() =>
      parseBriefJson(variant((d) => (item(item(d.sections, 0).evidence, 0).source.date = '11/02/2022'))),
    ).toThrow('sections[0].evidence[0].source.date: expected a date as yyyy-mm-dd');
    expect(() =>
      parseBriefJson(variant((d) => (item(item(d.sections, 0).evidence, 0).position = { start: 9, end: 3 }))),
    ).toThrow('sections[0].evidence[0].position: the end of a position comes before its start');
  });

  it('bounds what it accepts: text lengths, list sizes, the file size', () => {
    expect(() =>
      parseBriefJson(variant((d) => (item(item(d.sections, 0).evidence, 0).quote = 'x'.repeat(200_001)))),
    ).toThrow(/sections\[0\]\.evidence\[0\]\.quote: Too big/);
    expect(() =>
      parseBriefJson(
        variant((d) => (d.sections = Array.from({ length: MAX_SECTIONS + 1 }, () => item(d.sections, 0)))),
      ),
    ).toThrow(/^not a valid Dossier brief: sections: /);
    expect(() => parseBriefJson(' '.repeat(64 * 1024 * 1024 + 1))).toThrow(
      'not a Dossier brief: the file is larger than 64 MB',
    );
  });

  it('sums up many problems instead of listing them all', () => {
    const text = variant((d) => {
      for (const e of item(d.sections, 0).evidence) e.orphaned = 'no' as unknown as boolean;
    });
    expect(() => parseBriefJson(text)).toThrow(/; and 1 more$/);
  });

  it('validates values from the renderer with the same schema, dropping keys it does not know', () => {
    const sent = { ...structuredClone(FIXTURE), injected: '<script>' };
    const checked = validateBrief(sent);
    expect(checked).toEqual(FIXTURE);
    expect(checked).not.toHaveProperty('injected');
    expect(BriefDocumentSchema.safeParse(FIXTURE).success).toBe(true);
    expect(() => validateBrief('brief')).toThrow('not a Dossier brief');
  });
});
