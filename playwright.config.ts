import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './build/chromium.ts';

/**
 * End-to-end tests against the production build, in Debian's Chromium (Playwright's own browser downloads
 * are not available here). `npm test` builds first, then runs these.
 */
// E2E_PORT lets several checkouts run their end-to-end tests side by side without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  // Every test opens its own page on a static build (no server state, no order between tests), so a file's
  // tests spread over both workers too: one file's tests in one worker left the other idle for minutes
  // (e2e/legibility.spec.ts, 26 walks of 30 s, ran alone at the end of CI: 10.7 of its 15.1 minutes).
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
