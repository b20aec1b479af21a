// Before the Electron run: say plainly why the specs will skip (or fail, where CI requires them to run:
// REQUIRE_ELECTRON_SPECS=1), or make sure the app was built.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { electronSkipReason } from './electron-binary';

const MAIN_BUNDLE = resolve(__dirname, '../../out/main/index.js');

export default function globalSetup(): void {
  const reason = electronSkipReason();
  if (reason !== null) {
    if (process.env.REQUIRE_ELECTRON_SPECS === '1') throw new Error(`Electron specs cannot run: ${reason}`);
    console.log(`Electron specs will be skipped: ${reason}`);
    return;
  }
  if (!existsSync(MAIN_BUNDLE)) {
    throw new Error(`${MAIN_BUNDLE} is missing: build the app first (npx electron-vite build)`);
  }
}
