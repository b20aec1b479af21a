// The page a window shows when Dossier could not start (or its page keeps crashing): a static page of the
// app's own origin (src-renderer/error.html) that reads what went wrong from its query, so the analyst sees
// what happened and what to do instead of a blank window.
export interface StartupErrorDetails {
  /** One sentence: what failed. */
  readonly what: string;
  /** The error's stack or longer text, for a report. */
  readonly detail?: string;
  /** The app's data folder, where the analyst's work and the catalog are. */
  readonly dataDir?: string;
}

/** The error page's URL beside the app page (app://dossier/error.html, or the dev server's). */
export function startupErrorUrl(pageUrl: string, details: StartupErrorDetails): string {
  const url = new URL('error.html', pageUrl);
  url.searchParams.set('what', details.what);
  if (details.detail) url.searchParams.set('detail', details.detail.slice(0, 4000));
  if (details.dataDir) url.searchParams.set('data', details.dataDir);
  return url.href;
}

/** What a startup error says: its message, and its stack as the detail. */
export function describeStartupError(error: unknown): Pick<StartupErrorDetails, 'what' | 'detail'> {
  if (error instanceof Error) return { what: error.message, ...(error.stack ? { detail: error.stack } : {}) };
  return { what: String(error) };
}
