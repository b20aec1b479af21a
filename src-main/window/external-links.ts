// The one check before a link leaves the app for the system browser: http and https only, well formed.

export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (!url.hostname) return false;
  // Credentials in a link are a classic disguise ("https://bank.com@evil.example").
  return url.username === '' && url.password === '';
}
