/**
 * `npm run icons`: draws the web app's PNG icons from public/icon.svg with the tests' headless
 * Chromium (scripts/browser-path.mjs). The PNGs are committed; run this after changing the SVG.
 * - pwa-192.png, pwa-512.png: the icon as drawn (purpose "any");
 * - pwa-maskable-512.png: the drawing shrunk into the safe zone on a full-bleed background
 *   (purpose "maskable": the platform may crop it to a circle);
 * - apple-touch-icon.png (180 px), for iOS home screens.
 */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserArgs, findBrowser } from './browser-path.mjs';

const publicDir = resolve(import.meta.dirname, '../public');
const svg = readFileSync(resolve(publicDir, 'icon.svg'), 'utf8');
const background = /<rect width="512" height="512" rx="\d+" fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '#0b5cad';

interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

const icons: IconSpec[] = [
  { file: 'pwa-192.png', size: 192, maskable: false },
  { file: 'pwa-512.png', size: 512, maskable: false },
  { file: 'pwa-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

function pageFor(icon: IconSpec): string {
  const drawing = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  // Maskable: the safe zone is the centred circle of 80 % of the width; the drawing fills 70 %.
  const inset = icon.maskable ? Math.round(icon.size * 0.15) : 0;
  const inner = icon.size - 2 * inset;
  return `<!doctype html><html><body style="margin:0;background:${icon.maskable ? background : 'transparent'}">
    <img src="${drawing}" width="${inner}" height="${inner}" style="display:block;margin:${inset}px"></body></html>`;
}

const executablePath = findBrowser() ?? undefined;
const browser = await chromium.launch({ executablePath, args: browserArgs });
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(pageFor(icon));
    await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    await page.screenshot({ path: resolve(publicDir, icon.file), omitBackground: !icon.maskable });
    await page.close();
    console.log(`public/${icon.file} (${icon.size}×${icon.size})`);
  }
} finally {
  await browser.close();
}
