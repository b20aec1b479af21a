// The check before a link leaves the app: well-formed http(s) only, no credentials.
import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../../src-main/window/external-links';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.org/',
    'http://example.org/',
    'https://example.org/news/2024/03/harbour-strike?ref=dossier#para-2',
    'HTTPS://EXAMPLE.ORG/Upper',
    'https://sub.example.org:8443/path',
    'https://[2001:db8::1]/ipv6',
    'https://xn--bcher-kva.example/idn',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: in mixed case', 'JavaScript:alert(document.cookie)'],
    ['javascript: behind spaces', '  javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['file: on Windows', 'file:///C:/Windows/System32/calc.exe'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['mailto:', 'mailto:someone@example.org'],
    ['ftp:', 'ftp://example.org/file'],
    ['a custom scheme', 'vscode://file/etc/passwd'],
    ['another custom scheme', 'ms-settings:privacy'],
    ['a UNC-looking smb: link', 'smb://fileserver/share'],
    ['blob:', 'blob:https://example.org/8c3b5e1d'],
    ['a user name in the URL', 'https://bank.example@evil.example/'],
    ['a user name and password in the URL', 'https://user:secret@example.org/'],
    ['a password alone in the URL', 'https://:secret@example.org/'],
    ['a relative path', '/news/story'],
    ['a scheme-relative URL', '//example.org/story'],
    ['a bare host name', 'example.org'],
    ['an empty string', ''],
    ['garbage', 'not a url at all'],
    ['http: with no host', 'http://'],
  ])('refuses %s', (_label, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
