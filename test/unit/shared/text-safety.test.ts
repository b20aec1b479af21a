// The shared rules for untrusted text: bidi controls out (or escaped), web links only and never with
// credentials, and Markdown text that GitHub's and markdown-it's autolinkers leave as text.
import { describe, expect, it } from 'vitest';
import {
  breakAutolinks,
  countBidiControls,
  escapeBidiControls,
  hasCredentials,
  noteLinkTarget,
  stripBidiControls,
  webLinkTarget,
} from '../../../src-shared/text-safety';
import { viewerLinks, viewerText } from './markdown-viewers';

const CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((code) =>
  String.fromCharCode(code),
);

describe('bidirectional controls', () => {
  it('strips every embedding, override and isolate, and counts them', () => {
    const hostile = `Invoice ${CONTROLS.join('')}gpj.exe`;
    expect(countBidiControls(hostile)).toBe(9);
    expect(stripBidiControls(hostile)).toBe('Invoice gpj.exe');
    expect(stripBidiControls('\u202Etxt.exe\u202C')).toBe('txt.exe');
  });

  it('keeps the marks and right-to-left text themselves', () => {
    const arabic = 'الجزيرة\u061C: تقرير\u200F 2022';
    const hebrew = 'ישראל\u200E (AP)';
    expect(stripBidiControls(arabic)).toBe(arabic);
    expect(stripBidiControls(hebrew)).toBe(hebrew);
    expect(countBidiControls(arabic + hebrew)).toBe(0);
  });

  it('can write them as escapes instead, keeping the data', () => {
    expect(escapeBidiControls('a\u202Eb\u2066c', (code) => `\\u${code}`)).toBe('a\\u202eb\\u2066c');
    expect(JSON.parse(`"${escapeBidiControls('a\u202Eb', (code) => `\\u${code}`)}"`)).toBe('a\u202Eb');
  });
});

describe('link targets', () => {
  it.each([
    ['https://www.reuters.com/article/x', 'https://www.reuters.com/article/x'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    [' https://example.org/a b ', 'https://example.org/a%20b'],
  ])('%j is a web link to %j', (href, target) => {
    expect(webLinkTarget(href)).toBe(target);
  });

  it.each([
    'https://good@evil.example',
    'https://good.example:secret@evil.example/login',
    'https://:pw@evil.example',
    'javascript:alert(1)',
    'javascript://%0Aalert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'ftp://files.example/a',
    'mailto:desk@example.org',
    'urn:reuters-21578:newid:2',
    'www.example.org',
    'not a url',
  ])('%j is not a web link', (href) => {
    expect(webLinkTarget(href)).toBeNull();
  });

  it('lets a note link to mail as well, but never to credentials or scripts', () => {
    expect(noteLinkTarget('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    expect(noteLinkTarget('https://example.org')).toBe('https://example.org/');
    expect(noteLinkTarget('mailto:')).toBeNull();
    expect(noteLinkTarget('https://user@evil.example')).toBeNull();
    expect(noteLinkTarget('javascript:alert(1)')).toBeNull();
  });

  it('tells a link with credentials apart', () => {
    expect(hasCredentials('https://good@evil.example')).toBe(true);
    expect(hasCredentials('https://a:b@evil.example')).toBe(true);
    expect(hasCredentials('https://evil.example/@good')).toBe(false);
    expect(hasCredentials('Reuters')).toBe(false);
  });
});

describe('breakAutolinks', () => {
  const linkable = [
    'https://evil.example/path?q=1',
    'http://1.2.3.4/admin',
    'https://good@evil.example',
    'ftp://files.example/a.zip',
    'www.evil.example',
    'www.evil.com',
    'WWW.EVIL.COM/x',
    'evil.com',
    'news.bbc.co.uk/world',
    'desk@example.org',
    'first.last+tag@sub.example.co.uk',
    'mailto:desk@example.org',
    'xmpp:agent@example.org',
    '//evil.example/x',
  ];

  it.each(linkable)('leaves %j linking nowhere in GFM or markdown-it, and reading the same', (text) => {
    const markdown = `Said ${breakAutolinks(text)} today.`;
    expect(viewerLinks(markdown)).toEqual({ gfm: [], markdownIt: [] });
    expect(viewerText(markdown)).toEqual({ gfm: `Said ${text} today.`, markdownIt: `Said ${text} today.` });
  });

  it('is needed: the same text unbroken is linked by both viewers', () => {
    for (const text of ['https://evil.example/path', 'www.evil.com', 'desk@example.org']) {
      const links = viewerLinks(`Said ${text} today.`);
      expect(links.gfm).toHaveLength(1);
      expect(links.markdownIt).toHaveLength(1);
    }
    expect(viewerLinks('Said evil.com today.').markdownIt).toEqual(['http://evil.com']);
  });

  it('leaves prose, numbers and times alone', () => {
    const prose = 'Oil rose 2.5 pct to $18.40 at 10:45 GMT. Note: prices fell, e.g. in Tokyo.';
    expect(breakAutolinks(prose)).toBe('Oil rose 2.5 pct to $18.40 at 10:45 GMT. Note: prices fell, e\\.g. in Tokyo.');
  });

  it('keeps escapes already in the text as they were', () => {
    expect(breakAutolinks('a\\_b.com')).toBe('a\\_b\\.com');
    expect(viewerText(breakAutolinks('see a\\_b.com'))).toEqual({ gfm: 'see a_b.com', markdownIt: 'see a_b.com' });
  });
});
