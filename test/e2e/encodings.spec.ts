// Articles saved in legacy encodings read as their authors wrote them: each is found by a word of its own
// language, its warning names the encoding used, and an Arabic article in windows-1256 takes a highlight
// right to left. The texts are real (test/fixtures/formats/encodings/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, FIXTURES, test } from './fixtures';
import { selectWithinParagraph } from './select';

const SAMPLES = join(FIXTURES, 'formats/encodings');
const sample = (name: string): string => readFileSync(join(SAMPLES, name), 'utf8');

/** Encodes text in a single-byte code page, with the byte table read off the platform's own decoder. */
function singleByte(text: string, label: string): Buffer {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes: number[] = [];
  // Typographic hyphens have no byte in the older code pages; writers of those files typed "-".
  for (const ch of text.replace(/[\u2010\u2011]/g, '-')) {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`"${ch}" has no byte in ${label}`);
    bytes.push(byte);
  }
  return Buffer.from(bytes);
}

interface EncodedCase {
  readonly file: string;
  readonly encoding: string;
  readonly bytes: Buffer;
  /** A word of the article's language, as an analyst would type it. */
  readonly query: string;
}

const title = (name: string): string => sample(name).split('\n')[0] ?? '';

const CASES: readonly EncodedCase[] = [
  {
    file: 'ru-1251.txt',
    encoding: 'windows-1251',
    bytes: singleByte(sample('ru.txt'), 'windows-1251'),
    query: 'достоинства',
  },
  { file: 'uk-koi8.txt', encoding: 'koi8-u', bytes: singleByte(sample('uk.txt'), 'koi8-u'), query: 'гідності' },
  {
    file: 'el-8859-7.txt',
    encoding: 'iso-8859-7',
    bytes: singleByte(sample('el.txt'), 'iso-8859-7'),
    query: 'αξιοπρέπειας',
  },
  {
    file: 'he-1255.txt',
    encoding: 'windows-1255',
    bytes: singleByte(sample('he.txt'), 'windows-1255'),
    query: 'משפחת',
  },
  {
    file: 'ar-1256.txt',
    encoding: 'windows-1256',
    bytes: singleByte(sample('ar.txt'), 'windows-1256'),
    query: 'الاعتراف',
  },
  { file: 'zh-gb.txt', encoding: 'gb18030', bytes: readFileSync(join(SAMPLES, 'zh.gb18030.txt')), query: '太空' },
  {
    file: 'ja-sjis.txt',
    encoding: 'shift_jis',
    bytes: readFileSync(join(SAMPLES, 'ja.shift_jis.txt')),
    query: '暗号化',
  },
  { file: 'ko-euckr.txt', encoding: 'euc-kr', bytes: readFileSync(join(SAMPLES, 'ko.euc-kr.txt')), query: '존엄성과' },
  { file: 'zh-tw-big5.txt', encoding: 'big5', bytes: readFileSync(join(SAMPLES, 'zh-tw.big5.txt')), query: '道路' },
];

const TITLES: Readonly<Record<string, string>> = {
  'ru-1251.txt': title('ru.txt'),
  'uk-koi8.txt': title('uk.txt'),
  'el-8859-7.txt': title('el.txt'),
  'he-1255.txt': title('he.txt'),
  'ar-1256.txt': title('ar.txt'),
  'zh-gb.txt': title('zh.txt'),
  'ja-sjis.txt': title('ja.txt'),
  'ko-euckr.txt': title('ko.txt'),
  'zh-tw-big5.txt': title('zh-tw.txt'),
};

test.use({ seedFiles: {} });

test('each legacy encoding reads right and is found by a word of its language', async ({ app, library }) => {
  for (const c of CASES) await library.write(c.file, c.bytes);
  const list = app.getByTestId('article-list');
  const search = app.getByLabel('Search the library');
  for (const c of CASES) {
    const row = list.locator(`.article-row[data-id="${c.file}"]`);
    await expect(row, c.file).toContainText(TITLES[c.file] ?? '', { timeout: 30_000 });
    await search.fill(c.query);
    await expect(row, `${c.encoding}: "${c.query}"`).toBeVisible();
    await expect(row.locator('mark').first(), `${c.encoding}: the word is marked`).toBeVisible();
    await search.fill('');
  }
  // The reader says which encoding the file was read in.
  await list.locator('.article-row[data-id="ru-1251.txt"]').click();
  await expect(app.getByTestId('reader')).toContainText('windows-1251');
});

test('an Arabic article in windows-1256 reads right to left and takes a highlight', async ({ app, library }) => {
  await library.write('ar-1256.txt', singleByte(sample('ar.txt'), 'windows-1256'));
  await app.getByTestId('article-list').locator('.article-row[data-id="ar-1256.txt"]').click();
  const body = app.getByTestId('article-body');
  await expect(body).toContainText('الكرامة');
  expect(await body.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const passage = 'الاعتراف بالكرامة المتأصلة';
  await selectWithinParagraph(app, passage);
  await app
    .getByTestId('highlight-toolbar')
    .getByRole('button', { name: /^Highlight as Key fact/ })
    .click();
  await expect(body.locator('mark.hl')).toHaveText(passage);
  await expect(app.getByTestId('highlight-card')).toContainText(passage);
});
