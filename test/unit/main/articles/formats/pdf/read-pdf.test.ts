// PDF files as the library reads them (parseFile): real printed articles, pdf.js's own test files, a scan, an
// encrypted and a damaged file. Paragraphs must come back as the text that was printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFile, type FileParseResult } from '../../../../../../src-main/articles/formats/parse-file';
import type { FinishedArticle } from '../../../../../../src-main/articles/formats/finish-extracted';

const ROOT = join(__dirname, '..', '..', '..', '..', '..', 'fixtures');
const PDF = join(ROOT, 'formats', 'pdf');

const [seedTitle = '', , seedUrl = '', ...seedParagraphs] = readFileSync(
  join(ROOT, 'articles', '000_08978045df2b272e.txt'),
  'utf8',
)
  .split('\n')
  .filter(Boolean);
const messageParagraphs = readFileSync(join(PDF, 'annual-message-1790.txt'), 'utf8').split('\n').filter(Boolean);

const FILES = [
  'seed-article.pdf',
  'annual-message-1790.pdf',
  'scanned.pdf',
  'pdfjs-tracemonkey_a11y.pdf',
  'pdfjs-issue6010_1.pdf',
  'pdfjs-sizes.pdf',
  'pdfjs-helloworld-bad.pdf',
];
const results = new Map<string, FileParseResult>();

beforeAll(async () => {
  for (const name of FILES) {
    results.set(name, await parseFile(new Uint8Array(readFileSync(join(PDF, name))), { fileName: name }));
  }
}, 120_000);

function article(name: string): FinishedArticle {
  const result = results.get(name);
  if (!result?.ok) throw new Error(`${name} was not read: ${result ? result.error : 'not parsed'}`);
  expect(result.articles).toHaveLength(1);
  const [first] = result.articles;
  if (!first) throw new Error(`${name} gave no article`);
  return first;
}

function failure(name: string): string {
  const result = results.get(name);
  if (result === undefined || result.ok) throw new Error(`${name} was read, yet it should fail`);
  return result.error;
}

describe('a news article printed from a browser (three A6 pages)', () => {
  it('gives back every paragraph as printed, each whole across lines and pages', () => {
    const seed = article('seed-article.pdf');
    expect(seed.format).toBe('pdf');
    expect(seed.paragraphs).toEqual(['11 February 2022', ...seedParagraphs]);
  });

  it('joins words broken with a hyphen at a line end and keeps compounds whole', () => {
    const text = article('seed-article.pdf').paragraphs.join('\n');
    // "Agree-" / "ments," and "resol-" / "ution" end lines of the printed pages.
    expect(text).toContain('The Minsk Agreements, designed to find a political resolution to the conflict');
    expect(text).toContain('the Russian-Ukrainian border');
    expect(text).not.toMatch(/\p{L}[\u2010\u00AD]/u);
  });

  it('leaves out the running header, the footer and its page numbers', () => {
    const text = article('seed-article.pdf').paragraphs.join('\n');
    expect(text).not.toContain('Russia Herald · World news');
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text).not.toContain('https://');
  });

  it('takes title and author from the document information, the date from the first page', () => {
    const seed = article('seed-article.pdf');
    expect(seed.title).toBe(seedTitle);
    expect(seed.author).toBe('ANI');
    expect(seed.dateRaw).toBe('11 February 2022');
    expect(seed.date).toBe('2022-02-11');
  });

  it("takes the page's address from the footer the browser printed", () => {
    // The footer prints the address cut short at 48 characters.
    const seed = article('seed-article.pdf');
    expect(seed.domain).toBe('russiaherald.com');
    expect(seed.url).toMatch(/^https:\/\/www\.russiaherald\.com\/news\/272310129\//);
    expect(seedUrl.startsWith(seed.url?.replace(/\/[^/]*$/, '/') ?? 'none')).toBe(true);
  });
});

describe('a justified speech whose paragraphs are told only by an indent (four A5 pages)', () => {
  it('gives back every paragraph as printed', () => {
    expect(article('annual-message-1790.pdf').paragraphs).toEqual(messageParagraphs);
  });

  it('passes over a "Microsoft Word - x.docx" title for the largest line of the first page', () => {
    expect(article('annual-message-1790.pdf').title).toBe('First Annual Message to Congress');
  });

  it('dates it by the document information when the first page shows no date', () => {
    const message = article('annual-message-1790.pdf');
    expect(message.dateRaw).toBe('D:17900108');
    expect(message.date).toBe('1790-01-08');
    expect(message.author).toBe('George Washington');
  });

  it('leaves out the running header and the bare page numbers', () => {
    const text = article('annual-message-1790.pdf').paragraphs.join('\n');
    expect(text).not.toContain('George Washington');
    expect(text).not.toMatch(/^\d+$/m);
  });
});

describe("pdf.js's test files", () => {
  it('reads a two-column paper: title, abstract as one paragraph, hyphenated words joined', () => {
    const paper = article('pdfjs-tracemonkey_a11y.pdf');
    expect(paper.title).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    expect(paper.date).toBe('2022-07-28');
    const abstract = paper.paragraphs.find((p) => p.startsWith('Dynamic languages such as JavaScript are more'));
    expect(abstract).toMatch(/more difficult to compile than statically typed ones\. .* programs\.$/);
    expect(abstract).toContain('We present an alternative compilation technique for dynamically-typed languages');
    expect(paper.paragraphs).toContain('1. Introduction');
  });

  it("reads the Info dictionary's title, author and date", () => {
    const sizes = article('pdfjs-sizes.pdf');
    expect(sizes.author).toBe('Yury');
    expect(sizes.date).toBe('2011-06-26');
  });

  it('reads a file with a broken cross-reference table', () => {
    expect(article('pdfjs-helloworld-bad.pdf').paragraphs).toEqual(['Hello, world!']);
  });

  it('lists an encrypted file apart, with that reason', () => {
    expect(failure('pdfjs-issue6010_1.pdf')).toBe('encrypted PDF: it needs a password to open');
  });
});

describe('files that cannot be read', () => {
  it('lists a scan without a text layer apart, with that reason', () => {
    expect(failure('scanned.pdf')).toBe('scanned PDF: no text layer (1 page, no text)');
  });

  it('calls a file that is no PDF damaged, and one cut short too', async () => {
    const notPdf = await parseFile(new TextEncoder().encode('Just some words, not a PDF at all.'), {
      fileName: 'notes.pdf',
    });
    expect(notPdf).toMatchObject({ ok: false, error: expect.stringMatching(/^damaged PDF: /) });
    const whole = readFileSync(join(PDF, 'seed-article.pdf'));
    const cut = await parseFile(new Uint8Array(whole.subarray(0, 2000)), { fileName: 'cut.pdf' });
    expect(cut).toMatchObject({ ok: false, error: expect.stringMatching(/^(damaged PDF: |scanned PDF: )/) });
  });

  it("leaves the caller's bytes as they were", async () => {
    const bytes = new Uint8Array(readFileSync(join(PDF, 'pdfjs-helloworld-bad.pdf')));
    const before = Buffer.from(bytes).toString('base64');
    await parseFile(bytes, { fileName: 'hello.pdf' });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(Buffer.from(bytes).toString('base64')).toBe(before);
  });
});
