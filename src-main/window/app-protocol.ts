// The app's own origin, app://dossier, and what it serves: a request's URL resolved to a file inside the
// built page's folder (never outside it), with its MIME type and the page's CSP. Pure: serve-app.ts
// hands these to Electron's protocol.handle, and the end-to-end host to its route.
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * The page's Content Security Policy, sent as a header with every page the origin serves (the same as
 * the meta tag in src-renderer/index.html, which a test holds them to). 'self' is app://dossier alone.
 */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-src 'none'";

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a served file, by its extension; unknown types are served as opaque bytes. */
export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `rootDir` that a URL path names ("/" is index.html), or null when it names none: a
 * segment that decodes to "..", ".", a slash, a backslash, a colon or a NUL, or a malformed escape, is
 * refused before the path is joined, and the joined path must still be inside `rootDir`.
 */
export function resolveAppPath(rootDir: string, pathname: string): string | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const file = join(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const inside = relative(root, file);
  const outside = inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? null : file;
}

/** The file an app://dossier URL names under `rootDir`, or null for another origin or a path outside it. */
export function resolveAppUrl(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  return resolveAppPath(rootDir, parsed.pathname);
}

/** The headers a served file goes out with: its type, no sniffing, and the CSP on pages. */
export function appResponseHeaders(file: string): Record<string, string> {
  const type = mimeTypeOf(file);
  return {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': APP_CSP } : {}),
  };
}
