// Finds the Electron binary the way node_modules/electron/index.js does, without requiring that
// package: its index.js downloads a missing binary from GitHub, which these machines cannot reach.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronBinary = { readonly path: string } | { readonly path: null; readonly reason: string };

export function findElectronBinary(
  packageDir: string = resolve(__dirname, '../../node_modules/electron'),
  overrideDistPath: string | undefined = process.env.ELECTRON_OVERRIDE_DIST_PATH,
): ElectronBinary {
  // path.txt is written by the package's install step once the download has succeeded.
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (relative === null && !overrideDistPath) {
    return {
      path: null,
      reason: `no Electron binary: ${pathFile} is missing, so the electron package never downloaded one`,
    };
  }
  const binary = join(overrideDistPath ?? join(packageDir, 'dist'), relative ?? 'electron');
  if (!existsSync(binary)) return { path: null, reason: `no Electron binary at ${binary}` };
  return { path: binary };
}

/** Why the Electron specs cannot run here, or null when they can. */
export function electronSkipReason(binary: ElectronBinary = findElectronBinary()): string | null {
  return binary.path === null ? binary.reason : missingDisplayReason();
}

/** Electron on Linux needs an X or Wayland display; CI without one should run under xvfb-run. */
export function missingDisplayReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (process.platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'no display for Electron: DISPLAY and WAYLAND_DISPLAY are unset (run under xvfb-run)';
}
