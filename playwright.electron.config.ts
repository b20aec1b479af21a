// Electron tests: the built app launched with Playwright's _electron, where an Electron binary exists.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/electron/global-setup.ts',
  // One app instance at a time: the specs share a launched app through beforeAll.
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
  outputDir: 'test-results/electron',
});
