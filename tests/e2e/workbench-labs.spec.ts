/**
 * The four workbench labs, in the production build, from the keyboard only: the editor's files are reached with Tab
 * and the arrow keys of its tabs, written with the keyboard (text input, then Esc and Tab to leave the editor), the
 * commands typed in the terminal; the page is reloaded halfway, and the files and the steps done are still there.
 * The workbench passes axe in both themes.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, gotoApp, test } from './fixtures';
import { labWrites, solutions } from '../fixtures/lab-solutions';

const labs: { id: string; path: string; title: string }[] = [
  {
    id: 'lab-dockerfile-node',
    path: '/conteneurisation/dockerfile',
    title: 'Un Dockerfile pour une application Node.js',
  },
  { id: 'lab-reparer-dockerfile', path: '/conteneurisation/bonnes-pratiques', title: 'Réparer un Dockerfile' },
  {
    id: 'lab-multi-stage',
    path: '/conteneurisation/dockerfile-exemple',
    title: 'Alléger une image avec un build multi-stage',
  },
  {
    id: 'lab-compose-volume',
    path: '/conteneurisation/docker-compose',
    title: 'Une pile Compose dont les données survivent',
  },
];

function labRegion(page: Page, title: string): Locator {
  return page.getByRole('region', { name: `Lab\u00a0: ${title}` });
}

async function openLab(page: Page, path: string, title: string): Promise<Locator> {
  await gotoApp(page, path);
  const lab = labRegion(page, title);
  await expect(lab.getByRole('textbox', { name: 'Commande docker' })).toBeVisible();
  await expect(lab.getByRole('tablist', { name: /Fichiers/ })).toBeVisible();
  return lab;
}

/** Fills the command line and sends it with Enter (as the labs spec does: key by key times out on a loaded machine). */
async function type(lab: Locator, line: string) {
  const input = lab.getByRole('textbox', { name: 'Commande docker' });
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(lab.getByRole('log', { name: 'Sortie du terminal' })).toContainText(line);
}

/** Selects a file's tab with the arrow keys, enters the editor with Tab, replaces its text, leaves with Esc then Tab. */
async function writeFile(page: Page, lab: Locator, path: string, content: string) {
  const tabs = lab.getByRole('tab');
  const selected = lab.getByRole('tab', { selected: true });
  await selected.focus();
  for (let moves = 0; moves < (await tabs.count()); moves += 1) {
    if ((await lab.getByRole('tab', { selected: true }).textContent()) === path) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(lab.getByRole('tab', { name: path, selected: true })).toBeFocused();
  const editor = lab.getByRole('textbox', { name: `Éditeur\u00a0: ${path}` });
  for (let presses = 0; presses < 5 && !(await editor.evaluate((el) => el.matches(':focus'))); presses += 1)
    await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(content);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
}

async function editorText(lab: Locator, path: string): Promise<string> {
  return lab.getByRole('textbox', { name: `Éditeur\u00a0: ${path}` }).evaluate((element) => {
    const lines = [...element.querySelectorAll('.cm-line')].map((line) => line.textContent ?? '');
    return lines.join('\n');
  });
}

for (const { id, path, title } of labs) {
  test(`${id}: completed from the keyboard, files and steps kept across a reload`, async ({ page }) => {
    let lab = await openLab(page, path, title);
    const steps = Object.entries(solutions[id] ?? {});
    const half = Math.ceil(steps.length / 2);
    const progress = lab.getByText(/\d+ sur \d+ étapes réussies/);
    const written: Record<string, string> = {};
    for (const [index, [stepId, commands]] of steps.entries()) {
      for (const [file, content] of Object.entries(labWrites[id]?.[stepId] ?? {})) {
        // Its tab is the one open after a reload; the active one otherwise.
        await writeFile(page, lab, file, content);
        written[file] = content;
      }
      for (const line of commands) await type(lab, line);
      // This step is done (a later one may be done with it: a Dockerfile already non-root, say).
      await expect(lab.locator('li.lab-step').nth(index)).toHaveClass(/lab-step--done/);
      if (index + 1 === half) {
        const before = await progress.textContent();
        await page.reload();
        lab = await openLab(page, path, title);
        await expect(progress).toHaveText(before ?? '');
        // The learner scrolls back down to the lab (it starts when it comes near the viewport).
        await lab.getByRole('log', { name: 'Sortie du terminal' }).scrollIntoViewIfNeeded();
        await expect(lab.getByRole('log', { name: 'Sortie du terminal' })).toContainText(commands.at(-1) ?? '');
        // The files are as they were left: the open tab shows the first of the lab's editor files.
        const first = (await lab.getByRole('tab', { selected: true }).textContent()) ?? '';
        if (written[first] !== undefined) expect(await editorText(lab, first)).toBe(written[first]);
      }
    }
    await expect(lab.getByRole('status').filter({ hasText: 'Lab terminé' })).toHaveCount(1);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the workbench passes axe in the ${theme} theme, findings listed`, async ({ page, scan }) => {
    await page.addInitScript(
      (stored) => window.localStorage.setItem('cours-docker:preferences', stored),
      JSON.stringify({ state: { theme, lang: 'fr' }, version: 1 }),
    );
    const lab = await openLab(page, '/conteneurisation/bonnes-pratiques', 'Réparer un Dockerfile');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(lab.getByText(/DL3007/).first()).toBeVisible();
    await type(lab, 'docker build -t api .');
    await scan(`workbench, ${theme}`);
  });
}
