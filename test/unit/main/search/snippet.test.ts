// Snippets over a real catalog: the title marked when only it matched, a match deep in a long paragraph
// shown near the snippet's start (two lines of a row must show it), right-to-left text, and the lead cut.
import { describe, expect, it } from 'vitest';
import type { SearchHit, Snippet } from '../../../../src-preload/contract';
import { search } from '../../../../src-main/search/search-index';
import { MAX_LEAD, withShortLead } from '../../../../src-main/search/snippet';
import { searchQuery as query } from '../../../support/search-query';
import { FixtureLibrary, GLACIER, LIBRARY, ROOT, variant, withFixtureLibrary } from './search-fixture';

const LONG_TITLE =
  'Officials from the regional water authority and three neighbouring councils meet to review the reservoir plan';
// One long paragraph whose only "Lavrov" comes after a long sentence, as in long wire stories.
const DEEP =
  'The delegations spent most of the morning on procedural questions, with officials from several ministries ' +
  'exchanging draft wording on the sequencing of prisoner exchanges, humanitarian corridors, the inspection ' +
  'regime for grain shipments and the timetable for further technical consultations in Istanbul and Geneva, ' +
  'before the afternoon session opened with a statement read by the foreign minister Sergey Lavrov, who said ' +
  'the proposals needed more work.';
const ARABIC_TITLE = 'وزير الخارجية يلتقي نظيره في جنيف الأسبوع المقبل';
const HEBREW_BODY =
  'המשלחות דנו במשך רוב הבוקר בשאלות פרוצדורליות ובנוסח הטיוטה על לוח הזמנים של ההתייעצויות הטכניות ' +
  'הנוספות, לפני שהמושב של אחר הצהריים נפתח בהצהרה של שר החוץ בירושלים.';

const FILES = {
  ...LIBRARY,
  'long/reservoir.txt': variant(GLACIER, LONG_TITLE, '20240620'),
  'long/deep.txt': ['Talks resume after a long pause', '20220301', 'https://example.org/deep', DEEP].join('\n'),
  'rtl/geneva-ar.txt': [
    ARABIC_TITLE,
    '20220301',
    'https://example.org/ar',
    'قالت مصادر دبلوماسية إن المحادثات ستعقد.',
  ].join('\n'),
  'rtl/talks-he.txt': ['שיחות בז׳נבה', '20220302', 'https://example.org/he', HEBREW_BODY].join('\n'),
};

let lib: FixtureLibrary;
withFixtureLibrary((opened) => (lib = opened), FILES);

const hitFor = (text: string, id: string): SearchHit => {
  const hit = search(lib.db, ROOT, query(text)).hits.find((h) => h.id === id);
  if (!hit) throw new Error(`no hit ${id} for ${text}`);
  return hit;
};
const marked = (runs: Snippet | null | undefined): string[] => (runs ?? []).filter((r) => r.hit).map((r) => r.text);
const leadBefore = (runs: Snippet | null): number => {
  const index = (runs ?? []).findIndex((run) => run.hit);
  return index < 0 ? -1 : (runs ?? []).slice(0, index).reduce((n, run) => n + run.text.length, 0);
};

describe('a match in the title only', () => {
  it('marks the whole title and shows the body’s opening as the snippet', () => {
    const hit = hitFor('darken ', 'science/glacier-undated.txt');
    expect(hit.matchedIn).toEqual(['title']);
    expect(hit.markedTitle?.map((r) => r.text).join('')).toBe('Microbes darken mountain glaciers');
    expect(marked(hit.markedTitle)).toEqual(['darken']);
    expect(marked(hit.snippet)).toEqual([]);
    expect(hit.snippet?.map((r) => r.text).join('')).toMatch(/^Dark patches of algae/);
  });

  it('shows the title’s passage when the mark is past what two lines of the title show', () => {
    const hit = hitFor('reservoir ', 'long/reservoir.txt');
    expect(hit.matchedIn).toEqual(['title']);
    expect(marked(hit.markedTitle)).toEqual(['reservoir']);
    expect(marked(hit.snippet)).toEqual(['reservoir']);
    expect(leadBefore(hit.snippet)).toBeLessThanOrEqual(MAX_LEAD + 1);
    expect(hit.snippet?.[0]?.text).toMatch(/^…\S/);
  });

  it('has no marked title when the words are only in the body', () => {
    const hit = hitFor('lavrov', 'russia/2022/talks-next-week.txt');
    expect(hit.matchedIn).toEqual(['body']);
    expect(hit.markedTitle).toBeNull();
    expect(marked(hitFor('lavrov', 'russia/blinken-lavrov.txt').markedTitle)).toEqual(['Lavrov']);
  });
});

describe('a match deep in a long paragraph', () => {
  it('puts the mark near the snippet’s start, after whole words', () => {
    const hit = hitFor('lavrov', 'long/deep.txt');
    expect(marked(hit.snippet)).toEqual(['Lavrov']);
    expect(leadBefore(hit.snippet)).toBeGreaterThan(0);
    expect(leadBefore(hit.snippet)).toBeLessThanOrEqual(MAX_LEAD + 1);
    const lead = hit.snippet?.[0]?.text ?? '';
    expect(lead.startsWith('…')).toBe(true);
    // The lead starts on a word of the paragraph, not inside one.
    expect(DEEP).toContain(lead.slice(1));
    expect(DEEP[DEEP.indexOf(lead.slice(1)) - 1]).toBe(' ');
  });
});

describe('right-to-left text', () => {
  it('marks Arabic words in the title and Hebrew words deep in the body', () => {
    const arabic = hitFor('جنيف', 'rtl/geneva-ar.txt');
    expect(arabic.matchedIn).toEqual(['title']);
    expect(marked(arabic.markedTitle)).toEqual(['جنيف']);
    const hebrew = hitFor('בירושלים', 'rtl/talks-he.txt');
    expect(marked(hebrew.snippet)).toEqual(['בירושלים']);
    expect(leadBefore(hebrew.snippet)).toBeLessThanOrEqual(MAX_LEAD + 1);
  });
});

describe('withShortLead', () => {
  it('leaves a short lead alone and cuts a long one at a word start', () => {
    const short: Snippet = [
      { text: 'a few words ', hit: false },
      { text: 'here', hit: true },
    ];
    expect(withShortLead(short)).toBe(short);
    const long: Snippet = [
      { text: 'one two three four five six seven eight nine ten ', hit: false },
      { text: 'eleven', hit: true },
      { text: ' twelve', hit: false },
    ];
    expect(withShortLead(long, 12)).toEqual([
      { text: '…nine ten ', hit: false },
      { text: 'eleven', hit: true },
      { text: ' twelve', hit: false },
    ]);
  });

  it('never splits a character made of two code units, and leaves unmarked text alone', () => {
    const emoji: Snippet = [
      { text: '𝔸𝔹ℂ𝔻𝔼𝔽 ', hit: false },
      { text: 'x', hit: true },
    ];
    const cut = withShortLead(emoji, 4)[0]?.text ?? '';
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    const plain: Snippet = [{ text: 'no mark at all '.repeat(10), hit: false }];
    expect(withShortLead(plain, 4)).toBe(plain);
  });
});
