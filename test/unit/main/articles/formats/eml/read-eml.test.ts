// E-mails through parseFile: composed around real article text (test/fixtures/formats/eml, made by
// make-fixtures.ts from the seed article and the UDHR samples), checked against those texts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FinishedArticle } from '../../../../../../src-main/articles/formats/finish-extracted';
import { parseFile } from '../../../../../../src-main/articles/formats/parse-file';

const FIXTURES = new URL('../../../../../fixtures/', import.meta.url);

function lines(path: string): string[] {
  return readFileSync(new URL(path, FIXTURES), 'utf8').trimEnd().split('\n');
}

const [SEED_TITLE = '', , SEED_URL = '', ...SEED_BODY] = lines('articles/000_08978045df2b272e.txt');
const [RU_TITLE = '', , , ...RU_BODY] = lines('formats/encodings/ru.txt');
const [UK_TITLE = '', , , ...UK_BODY] = lines('formats/encodings/uk.txt');

async function readMail(bytes: Uint8Array, fileName = 'mail.eml'): Promise<FinishedArticle> {
  const result = await parseFile(bytes, { fileName });
  if (!result.ok) throw new Error(result.error);
  expect(result.articles).toHaveLength(1);
  return result.articles[0] as FinishedArticle;
}

function fixture(name: string): Promise<FinishedArticle> {
  return readMail(new Uint8Array(readFileSync(new URL(`formats/eml/${name}`, FIXTURES))), name);
}

/** Whether every one of `wanted` stands in `paragraphs`, in that order. */
function inOrder(paragraphs: readonly string[], wanted: readonly string[]): boolean {
  let at = 0;
  for (const p of paragraphs) if (p === wanted[at]) at++;
  return at === wanted.length;
}

const mail = (text: string): Uint8Array => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));

describe('readEml', () => {
  it('reads a forwarded article: its title without "Fwd:", the sender, the forwarded block and the text', async () => {
    const article = await fixture('forwarded.eml');
    expect(article.format).toBe('eml');
    expect(article.title).toBe(SEED_TITLE);
    expect(article.date).toBe('2022-02-18');
    expect(article.dateRaw).toBe('Fri, 18 Feb 2022 10:41:07 +0100');
    expect(article.author).toBe('Anna Kovalenko');
    expect(article.url).toBeNull();
    expect(article.paragraphs[0]).toBe("Worth reading before Monday's call.");
    expect(article.paragraphs.some((p) => p.includes('Forwarded message'))).toBe(true);
    expect(inOrder(article.paragraphs, SEED_BODY)).toBe(true);
    expect(article.warnings).toEqual([]);
  });

  it('reads windows-1251 quoted-printable text and an encoded subject and sender in that charset', async () => {
    const article = await fixture('windows-1251.eml');
    expect(article.title).toBe(RU_TITLE);
    expect(article.author).toBe('Ольга Смирнова');
    expect(article.date).toBe('2022-03-14');
    expect(article.paragraphs).toEqual(RU_BODY.slice(0, 4));
    expect(article.warnings).toEqual(['text is not UTF-8; read as windows-1251 (declared)']);
  });

  it('joins a subject split inside a character over two encoded words; reads a base64 HTML body', async () => {
    const article = await fixture('encoded-subject.eml');
    expect(article.title).toBe(UK_TITLE);
    expect(article.author).toBe('Oléna Petrenko');
    expect(article.date).toBe('2022-03-02');
    expect(article.language).toBe('uk');
    expect(article.paragraphs).toEqual(UK_BODY.slice(0, 5));
  });

  it('names attachments without opening them, reads flowed text, and drops quote marks', async () => {
    const article = await fixture('attachments.eml');
    expect(article.title).toBe(SEED_TITLE);
    expect(article.author).toBe('analyst@example.org');
    expect(article.url).toBe(SEED_URL);
    expect(article.date).toBe('2022-02-19');
    expect(article.paragraphs).toEqual([...SEED_BODY, 'Sent from the desk; report attached.']);
    expect(article.warnings).toEqual(['2 attachments not opened: report.pdf, photo.jpg']);
  });

  it('reads a message forwarded as an attachment, with the header lines a mail program shows', async () => {
    const article = await fixture('message-attached.eml');
    expect(article.title).toBe('Lavrov meeting');
    expect(article.author).toBe('Desk, Foreign');
    expect(article.paragraphs.slice(0, 4)).toEqual([
      'See the attached item.',
      '---------- Forwarded message ---------',
      'From: "Russia Herald" <newsletter@russiaherald.com>',
      'Date: Fri, 18 Feb 2022 09:12:00 +0000',
    ]);
    const curly = SEED_BODY.map((p) => p.replace(/"([^"]*)"/g, '\u201c$1\u201d'));
    expect(inOrder(article.paragraphs, curly)).toBe(true);
    expect(article.warnings).toContain('text is not UTF-8; read as windows-1252 (declared)');
  });

  it('prefers the plain alternative when the HTML one holds much less text', async () => {
    const bytes = mail(
      [
        'From: desk@example.org',
        'Subject: Minsk',
        'Date: Fri, 11 Feb 2022 10:00:00 +0000',
        'Content-Type: multipart/alternative; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        SEED_BODY[1],
        '--b',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><body><p>See the article.</p><img src="cid:1"></body></html>',
        '--b--',
      ].join('\n'),
    );
    const article = await readMail(bytes);
    expect(article.paragraphs).toEqual([SEED_BODY[1]]);
    expect(article.warnings).toEqual(['the HTML body holds little text; the plain-text body is read instead']);
  });

  it('keeps short lines apart and joins lines wrapped at 72 columns', async () => {
    const wrapped = (SEED_BODY[1] ?? '').replace(/(.{1,72})(?:\s+|$)/g, '$1\n').trimEnd();
    const bytes = mail(
      [
        'From: desk@example.org',
        'Subject: Minsk',
        '',
        '> ---------- Forwarded message ---------',
        '> From: ANI <desk@ani.example>',
        '> Subject: Minsk',
        '>',
        ...wrapped.split('\n').map((line) => `> ${line}`),
        '',
        '-- ',
        'Foreign desk',
      ].join('\n'),
    );
    expect((await readMail(bytes)).paragraphs).toEqual([
      '---------- Forwarded message ---------',
      'From: ANI <desk@ani.example>',
      'Subject: Minsk',
      SEED_BODY[1],
      'Foreign desk',
    ]);
  });

  it('reads an HTML body that is a bare fragment, or cut short inside a tag', async () => {
    const head = ['From: desk@example.org', 'Subject: Minsk', 'Content-Type: text/html; charset=utf-8', ''];
    expect((await readMail(mail([...head, SEED_BODY[2]].join('\n')))).paragraphs).toEqual([SEED_BODY[2]]);
    const cut = `<html><body><p>${SEED_BODY[2]}</p><p>${SEED_BODY[3]}</p><p cla`;
    expect((await readMail(mail([...head, cut].join('\n')))).paragraphs).toEqual([SEED_BODY[2], SEED_BODY[3]]);
  });

  it('reads a multipart body whose closing boundary is missing', async () => {
    const bytes = mail(
      ['Subject: Cut', 'Content-Type: multipart/mixed; boundary="x"', '', '--x', '', SEED_BODY[0]].join('\n'),
    );
    const article = await readMail(bytes);
    expect(article.paragraphs).toEqual([SEED_BODY[0]]);
    expect(article.warnings).toContain('no date');
  });

  it.each([
    ['plain text', new TextEncoder().encode(`${SEED_BODY[0]}\n${SEED_BODY[1]}\n`)],
    ['binary bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)],
  ])('refuses %s named .eml with a reason', async (_what, bytes) => {
    const result = await parseFile(bytes, { fileName: 'not-mail.eml' });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^not an e-mail/) });
  });
});
