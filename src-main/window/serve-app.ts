// Electron glue for the app's origin: app:// is registered as a standard, secure scheme before the app is
// ready (so the page gets an origin of its own for IndexedDB and 'self'), and served from the built page's
// folder through app-protocol.ts, which decides what may be read.
import type { CustomScheme, Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, appResponseHeaders, resolveAppUrl } from './app-protocol';

/**
 * Standard: relative URLs resolve and web storage works; secure: a secure context, as https is. No
 * bypassCSP, no service workers, no corsEnabled: other origins cannot read what it serves.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Call before app 'ready' (Electron allows it once). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export type ReadBytes = (path: string) => Promise<Uint8Array>;

/** Serves app://dossier/... from `rendererDir` (out/renderer, inside app.asar once packaged). */
export function serveApp(protocol: Pick<Protocol, 'handle'>, rendererDir: string, read: ReadBytes = readFile): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request, read));
}

/** The response to one request: the file, or 404 for a path outside the folder or missing, 405 for a write. */
export async function appResponse(rendererDir: string, request: Request, read: ReadBytes): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = resolveAppUrl(rendererDir, request.url);
  if (file === null) return new Response(null, { status: 404 });
  let body: Uint8Array;
  try {
    body = await read(file);
  } catch {
    return new Response(null, { status: 404 });
  }
  const headers = appResponseHeaders(file);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
