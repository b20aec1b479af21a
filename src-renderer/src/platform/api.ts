// The only reader of window.api: the rest of the page imports the typed bridge from here.
import type { Api } from '../../../src-preload/contract';

declare global {
  interface Window {
    readonly api?: Api;
  }
}

export function getApi(): Api {
  const api = window.api;
  if (!api) throw new Error('Dossier’s bridge to the library is missing: the page was opened outside the app.');
  return api;
}
