import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real renderer through the browser door (main/server) with Debian's
 * Chromium. One worker: each test starts its own server and vault, and the machine has two cores.
 * Build the renderer first (`npm run test:e2e` does).
 */
export default defineConfig({
  testMatch: '**/*.spec.ts',
  // The browser door in Debian's Chromium, and the desktop app through Playwright's _electron (those
  // tests skip, saying so, where the Electron binary could not be installed).
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  outputDir: 'test-results/playwright',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Every vault unlock runs the real Argon2id KDF (64 MiB, 3 passes).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    colorScheme: 'light',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
