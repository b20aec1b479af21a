// The app's origin: which file a URL names inside the built page's folder (never one outside it), its
// type, and the CSP, which must be the page's own meta policy.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_CSP,
  APP_PAGE_URL,
  appResponseHeaders,
  mimeTypeOf,
  resolveAppPath,
  resolveAppUrl,
} from '../../../../src-main/window/app-protocol';

const ROOT = resolve('/opt/Dossier/resources/app.asar/out/renderer');

describe('resolveAppUrl', () => {
  it.each([
    [APP_PAGE_URL, 'index.html'],
    ['app://dossier/', 'index.html'],
    ['app://dossier', 'index.html'],
    ['app://dossier/assets/index-D3pJWMxX.js', 'assets/index-D3pJWMxX.js'],
    ['app://dossier/assets/index.css?v=2#x', 'assets/index.css'],
    ['app://DOSSIER/error.html', 'error.html'],
    ['app://dossier/fonts/Source%20Serif.woff2', 'fonts/Source Serif.woff2'],
    ['app://dossier//assets//a.js', 'assets/a.js'],
    // The URL parser takes dot segments out, and stops them at the origin's root.
    ['app://dossier/../../../etc/passwd', 'etc/passwd'],
    ['app://dossier/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://dossier/assets/%2e/a.js', 'assets/a.js'],
  ])('serves %s from %s', (url, file) => {
    expect(resolveAppUrl(ROOT, url)).toBe(join(ROOT, ...file.split('/')));
  });

  it.each([
    ['an escaped slash', 'app://dossier/assets%2f..%2f..%2fsecret'],
    ['an escaped backslash', 'app://dossier/..%5c..%5csecret'],
    ['a drive letter', 'app://dossier/C:%5cWindows%5cwin.ini'],
    ['a NUL byte', 'app://dossier/index.html%00.png'],
    ['a malformed escape', 'app://dossier/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://dossier:8080/index.html'],
    ['another scheme', 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html'],
    ['the web', 'https://dossier/index.html'],
    ['no URL', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppUrl(ROOT, url)).toBeNull();
  });
});

describe('resolveAppPath', () => {
  it('refuses a raw path with dot segments, which no parsed URL has', () => {
    const attempts = ['/..', '/../renderer-evil/x', '/a/../../b', '/%2E%2E/x', '/./index.html', '/..%2F'];
    expect(attempts.map((path) => resolveAppPath(ROOT, path))).toEqual(attempts.map(() => null));
  });

  it('serves the page for the bare origin', () => {
    expect(resolveAppPath(ROOT, '/')).toBe(join(ROOT, 'index.html'));
  });
});

describe('mimeTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('types %s as %s', (file, type) => {
    expect(mimeTypeOf(file)).toBe(type);
  });
});

describe('appResponseHeaders', () => {
  it('sends pages with the CSP and every file without sniffing', () => {
    expect(appResponseHeaders('/x/index.html')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': APP_CSP,
    });
    expect(appResponseHeaders('/x/a.js')).toEqual({
      'Content-Type': 'text/javascript; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it.each(['index.html', 'error.html'])('sends the same CSP as the meta tag of %s', async (page) => {
    const html = await readFile(resolve(__dirname, '../../../../src-renderer', page), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(APP_CSP);
  });

  it("lets the page load only its own origin's scripts, and nothing from elsewhere", () => {
    const directives = new Map(APP_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(APP_CSP).not.toMatch(/unsafe-inline|unsafe-eval|file:|\*/);
  });
});

describe('the packaged binary', () => {
  it('turns the file:// privileges fuse off, the page being served from app:// instead', async () => {
    const config = await readFile(resolve(__dirname, '../../../../electron-builder.yml'), 'utf8');
    const fuses = /^electronFuses:\n((?: {2}.+\n)+)/m.exec(config)?.[1] ?? '';
    expect(fuses.split('\n')).toContain('  grantFileProtocolExtraPrivileges: false');
  });
});
