// Word documents as the library reads them (parseFile): the seed article written as .docx, mammoth's own test
// documents, and files that are no Word documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../../../../src-main/articles/formats/parse-file';
import type { FinishedArticle } from '../../../../../../src-main/articles/formats/finish-extracted';

const ROOT = join(__dirname, '..', '..', '..', '..', '..', 'fixtures');
const DOCX = join(ROOT, 'formats', 'docx');

const [seedTitle = '', , , ...seedParagraphs] = readFileSync(join(ROOT, 'articles', '000_08978045df2b272e.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);

async function read(name: string): Promise<FinishedArticle> {
  const result = await parseFile(new Uint8Array(readFileSync(join(DOCX, name))), { fileName: name });
  if (!result.ok) throw new Error(`${name} was not read: ${result.error}`);
  expect(result.articles).toHaveLength(1);
  const [first] = result.articles;
  if (!first) throw new Error(`${name} gave no article`);
  return first;
}

async function failure(bytes: Uint8Array, fileName = 'file.docx'): Promise<string> {
  const result = await parseFile(bytes, { fileName });
  if (result.ok) throw new Error(`${fileName} was read, yet it should fail`);
  return result.error;
}

describe('the seed article written as a Word document', () => {
  it('gives back its paragraphs, without the title repeated, the header or the footer', async () => {
    const seed = await read('seed-article.docx');
    expect(seed.format).toBe('docx');
    expect(seed.paragraphs).toEqual(['11 February 2022', ...seedParagraphs]);
  });

  it('takes title, author and date from the core properties', async () => {
    const seed = await read('seed-article.docx');
    expect(seed.title).toBe(seedTitle);
    expect(seed.author).toBe('ANI');
    expect(seed.dateRaw).toBe('2022-02-11T09:30:00Z');
    expect(seed.date).toBe('2022-02-11');
    expect(seed.warnings).toEqual([]);
  });
});

describe("mammoth's test documents", () => {
  it('reads one paragraph, its author and its creation day', async () => {
    const doc = await read('mammoth-single-paragraph.docx');
    expect(doc.paragraphs).toEqual(['Walking on imported air']);
    expect(doc.author).toBe('Michael Williamson');
    expect(doc.date).toBe('2013-04-03');
    // No title in the core properties: the first paragraph names it, and the reader says so.
    expect(doc.title).toBe('Walking on imported air');
    expect(doc.warnings).toContain('no title: the first paragraph names it');
  });

  it('makes each list item and each table cell a paragraph of its own', async () => {
    expect((await read('mammoth-simple-list.docx')).paragraphs).toEqual(['Apple', 'Banana']);
    expect((await read('mammoth-tables.docx')).paragraphs).toEqual([
      'Above',
      'Top left',
      'Top right',
      'Bottom left',
      'Bottom right',
      'Below',
    ]);
  });

  it('keeps footnotes as paragraphs after the text, without their back links', async () => {
    const doc = await read('mammoth-footnotes.docx');
    expect(doc.paragraphs).toEqual(['Ouch[1].[2]', 'A tachyon walks into a bar.', 'Fin.']);
  });
});

describe('files that are no Word documents', () => {
  it('calls a zip without a document in it no Word document', async () => {
    const empty = new Uint8Array(readFileSync(join(DOCX, 'mammoth-empty.zip')));
    expect(await failure(empty)).toBe('not a Word document: no main document part');
    const hello = new Uint8Array(readFileSync(join(DOCX, 'mammoth-hello.zip')));
    expect(await failure(hello)).toBe('not a Word document: no main document part');
  });

  it('calls a file that is no zip, or a document cut short, damaged', async () => {
    expect(await failure(new TextEncoder().encode('plain words, not a zip'))).toMatch(
      /^damaged Word document: not a readable zip file \(.+\)$/,
    );
    const whole = readFileSync(join(DOCX, 'seed-article.docx'));
    expect(await failure(new Uint8Array(whole.subarray(0, whole.length / 2)))).toMatch(/^damaged Word document: /);
  });
});
