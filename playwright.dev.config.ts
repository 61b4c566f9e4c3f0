import { defineConfig, devices } from '@playwright/test';
import { browserArgs, findBrowser } from './scripts/browser-path.mjs';

const executablePath = findBrowser() ?? undefined;
/** Its own port (E2E_DEV_PORT), so it can run beside the production suite and a `npm run dev`. */
const port = Number(process.env.E2E_DEV_PORT ?? 5174);

/**
 * End-to-end tests of the development server (`npm run dev`): what an instructor sees while
 * writing a lesson. Few and short; they edit content files and restore them, so one at a time.
 */
export default defineConfig({
  testDir: 'tests/e2e-dev',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  // The dev server compiles each module on its first request: generous on a loaded machine.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: browserArgs },
  },
  webServer: {
    command: `node scripts/vite.mjs --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
