// The article parser against the awkward files a real library holds: exact fields, warnings and errors.
import { describe, expect, it } from 'vitest';
import {
  cp1252,
  fixtureBytes,
  P,
  PNG_HEADER,
  SEED_FILE,
  SEED_TITLE,
  SEED_URL,
  utf16be,
  utf16le,
  parsedArticle,
  parseFailure,
  utf8,
} from './article-fixtures';

/** sha256sum of the seed file, computed outside the code under test. */
const SEED_SHA256 = 'f504e259ab38e0c953c94b011ca6cbf43564f753391f4f0da04b530cb3fbcbb7';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('the seed article', () => {
  const seed = parsedArticle(fixtureBytes(SEED_FILE), { fileName: SEED_FILE });

  it('reads title, ISO date, raw date, URL and outlet', () => {
    expect(seed.title).toBe(SEED_TITLE);
    expect(seed.date).toBe('2022-02-11');
    expect(seed.dateRaw).toBe('20220211');
    expect(seed.url).toBe(SEED_URL);
    expect(seed.domain).toBe('russiaherald.com');
  });

  it('keeps one paragraph per body line, verbatim', () => {
    expect(seed.paragraphs).toHaveLength(8);
    expect(seed.paragraphs[0]).toMatch(/^Taking to Twitter, State Department's Spokesperson Ned Price/);
    expect(seed.paragraphs[1]).toContain('Ukraine -- the Normandy group -- in February 2015.');
    expect(seed.paragraphs[7]).toBe(
      'He stated that if Russia does invade in the coming days, it will make clear they were never serious ' +
        'about diplomacy.',
    );
    expect(seed.paragraphs).toEqual(P);
  });

  it('counts body words only (wc -w of lines 4 to 11) and has nothing to warn about', () => {
    expect(seed.words).toBe(284);
    expect(seed.warnings).toEqual([]);
  });

  it('hashes the file bytes with sha256', () => {
    expect(seed.hash).toBe(SEED_SHA256);
  });
});

// Every row holds the same article (title, date, URL, the seed's paragraphs 3 and 4) in another form.
const sameArticle: readonly (readonly [string, Uint8Array])[] = [
  ['a UTF-8 byte order mark', fixtureBytes('bom.txt')],
  ['CRLF line endings', fixtureBytes('crlf.txt')],
  ['lone CR line endings (classic Mac)', fixtureBytes('lone-cr.txt')],
  ['blank lines, tabs, and runs of spaces', fixtureBytes('blank-lines-whitespace.txt')],
  [
    'UTF-16LE with a BOM and CRLF (as Notepad saves)',
    utf16le(`${[SEED_TITLE, '20220211', SEED_URL, P[2], P[3]].join('\r\n')}\r\n`, true),
  ],
  ['UTF-16BE with a BOM', utf16be(`${[SEED_TITLE, '20220211', SEED_URL, P[2], P[3]].join('\n')}\n`, true)],
];

describe.each(sameArticle)('a file with %s', (_name, bytes) => {
  const parsed = parsedArticle(bytes);

  it('reads the same fields as the plain LF file', () => {
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.dateRaw).toBe('20220211');
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.domain).toBe('russiaherald.com');
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
    expect(parsed.words).toBe(22 + 27);
    expect(parsed.warnings).toEqual([]);
  });

  it('leaves no BOM, CR or edge whitespace in any field', () => {
    for (const text of [parsed.title, ...parsed.paragraphs]) {
      expect(text).not.toMatch(/[\uFEFF\r\n\t]|^\s|\s$|\s\s/);
    }
  });
});

describe('missing and malformed header lines', () => {
  it('a missing URL line: no URL or outlet, a warning, and the body is untouched', () => {
    const parsed = parsedArticle(fixtureBytes('missing-url.txt'));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.url).toBeNull();
    expect(parsed.domain).toBeNull();
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
    expect(parsed.warnings).toEqual(['no source URL line']);
  });

  it('a missing date line: no date, a warning, and the URL is still found on line 2', () => {
    const parsed = parsedArticle(fixtureBytes('missing-date.txt'));
    expect(parsed.date).toBeNull();
    expect(parsed.dateRaw).toBeNull();
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([P[2], P[3]]);
    expect(parsed.warnings).toEqual(['no date line']);
  });

  it.each([
    ['malformed-date-digits.txt', '20221345'],
    ['malformed-date-words.txt', 'Feb 11 2022'],
  ])('%s keeps the raw date "%s" and warns, without losing the URL', (file, raw) => {
    const parsed = parsedArticle(fixtureBytes(file));
    expect(parsed.date).toBeNull();
    expect(parsed.dateRaw).toBe(raw);
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([P[2]]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toContain(`"${raw}"`);
    expect(parsed.warnings[0]).toMatch(/not a valid YYYYMMDD date/);
  });

  it('a title line alone is an article with two warnings and an oddity, not an error', () => {
    const parsed = parsedArticle(utf8(`${SEED_TITLE}\n`));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.paragraphs).toEqual([]);
    expect(parsed.words).toBe(0);
    expect(parsed.warnings).toEqual(['no date line', 'no source URL line']);
    expect(parsed.oddities).toEqual(['no paragraphs after the header: the file holds only a title']);
  });

  it('a title of only markup becomes "Untitled" with both warnings', () => {
    const parsed = parsedArticle(utf8(`<b></b>\n20220211\n${SEED_URL}\n${P[0]}\n`));
    expect(parsed.title).toBe('Untitled');
    expect(parsed.warnings).toEqual(['markup removed from the title', 'no title line']);
    expect(parsed.paragraphs).toEqual([P[0]]);
  });

  it('a URL that cannot be parsed is reported by its text', () => {
    const parsed = parsedArticle(utf8(`${SEED_TITLE}\n20220211\nhttp://[::1\n${P[0]}\n`));
    expect(parsed.url).toBeNull();
    expect(parsed.warnings).toEqual(['source URL "http://[::1" could not be read']);
  });

  it('flags an unusually long title but keeps it whole', () => {
    const long = P.join(' ');
    const parsed = parsedArticle(utf8(`${long}\n20220211\n${SEED_URL}\n${P[0]}\n`));
    expect(parsed.title).toBe(long);
    expect(parsed.warnings).toEqual(['the title line is unusually long']);
  });
});

describe('markup in the title', () => {
  it('strips tags and decodes entities, with a warning', () => {
    const parsed = parsedArticle(fixtureBytes('markup-title.txt'));
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.date).toBe('2022-02-11');
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([P[7]]);
    expect(parsed.warnings).toEqual(['markup removed from the title']);
  });

  it('leaves a plain "<" and "&" alone, without a warning', () => {
    const parsed = parsedArticle(utf8(`Sanctions on AT&T? Odds < 5% & falling\n20220211\n${SEED_URL}\n${P[0]}\n`));
    expect(parsed.title).toBe('Sanctions on AT&T? Odds < 5% & falling');
    expect(parsed.warnings).toEqual([]);
  });
});

describe('encodings', () => {
  // Windows-1252 as Word and old CMS exports write it: curly quotes 0x93/0x94, apostrophe 0x92, en dash 0x96.
  const quoted = P[0]
    ?.replace("Department's", 'Department\u2019s')
    .replace('that the Russians', 'that \u201cthe Russians');
  const curly = `${quoted}\u201d`;
  const dashed = P[1]?.replaceAll(' -- ', ' \u2013 ').replaceAll("'s", '\u2019s') ?? '';
  const text = `${[SEED_TITLE, '20220211', SEED_URL, curly, dashed].join('\r\n')}\r\n`;

  it('reads Windows-1252 bytes with typographic characters intact, and says so', () => {
    const bytes = cp1252(text);
    expect(bytes).toContain(0x93);
    const parsed = parsedArticle(bytes);
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.url).toBe(SEED_URL);
    expect(parsed.paragraphs).toEqual([curly, dashed]);
    expect(parsed.paragraphs[0]).toMatch(
      /Department’s Spokesperson Ned Price said that “the Russians .* of Ukraine\.”$/,
    );
    expect(parsed.paragraphs[1]).toContain('Ukraine – the Normandy group – in February 2015');
    expect(parsed.warnings).toEqual(['text is not UTF-8; read as windows-1252 (detected)']);
  });

  it('reads the same characters written as UTF-8 without a warning', () => {
    const parsed = parsedArticle(utf8(text));
    expect(parsed.paragraphs).toEqual([curly, dashed]);
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    ['UTF-16LE', utf16le(`${SEED_TITLE}\n20220211\n${SEED_URL}\n${P[5]}\n`, false)],
    ['UTF-16BE', utf16be(`${SEED_TITLE}\n20220211\n${SEED_URL}\n${P[5]}\n`, false)],
  ])('recognises %s without a BOM, with a warning', (name, bytes) => {
    const parsed = parsedArticle(bytes);
    expect(parsed.title).toBe(SEED_TITLE);
    expect(parsed.paragraphs).toEqual([P[5]]);
    expect(parsed.warnings).toEqual([`text is ${name} without a byte order mark`]);
  });

  it('keeps non-Latin text through UTF-16 with a BOM', () => {
    const parsed = parsedArticle(utf16le(`Київ чекає\n20220211\n${SEED_URL}\n${P[3]} — Київ\n`, true));
    expect(parsed.title).toBe('Київ чекає');
    expect(parsed.paragraphs).toEqual([`${P[3]} — Київ`]);
  });
});

describe('files that are not articles', () => {
  it.each([
    ['an empty file', fixtureBytes('empty.txt'), /^empty file$/],
    ['a whitespace-only file', fixtureBytes('whitespace-only.txt'), /^no text: the file holds only blank space$/],
    ['a file holding only a UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf]), /only blank space/],
    ['a UTF-16LE BOM over blank lines', utf16le('\r\n \r\n', true), /only blank space/],
    ['a PNG header named .txt', PNG_HEADER, /^binary file: not text$/],
    ['a PNG header after a UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...PNG_HEADER]), /^binary file/],
    [
      'binary bytes behind a UTF-16LE BOM',
      Uint8Array.from([0xff, 0xfe, 0, 0, 1, 2, 3, 4, 0, 0, 0, 0, 5, 6]),
      /^binary file/,
    ],
    ['control bytes without any NUL', Uint8Array.from({ length: 64 }, (_, i) => 1 + (i % 8)), /^binary file/],
  ])('%s is reported with a reason', (_name, bytes, reason) => {
    const { error, hash } = parseFailure(bytes, { fileName: 'article.txt' });
    expect(error).toMatch(reason);
    // Still hashed, so the catalog can tell an unchanged broken file from an edited one.
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes an empty file as sha256 of nothing', () => {
    expect(parseFailure(fixtureBytes('empty.txt')).hash).toBe(EMPTY_SHA256);
  });
});
