// Single-file pages through parseFile: two Readability test pages saved by Chromium (test/fixtures/formats/mhtml),
// and archives written here around real text to reach charsets and transfer encodings Chromium does not write.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FinishedArticle } from '../../../../../../src-main/articles/formats/finish-extracted';
import { parseFile } from '../../../../../../src-main/articles/formats/parse-file';

const FIXTURES = new URL('../../../../../fixtures/formats/', import.meta.url);

function sampleLines(name: string): string[] {
  return readFileSync(new URL(`encodings/${name}`, FIXTURES), 'utf8')
    .trimEnd()
    .split('\n');
}

async function readPage(bytes: Uint8Array, fileName: string): Promise<FinishedArticle> {
  const result = await parseFile(bytes, { fileName });
  if (!result.ok) throw new Error(result.error);
  expect(result.articles).toHaveLength(1);
  return result.articles[0] as FinishedArticle;
}

function saved(name: string): Promise<FinishedArticle> {
  return readPage(new Uint8Array(readFileSync(new URL(`mhtml/${name}`, FIXTURES))), name);
}

/** The body paragraphs of an encodings sample (cut from the same Readability page's expected article). */
function bodyOf(name: string): string[] {
  return sampleLines(name).filter((line, i) => i > 0 && !/^(\d{8}|https?:\/\/\S+)$/.test(line));
}

function singleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byteOf = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text], (ch) => byteOf.get(ch) ?? 0x3f);
}

/** Quoted-printable, every line under 76 columns, never breaking an escape. */
function quotedPrintable(bytes: Uint8Array): string {
  let out = '';
  let width = 0;
  for (const b of bytes) {
    const token = b > 126 || b === 61 ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b);
    if (width + token.length > 72) {
      out += '=\r\n';
      width = 0;
    }
    out += token;
    width += token.length;
  }
  return out;
}

function archive(partHeaders: string[], body: string, rootHeaders: string[] = []): Uint8Array {
  const text = [
    'From: <Saved by Blink>',
    ...rootHeaders,
    'MIME-Version: 1.0',
    'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x1----"',
    '',
    '',
    '------MultipartBoundary--x1----',
    ...partHeaders,
    '',
    body,
    '------MultipartBoundary--x1----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://example.org/logo.png',
    '',
    'iVBORw0KGgo=',
    '------MultipartBoundary--x1------',
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

describe('readMhtml', () => {
  it('reads a page Chromium saved: title, date, canonical link, language and the article text', async () => {
    const article = await saved('lemonde-1.mhtml');
    expect(article.format).toBe('mhtml');
    expect(article.title).toBe("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée");
    expect(article.url).toBe(
      'http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html',
    );
    expect(article.language).toBe('fr');
    for (const paragraph of bodyOf('fr.txt')) expect(article.paragraphs).toContain(paragraph);
    expect(article.warnings).toEqual([]);
  });

  it('reads a second saved page with its text and address', async () => {
    const article = await saved('heise.mhtml');
    expect(article.title).toBe('1Password für Mac generiert Einmal-Passwörter');
    expect(article.url).toBe(
      'http://www.heise.de/mac-and-i/meldung/1Password-fuer-Mac-generiert-Einmal-Passwoerter-2596987.html',
    );
    for (const paragraph of bodyOf('de.txt')) expect(article.paragraphs).toContain(paragraph);
  });

  it('reads the root page in the charset its part declares, and takes its address when it names none', async () => {
    const [title = '', , , ...body] = sampleLines('ru.txt');
    const paragraphs = body.map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>${title}</title></head><body>${paragraphs}</body></html>`;
    const bytes = archive(
      [
        'Content-Type: text/html; charset=windows-1251',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Location: https://example.org/udhr/ru.html',
      ],
      quotedPrintable(singleByte(html, 'windows-1251')),
      ['Snapshot-Content-Location: https://example.org/udhr/ru.html', 'Subject: =?utf-8?Q?ignored?='],
    );
    const article = await readPage(bytes, 'udhr.mht');
    expect(article.title).toBe(title);
    expect(article.url).toBe('https://example.org/udhr/ru.html');
    expect(article.paragraphs).toEqual(body);
    // The archive's own Date is the day it was saved, not published: the page names none.
    expect(article.warnings).toEqual(['text is not UTF-8; read as windows-1251 (declared)', 'no date']);
  });

  it('finds the charset in the page itself when the part has none, under base64', async () => {
    const [title = '', , , ...body] = sampleLines('el.txt');
    const html =
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7">` +
      `<title>${title}</title></head><body>${body.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const base64 = Buffer.from(singleByte(html, 'iso-8859-7')).toString('base64').replace(/.{76}/g, '$&\r\n');
    const bytes = archive(
      ['Content-Type: text/html', 'Content-Transfer-Encoding: base64', 'Content-Location: file:///C:/saved/udhr.html'],
      base64,
    );
    const article = await readPage(bytes, 'udhr.mhtml');
    expect(article.title).toBe(title);
    expect(article.paragraphs).toEqual(body);
    expect(article.url).toBeNull();
    expect(article.warnings).toContain('text is not UTF-8; read as iso-8859-7 (declared)');
  });

  it.each([
    ['an HTML file named .mhtml', '<html><body><p>Minsk</p></body></html>'],
    ['a mail without a page', 'Subject: note\r\nContent-Type: text/plain\r\n\r\nMinsk\r\n'],
  ])('refuses %s with a reason', async (_what, text) => {
    const result = await parseFile(new TextEncoder().encode(text), { fileName: 'page.mhtml' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^not a single-file web page/) });
  });
});
