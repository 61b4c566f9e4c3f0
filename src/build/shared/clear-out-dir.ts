/**
 * A rebuild starts by emptying the output folder (Vite's `emptyOutDir`): at 300 lessons that is
 * some 1,300 files whose removal held the build up for seconds. This plugin moves the previous
 * output aside as the build starts (one rename, in the same folder so on the same disk) and
 * removes it in the background while the build runs; Vite then finds no folder to empty. It does
 * nothing where Vite would not empty the folder (outside the project, `emptyOutDir: false`) or
 * would keep part of it (a `.git` inside), and when the rename fails Vite empties it as before.
 */
import { existsSync, renameSync, rm } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Whether Vite would empty `outDir` before writing (its rule: asked to, or inside the project). */
export function viteEmptiesOutDir(root: string, outDir: string, emptyOutDir: boolean | null | undefined): boolean {
  if (emptyOutDir === false) return false;
  if (emptyOutDir === true) return true;
  const inside = relative(root, outDir);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

export function clearOutDirInBackground(): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'cours-docker:clear-out-dir',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      if (!config || !config.build.write) return;
      const outDir = resolve(config.root, config.build.outDir);
      if (!viteEmptiesOutDir(config.root, outDir, config.build.emptyOutDir)) return;
      if (!existsSync(outDir) || existsSync(join(outDir, '.git'))) return;
      const aside = join(dirname(outDir), `.${basename(outDir)}-previous-${process.pid}-${Date.now()}`);
      try {
        renameSync(outDir, aside);
      } catch {
        return;
      }
      // Removed while the build runs; a failure leaves a hidden folder, never a wrong output.
      rm(aside, { recursive: true, force: true, maxRetries: 2 }, () => undefined);
    },
  };
}
