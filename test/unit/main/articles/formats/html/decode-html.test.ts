// Saved pages in the encodings analysts meet: a declared windows-1251 page read in Cyrillic, a byte order mark,
// a page re-saved as UTF-8 that still declares its old charset, and a page that declares nothing.
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, readHtml } from '../../../../../../src-main/articles/formats/html/read-html';
import { cp1252, utf16le, utf8 } from '../../article-fixtures';
import { cp1251 } from './html-pages';

const RUSSIAN = [
  'Госсекретарь США Энтони Блинкен согласился встретиться с министром иностранных дел России ' +
    'Сергеем Лавровым в конце следующей недели.',
  'Встреча состоится, если Россия не начнёт вторжение на Украину, заявил представитель ' +
    'Государственного департамента Нед Прайс.',
  'Конфликт в Донбассе продолжается с 2014 года, а Минские соглашения до сих пор не выполнены — ' +
    'стороны обвиняют друг друга.',
];

function russianPage(charsetMarkup: string): string {
  return `<html><head>${charsetMarkup}<title>Блинкен согласился встретиться с Лавровым</title></head>
<body><article>${RUSSIAN.map((text) => `<p>${text}</p>`).join('\n')}</article></body></html>`;
}

describe('decodeHtmlBytes', () => {
  it('reads the charset an http-equiv Content-Type declares', () => {
    const bytes = cp1251(russianPage('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'));
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.text).toContain(RUSSIAN[0]);
    expect(decoded.warnings).toEqual(['read as windows-1251 (declared by the page)']);
  });

  it('lets a byte order mark win over the markup', () => {
    const decoded = decodeHtmlBytes(utf16le(russianPage('<meta charset="windows-1251">'), true));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.text).toContain(RUSSIAN[1]);
  });

  it('reads UTF-8 bytes as UTF-8 when the page still declares the charset it was saved from', () => {
    const decoded = decodeHtmlBytes(utf8(russianPage('<meta charset="gb2312">')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain(RUSSIAN[2]);
    expect(decoded.warnings).toEqual(['the page declares gbk but its bytes are UTF-8; read as UTF-8']);
  });

  it('takes a page that declares nothing as UTF-8, and says nothing', () => {
    expect(decodeHtmlBytes(utf8(russianPage('')))).toEqual({
      text: russianPage(''),
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('detects the encoding of a page that declares nothing and is not UTF-8', () => {
    const text = `<p>${'Le café de la gare était fermé; les élèves ont attendu dans la rue. '.repeat(8)}</p>`;
    const decoded = decodeHtmlBytes(cp1252(text));
    expect(decoded.text).toBe(text);
    expect(decoded.warnings).toEqual([`read as ${decoded.encoding} (detected)`]);
  });

  it('says so when the declared charset is one no decoder knows, and reads on', () => {
    const decoded = decodeHtmlBytes(utf8(russianPage('<meta charset="x-klingon">')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warnings).toEqual(['the page declares an unknown charset "x-klingon"']);
  });
});

describe('readHtml on a windows-1251 page', () => {
  it('gives the Cyrillic paragraphs and the warning that names the encoding', async () => {
    const bytes = cp1251(russianPage('<meta charset="windows-1251">'));
    const extraction = await readHtml({ bytes, fileName: 'blinken-ru.html' });
    if (!extraction.ok) throw new Error(extraction.error);
    expect(extraction.articles[0]).toMatchObject({
      title: 'Блинкен согласился встретиться с Лавровым',
      paragraphs: RUSSIAN,
      warnings: ['read as windows-1251 (declared by the page)'],
    });
  });
});
