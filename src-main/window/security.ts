// App-wide security per Electron's checklist: no new windows, no navigation away, no webviews,
// no permissions; http(s) links go to the system browser after their own check.
import type { App, Session, Shell, WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';

export interface SecurityDeps {
  readonly app: Pick<App, 'on'>;
  readonly session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  readonly shell: Pick<Shell, 'openExternal'>;
  /** Returns true for the app's own page URL, the only place a frame may navigate to. */
  readonly isAppUrl: (url: string) => boolean;
}

export function applySecurity(deps: SecurityDeps): void {
  deps.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  deps.session.setPermissionCheckHandler(() => false);
  deps.app.on('web-contents-created', (_event, contents) => hardenContents(contents, deps));
}

export function hardenContents(contents: WebContents, deps: Pick<SecurityDeps, 'shell' | 'isAppUrl'>): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void deps.shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!deps.isAppUrl(url)) {
      event.preventDefault();
      if (isSafeExternalUrl(url)) void deps.shell.openExternal(url);
    }
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
