// The one check before a link leaves the app for the system browser: http and https only, well formed, no
// credentials ("https://bank.com@evil.example"); the same rule that decides what becomes a link anywhere.
import { webLinkTarget } from '../../src-shared/text-safety';

export function isSafeExternalUrl(raw: string): boolean {
  return webLinkTarget(raw) !== null;
}
