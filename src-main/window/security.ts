// App-wide security per Electron's checklist: no new windows, no navigation away, no webviews, no
// permissions but persistent storage for the app's own page; http(s) links go to the system browser after
// their own check.
import type { App, Session, Shell, WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';

export interface SecurityDeps {
  readonly app: Pick<App, 'on'>;
  readonly session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
  readonly shell: Pick<Shell, 'openExternal'>;
  /** Returns true for the app's own page URL, the only place a frame may navigate to. */
  readonly isAppUrl: (url: string) => boolean;
}

/**
 * The one permission granted, and only to the app's own page: persistent storage, so that Chromium never
 * evicts the analyst's work from IndexedDB under storage pressure (the page asks navigator.storage.persist()).
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function applySecurity(deps: SecurityDeps): void {
  const allowed = (permission: string, url: string | undefined): boolean =>
    GRANTED_PERMISSIONS.has(permission) && url !== undefined && deps.isAppUrl(url);
  deps.session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details.requestingUrl)),
  );
  // The check names the page by its last URL (requestingUrl), the same way the request does.
  deps.session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    allowed(permission, details.requestingUrl),
  );
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
