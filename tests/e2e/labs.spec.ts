/**
 * The labs, in the production build: each lab is completed from the keyboard (the command line is
 * reached with Tab once, then each command is filled in and sent with Enter), the page is reloaded
 * halfway and the steps done are still there; lab pages pass axe in each theme (one page load per
 * theme); the terminal is photographed on a phone.
 */
import type { Page } from '@playwright/test';
import { docScreenshot, expect, gotoApp, test } from './fixtures';
import { solutions } from '../fixtures/lab-solutions';

const labPages: Record<string, string> = {
  'lab-premier-conteneur': '/conteneurisation/conteneurs',
  'lab-ports-expose': '/conteneurisation/reseau',
  'lab-dns-reseau': '/conteneurisation/communication-dns',
  'lab-volumes': '/conteneurisation/volumes',
  'lab-conteneur-qui-tombe': '/conteneurisation/pratique',
  'lab-limites-oom': '/observabilite/docker-stats',
  'lab-nettoyage': '/conteneurisation/bonnes-pratiques',
  'lab-observer-pile': '/observabilite/observer-conteneurs',
  'lab-enquete-arret': '/observabilite/pratique',
};

/** The first lab of the page (a page may hold a workbench lab after it: tests/e2e/workbench-labs.spec.ts). */
const firstLab = (page: Page) => page.locator('section.lab').first();

async function openLab(page: Page, path: string) {
  await gotoApp(page, path);
  const input = firstLab(page).getByRole('textbox', { name: 'Commande docker' });
  await expect(input).toBeVisible();
  return input;
}

/** Fills the command line whole (not key by key: a loaded machine times out) and sends it with Enter. */
async function type(page: Page, line: string) {
  const input = firstLab(page).getByRole('textbox', { name: 'Commande docker' });
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(firstLab(page).getByRole('log', { name: 'Sortie du terminal' })).toContainText(line);
}

/** Presses Tab from the top of the page until the command line has the focus (keyboard access). */
async function tabToCommandLine(page: Page) {
  const input = page.getByRole('textbox', { name: 'Commande docker' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let presses = 0; presses < 200; presses += 1) {
    if (await input.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the command line is not reached with Tab');
}

for (const [labId, path] of Object.entries(labPages)) {
  test(`${labId}: completed with the keyboard, steps kept across a reload`, async ({ page }) => {
    await openLab(page, path);
    const steps = Object.entries(solutions[labId] ?? {});
    const half = Math.ceil(steps.length / 2);
    const progress = firstLab(page).getByText(/\d+ sur \d+ étapes réussies/);
    for (const [index, [, commands]] of steps.entries()) {
      for (const line of commands) await type(page, line);
      await expect(progress).toHaveText(`${index + 1} sur ${steps.length} étapes réussies`);
      if (index + 1 === half) {
        await page.reload();
        await openLab(page, path);
        await expect(progress).toHaveText(`${half} sur ${steps.length} étapes réussies`);
        // The learner scrolls back down to the lab (it starts when it comes near the viewport).
        await firstLab(page).scrollIntoViewIfNeeded();
        // The session was replayed: the commands typed before the reload are on screen again.
        await expect(firstLab(page).getByRole('log', { name: 'Sortie du terminal' })).toContainText(
          commands.at(-1) ?? '',
        );
      }
    }
    await expect(page.getByRole('status').filter({ hasText: 'Lab terminé' })).toHaveCount(1);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`a lab page passes axe in the ${theme} theme, the terminal included`, async ({ page, scan }) => {
    await page.addInitScript(
      (stored) => window.localStorage.setItem('cours-docker:preferences', stored),
      JSON.stringify({ state: { theme, lang: 'fr' }, version: 1 }),
    );
    await openLab(page, '/conteneurisation/conteneurs');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await type(page, 'docker run -d --name web nginx:1.30-alpine');
    await type(page, 'docker logs nope');
    await page
      .getByRole('button', { name: /Afficher un indice/ })
      .first()
      .press('Enter');
    await scan(`lab, ${theme}`);
  });
}

test('history, completion, Ctrl+L and the reset with its confirmation', async ({ page }) => {
  const input = await openLab(page, '/conteneurisation/conteneurs');
  await tabToCommandLine(page);
  await page.keyboard.type('docker images');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log', { name: 'Sortie du terminal' })).toContainText('REPOSITORY');
  await type(page, 'docker run -d --name web nginx:1.30-alpine');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('docker run -d --name web nginx:1.30-alpine');
  await input.fill('docker lo');
  await input.press('Tab');
  await expect(input).toHaveValue(/^docker logs ?$/);
  await input.press('Control+l');
  await expect(page.getByRole('log', { name: 'Sortie du terminal' })).toHaveText('');
  await page.getByRole('button', { name: 'Réinitialiser le lab' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Oui, réinitialiser' })).toBeFocused();
  await page.keyboard.press('Enter');
  await type(page, 'docker ps -a');
  await expect(page.getByRole('log', { name: 'Sortie du terminal' })).not.toContainText('nginx');
  // Steps done stay done after a reset.
  await expect(page.getByText('1 sur 6 étapes réussies')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  test('the terminal keeps its input and the last output line in view; screenshot', async ({ page }, testInfo) => {
    await openLab(page, '/conteneurisation/conteneurs');
    const input = page.getByRole('textbox', { name: 'Commande docker' });
    for (const line of ['docker run -d --name web nginx:1.30-alpine', 'docker ps', 'docker images', 'docker ps -a']) {
      await type(page, line);
      await expect(input).toBeInViewport({ ratio: 1 });
      // The last line printed is inside the output's visible part and inside the window, above the input.
      const lastLine = await page.evaluate(() => {
        const output = document.querySelector('.terminal__output');
        const last = output?.lastElementChild?.lastElementChild;
        const form = document.querySelector('.terminal__form');
        if (!output || !last || !form) return null;
        const lineHeight = parseFloat(getComputedStyle(last).lineHeight);
        const box = last.getBoundingClientRect();
        return {
          bottom: box.bottom,
          top: box.bottom - lineHeight,
          outputTop: output.getBoundingClientRect().top,
          outputBottom: output.getBoundingClientRect().bottom,
          formTop: form.getBoundingClientRect().top,
          viewport: window.visualViewport?.height ?? window.innerHeight,
        };
      });
      expect(lastLine).not.toBeNull();
      expect(lastLine!.top).toBeGreaterThanOrEqual(Math.max(0, lastLine!.outputTop));
      expect(lastLine!.bottom).toBeLessThanOrEqual(Math.min(lastLine!.outputBottom, lastLine!.formTop));
      expect(lastLine!.bottom).toBeLessThanOrEqual(lastLine!.viewport);
    }
    const box = await page.getByRole('button', { name: 'Exécuter' }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    await docScreenshot(testInfo, 'lab-terminal-mobile', await page.locator('.lab').screenshot());
  });
});
