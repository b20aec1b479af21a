// Folders a developer or a test may point an unpackaged app at through the environment. An installed app
// ignores them all: an environment variable must never move an analyst's data or library.
export interface DevOverrides {
  /** DOSSIER_USER_DATA: the app's data folder (settings, catalog, the page's storage). */
  readonly userData?: string;
  /** DOSSIER_LIBRARY: a library folder to open instead of the remembered one, not remembered. */
  readonly library?: string;
  /** ELECTRON_RENDERER_URL: electron-vite's dev server, which serves the page in `npm run dev`. */
  readonly rendererUrl?: string;
}

export function readDevOverrides(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): DevOverrides {
  if (isPackaged) return {};
  const pick = (name: string): string | undefined => (env[name] ? env[name] : undefined);
  const userData = pick('DOSSIER_USER_DATA');
  const library = pick('DOSSIER_LIBRARY');
  const rendererUrl = pick('ELECTRON_RENDERER_URL');
  return {
    ...(userData ? { userData } : {}),
    ...(library ? { library } : {}),
    ...(rendererUrl ? { rendererUrl } : {}),
  };
}
