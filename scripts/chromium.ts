// The system's Chromium as the scripts, the bench and the end-to-end tests launch it: Debian's by default
// (Playwright's own download is not reachable offline), with the flags that keep it off the network.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features Playwright 1.65.1 turns off when it launches Chromium. A switch given twice keeps only its last
 * value, so a --disable-features of our own must repeat them (test/unit/scripts/chromium.test.ts checks that it
 * still does after an upgrade).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
] as const;

/**
 * Headless Chromium 156 loads the address bar's pop-ups (WebUI pages) into a renderer of their own for every
 * window, though no one sees them: about a second of CPU per browser context, a third of the end-to-end run's
 * time on CI's two cores (12.2 minutes with them, 8.1 without).
 */
const UNSEEN_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_UI].join(',')}`,
];
