import { defineConfig, devices } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/browser-path.mjs';

const executablePath = findBrowser() ?? undefined;
// Ports can be moved (E2E_PORT, E2E_SUBPATH_PORT) when several copies of the suite share a machine.
const port = Number(process.env.E2E_PORT ?? 4173);
/** A second production build under a sub-path, as a deploy to https://example.org/cours-docker/ would be. */
const subpathPort = Number(process.env.E2E_SUBPATH_PORT ?? port + 1);
const subpathBase = '/cours-docker/';
const subpathDir = 'node_modules/.cache/dist-subpath';
const subpathSpecs = /(base-path|offline)[^/]*\.spec\.ts$/;
/** The LMS packages' tests (tests/lms) serve dist-lms themselves, with a test LMS, on this port. */
const lmsPort = Number(process.env.E2E_LMS_PORT ?? port + 2);

/** End-to-end tests run against the production builds served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never' }]],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  // Read by the specs that serve a build themselves (nginx, CSP): testInfo.config.metadata.
  metadata: { distDir: 'dist', subpathDir, subpathBase },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: browserArgs },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: subpathSpecs,
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: browserArgs } },
    },
    {
      name: 'subpath',
      testMatch: subpathSpecs,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${subpathPort}${subpathBase}`,
        launchOptions: { executablePath, args: browserArgs },
      },
    },
    {
      name: 'lms',
      testDir: 'tests/lms',
      use: {
        ...devices['Desktop Chrome'],
        baseURL: `http://127.0.0.1:${lmsPort}`,
        launchOptions: { executablePath, args: browserArgs },
      },
    },
  ],
  webServer: [
    {
      command: `npm run build && node scripts/vite.mjs preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'pipe',
    },
    {
      command: `node scripts/vite.mjs build --logLevel warn --outDir ${subpathDir} --emptyOutDir && node scripts/vite.mjs preview --host 127.0.0.1 --port ${subpathPort} --strictPort --outDir ${subpathDir}`,
      url: `http://127.0.0.1:${subpathPort}${subpathBase}`,
      env: { BASE_PATH: subpathBase },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'pipe',
    },
  ],
});
