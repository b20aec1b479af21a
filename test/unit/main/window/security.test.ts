// App-wide security: permissions denied but persistent storage for the app's page, window.open denied,
// navigation and webviews blocked.
import type { PermissionRequest } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSenderCheck } from '../../../../src-main/ipc/electron-binding';
import { applySecurity } from '../../../../src-main/window/security';
import { FakeApp, FakeEvent, FakeSession, FakeShell, FakeWebContents } from '../../../support/fake-electron';

vi.mock('electron', () => import('../../../support/fake-electron').then((fake) => fake.fakeElectronModule()));

const APP_URL = 'app://dossier/index.html';

interface Secured {
  readonly session: FakeSession;
  readonly shell: FakeShell;
  readonly contents: FakeWebContents;
}

/** Applies the policy, then creates web contents the way Electron announces them. */
function secure(): Secured {
  const app = new FakeApp();
  const session = new FakeSession();
  const shell = new FakeShell();
  applySecurity({ app: app.asApp(), session, shell, isAppUrl: createSenderCheck(APP_URL) });
  const contents = new FakeWebContents();
  app.emit('web-contents-created', new FakeEvent(), contents.asWebContents());
  return { session, shell, contents };
}

/** The request handler's answer for persistent storage asked from `requestingUrl`. */
function requestFrom(requestingUrl: string): boolean[] {
  const { session, contents } = secure();
  const answers: boolean[] = [];
  session.permissionRequestHandler?.(
    contents.asWebContents(),
    'persistent-storage',
    (granted) => answers.push(granted),
    { isMainFrame: true, requestingUrl },
  );
  return answers;
}

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'] as const)(
    'denies a %s request',
    (permission) => {
      const { session, contents } = secure();
      const answers: boolean[] = [];
      const details: PermissionRequest = { isMainFrame: true, requestingUrl: APP_URL };

      session.permissionRequestHandler?.(
        contents.asWebContents(),
        permission,
        (granted) => answers.push(granted),
        details,
      );

      expect(answers).toEqual([false]);
    },
  );

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen'] as const)(
    'answers no to a %s check',
    (permission) => {
      const { session, contents } = secure();
      const check = session.permissionCheckHandler;
      const fromApp = { isMainFrame: true, requestingUrl: APP_URL };
      expect(check?.(contents.asWebContents(), permission, 'app://dossier', fromApp)).toBe(false);
      expect(check?.(null, permission, 'https://example.org', { isMainFrame: false })).toBe(false);
    },
  );

  describe('persistent storage', () => {
    it("is granted to the app's own page, so its IndexedDB is never evicted", () => {
      expect(requestFrom(APP_URL)).toEqual([true]);
      const check = secure().session.permissionCheckHandler;
      const details = { isMainFrame: true, requestingUrl: `${APP_URL}#/briefs` };
      expect(check?.(null, 'persistent-storage', 'app://dossier', details)).toBe(true);
    });

    it.each(['https://example.org/', 'file:///home/analyst/saved.html', 'app://dossier/error.html', 'about:blank'])(
      'is refused to %s',
      (url) => {
        expect(requestFrom(url)).toEqual([false]);
        const check = secure().session.permissionCheckHandler;
        expect(
          check?.(null, 'persistent-storage', new URL(url).origin, { isMainFrame: true, requestingUrl: url }),
        ).toBe(false);
      },
    );

    it('is refused when the check does not say which page asks', () => {
      const check = secure().session.permissionCheckHandler;
      expect(check?.(null, 'persistent-storage', 'app://dossier', { isMainFrame: true })).toBe(false);
    });
  });
});

describe('window.open', () => {
  let secured: Secured;

  beforeEach(() => {
    secured = secure();
  });

  it.each(['https://example.org/story', 'http://example.org/story'])(
    'is denied for %s, which goes to the system browser instead',
    (url) => {
      expect(secured.contents.openWindow(url)).toEqual({ action: 'deny' });
      expect(secured.shell.opened).toEqual([url]);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org',
    'ms-settings:privacy',
    'https://bank.example@evil.example/',
    APP_URL,
    'about:blank',
  ])('is denied for %s, which never leaves the app', (url) => {
    expect(secured.contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(secured.shell.opened).toEqual([]);
  });
});

describe('navigation', () => {
  let secured: Secured;

  beforeEach(() => {
    secured = secure();
  });

  it('is prevented to a web page, which opens in the system browser', () => {
    const event = new FakeEvent();
    secured.contents.emit('will-navigate', event, 'https://example.org/story');

    expect(event.defaultPrevented).toBe(true);
    expect(secured.shell.opened).toEqual(['https://example.org/story']);
  });

  it.each(['file:///home/analyst/article.html', 'javascript:void(0)', 'data:text/html,hi', 'custom-app://open'])(
    'is prevented to %s, which is not opened anywhere',
    (url) => {
      const event = new FakeEvent();
      secured.contents.emit('will-navigate', event, url);

      expect(event.defaultPrevented).toBe(true);
      expect(secured.shell.opened).toEqual([]);
    },
  );

  it('is allowed within the app page', () => {
    const event = new FakeEvent();
    secured.contents.emit('will-navigate', event, `${APP_URL}#/reader`);

    expect(event.defaultPrevented).toBe(false);
    expect(secured.shell.opened).toEqual([]);
  });
});

describe('webviews', () => {
  it('are never attached', () => {
    const { contents } = secure();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.org/' });

    expect(event.defaultPrevented).toBe(true);
  });
});

describe('every web contents', () => {
  it('is hardened, not only the first one', () => {
    const app = new FakeApp();
    applySecurity({ app: app.asApp(), session: new FakeSession(), shell: new FakeShell(), isAppUrl: () => false });
    const first = new FakeWebContents();
    const second = new FakeWebContents();

    app.emit('web-contents-created', new FakeEvent(), first.asWebContents());
    app.emit('web-contents-created', new FakeEvent(), second.asWebContents());

    for (const contents of [first, second]) {
      expect(contents.openWindow('https://example.org/')).toEqual({ action: 'deny' });
      expect(contents.listenerCount('will-navigate')).toBe(1);
      expect(contents.listenerCount('will-attach-webview')).toBe(1);
    }
  });
});
