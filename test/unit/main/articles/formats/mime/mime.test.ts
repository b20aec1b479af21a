// The MIME parser shared by e-mail and MHTML: encoded words, parameters, addresses, transfer encodings, trees.
import { describe, expect, it } from 'vitest';
import { decodeWords, parseHeaderValue, parseMailbox } from '../../../../../../src-main/articles/formats/mime/headers';
import { parseMime, partText, walk } from '../../../../../../src-main/articles/formats/mime/parse-mime';
import { decodeBase64, decodeQuotedPrintable } from '../../../../../../src-main/articles/formats/mime/transfer';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const utf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('encoded words (RFC 2047)', () => {
  it.each([
    ['=?UTF-8?Q?Ki=D1=97v_talks?=', 'Kiїv talks'],
    ['=?iso-8859-1?q?Gen=E8ve?= accord', 'Genève accord'],
    ['=?koi8-r?B?8NLJ18XU?=', 'Привет'],
    ['=?utf-8?B?0JrQuA==?= =?utf-8?B?0ZfQsg==?=', 'Київ'],
    ['=?utf-8?B?0JrQuNGX?=\t =?utf-8?B?0LI=?=', 'Київ'],
    ['=?utf-8?B?0J/RgNC40LLQtdE=?= =?utf-8?B?gg==?=', 'Привет'],
    ['=?UTF-8*uk?Q?=D0=9A=D0=B8=D1=97=D0=B2?=', 'Київ'],
    ['Re: =?utf-8?q?Minsk?= and =?utf-8?q?Normandy?=', 'Re: Minsk and Normandy'],
    ['plain subject', 'plain subject'],
  ])('decodes %s', (raw, text) => {
    expect(decodeWords(raw)).toBe(text);
  });

  it('reads raw 8-bit header bytes as UTF-8 when they are', () => {
    expect(decodeWords(latin1(new TextEncoder().encode('Київ')))).toBe('Київ');
  });

  it('leaves a malformed word as written', () => {
    expect(decodeWords('=?utf-8?X?abc?= end')).toBe('=?utf-8?X?abc?= end');
  });
});

describe('header values and parameters', () => {
  it('reads quoted, unquoted and RFC 2231 parameters, continued and charset-encoded', () => {
    const type = parseHeaderValue('Text/Plain; charset="KOI8-R"; format=flowed; name="a \\"b\\".txt"');
    expect(type.value).toBe('text/plain');
    expect(Object.fromEntries(type.params)).toEqual({ charset: 'KOI8-R', format: 'flowed', name: 'a "b".txt' });
    const disposition = parseHeaderValue(
      "attachment; filename*0*=UTF-8''%D0%B7%D0%B2%D1%96%D1%82; filename*1=.pdf; size=12",
    );
    expect(disposition.params.get('filename')).toBe('звіт.pdf');
    expect(parseHeaderValue(null)).toEqual({ value: '', params: new Map() });
  });

  it.each([
    ['"Kovalenko, Anna" <anna@example.org>', { name: 'Kovalenko, Anna', address: 'anna@example.org' }],
    ['Anna Kovalenko <anna@example.org>, desk@example.org', { name: 'Anna Kovalenko', address: 'anna@example.org' }],
    ['<anna@example.org>', { name: null, address: 'anna@example.org' }],
    ['anna@example.org (Anna Kovalenko)', { name: 'Anna Kovalenko', address: 'anna@example.org' }],
    ['=?utf-8?B?0J7Qu9GM0LPQsA==?= <olga@example.ru>', { name: 'Ольга', address: 'olga@example.ru' }],
    ['anna@example.org', { name: null, address: 'anna@example.org' }],
  ])('reads the mailbox %s', (raw, mailbox) => {
    expect(parseMailbox(raw)).toEqual(mailbox);
  });
});

describe('transfer encodings', () => {
  it('undoes quoted-printable: escapes, soft breaks, trailing blanks; keeps a stray "="', () => {
    expect(utf8(decodeQuotedPrintable('Ki=D1=97v =\r\ntalks   \r\n2 =3D 2, a=b='))).toBe('Kiїv talks\r\n2 = 2, a=b');
    expect(utf8(decodeQuotedPrintable('soft = \nbreak'))).toBe('soft break');
  });

  it('undoes base64 across lines and junk, and drops a cut tail', () => {
    expect(utf8(decodeBase64('0JrQuNGX\r\n0LI=\r\n'))).toBe('Київ');
    expect(utf8(decodeBase64('0Jr*Q uN!GX0LI'))).toBe('Київ');
    expect(utf8(decodeBase64('TWluc2s'))).toBe('Minsk');
  });
});

describe('parseMime', () => {
  const message = [
    'Subject: tree',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    'preamble',
    '--outer',
    'Content-Type: multipart/alternative; boundary=inner',
    '',
    '--inner',
    'Content-Type: text/plain; charset=koi8-r',
    'Content-Transfer-Encoding: base64',
    '',
    '8NLJ18XU',
    '--inner',
    'Content-Type: text/html',
    '',
    '<p>Привет</p>',
    '--inner--',
    '--outer',
    'Content-Type: message/rfc822',
    '',
    'Subject: inner',
    '',
    'nested body',
    '--outer--',
    'epilogue',
  ].join('\r\n');

  it('builds the tree: multipart, alternatives, a nested message, decoded bodies', () => {
    const root = parseMime(new TextEncoder().encode(message));
    const types = [...walk(root)].map((part) => part.type);
    expect(types).toEqual([
      'multipart/mixed',
      'multipart/alternative',
      'text/plain',
      'text/html',
      'message/rfc822',
      'text/plain',
    ]);
    const [alternative, forwarded] = root.parts;
    expect(partText(alternative?.parts[0] ?? root)).toEqual({
      text: 'Привет',
      warnings: ['text is not UTF-8; read as koi8-r (declared)'],
    });
    expect(partText(alternative?.parts[1] ?? root)?.text).toBe('<p>Привет</p>');
    expect(forwarded?.parts[0]?.headers.get('subject')).toEqual(['inner']);
    expect(utf8(forwarded?.parts[0]?.body ?? new Uint8Array())).toBe('nested body');
  });

  it('survives nesting far deeper than any mail, and a body with no headers', () => {
    const deep = Array.from(
      { length: 200 },
      (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n`,
    );
    const root = parseMime(new TextEncoder().encode(deep.join('')));
    expect([...walk(root)].length).toBeLessThan(30);
    const bare = parseMime(new TextEncoder().encode('\r\njust text'));
    expect(bare.type).toBe('text/plain');
    expect(utf8(bare.body)).toBe('just text');
  });
});
