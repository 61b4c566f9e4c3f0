/**
 * Finds the Chromium the end-to-end tests, screenshots and benchmark use:
 * CHROME_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 * Returns null when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findBrowser() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
