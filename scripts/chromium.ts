// The system's Chromium as the scripts, the bench and the end-to-end tests launch it: Debian's by default
// (Playwright's own download is not reachable offline), with the flags that keep it off the network.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
