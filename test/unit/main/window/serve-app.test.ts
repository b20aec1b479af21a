// The Electron glue of the app's origin, against a fake protocol: app:// registered as a standard secure
// scheme, and each request answered with the file, its headers, or a 404/405 that reveals nothing.
import { join } from 'node:path';
import type { CustomScheme } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../../../../src-main/window/app-protocol';
import { registerAppScheme, serveApp } from '../../../../src-main/window/serve-app';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

const ROOT = join('/opt', 'Dossier', 'out', 'renderer');
const FILES = new Map([
  [join(ROOT, 'index.html'), '<!doctype html><title>Dossier</title>'],
  [join(ROOT, 'assets', 'index.js'), 'console.log(1)'],
]);

/** A protocol that keeps what is registered and answers requests with the stored handler. */
class FakeProtocol {
  schemes: CustomScheme[] = [];
  handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly reads: string[] = [];

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.schemes = schemes;
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }

  async fetch(url: string, method = 'GET'): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`nothing handles ${url}`);
    return handler(new Request(url, { method }));
  }

  read = (path: string): Promise<Uint8Array> => {
    this.reads.push(path);
    const text = FILES.get(path);
    return text === undefined
      ? Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }))
      : Promise.resolve(new TextEncoder().encode(text));
  };
}

function served(): FakeProtocol {
  const protocol = new FakeProtocol();
  serveApp(protocol, ROOT, protocol.read);
  return protocol;
}

describe('registerAppScheme', () => {
  it('registers app as standard and secure, without bypassing the CSP or opening it to other origins', () => {
    const protocol = new FakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('serveApp', () => {
  it('serves the page with its type and CSP', async () => {
    const response = await served().fetch('app://dossier/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(await response.text()).toBe('<!doctype html><title>Dossier</title>');
  });

  it('serves a script as JavaScript, which module scripts require', async () => {
    const response = await served().fetch('app://dossier/assets/index.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a missing file, and reads nothing outside the folder', async () => {
    const protocol = served();
    expect((await protocol.fetch('app://dossier/missing.js')).status).toBe(404);
    expect((await protocol.fetch('app://dossier/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await protocol.fetch('app://dossier/..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await protocol.fetch('app://other/index.html')).status).toBe(404);
    // The dots never leave the folder: the parser stops them at its root, and an escaped slash is refused.
    expect(protocol.reads).toEqual([join(ROOT, 'missing.js'), join(ROOT, 'etc', 'passwd')]);
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const protocol = served();
    const head = await protocol.fetch('app://dossier/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await protocol.fetch('app://dossier/index.html', 'POST')).status).toBe(405);
  });
});
