// End-to-end tests: the built renderer in Debian's Chromium over the real main-process services.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    // Recording a trace costs every test, passing or not, a fifth to a half more CPU (library.spec: 55 CPU-s
    // with retain-on-failure, 45.5 without; library-rows and search: 57 and 38.5); a failure still leaves its
    // error-context.md (call log and page snapshot). Rerun a failing spec with --trace retain-on-failure.
    trace: 'off',
  },
});
