// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearOutDirInBackground, viteEmptiesOutDir } from './clear-out-dir';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'clear-out-dir-'));
  folders.push(root);
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
  return root;
}

function startBuild(root: string, build: Partial<ResolvedConfig['build']> = {}) {
  const plugin = clearOutDirInBackground();
  const config = { root, build: { outDir: 'dist', write: true, emptyOutDir: null, ...build } } as ResolvedConfig;
  (plugin.configResolved as (config: ResolvedConfig) => void)(config);
  (plugin.buildStart as () => void)();
}

describe('the previous output, cleared in the background', () => {
  it('follows Vite’s rule for emptying the output folder', () => {
    expect(viteEmptiesOutDir('/p', '/p/dist', null)).toBe(true);
    expect(viteEmptiesOutDir('/p', '/p/bench/tmp/dist', undefined)).toBe(true);
    expect(viteEmptiesOutDir('/p', '/autre/dist', null)).toBe(false);
    expect(viteEmptiesOutDir('/p', '/p', null)).toBe(false);
    expect(viteEmptiesOutDir('/p', '/autre/dist', true)).toBe(true);
    expect(viteEmptiesOutDir('/p', '/p/dist', false)).toBe(false);
  });

  it('moves the output aside as the build starts and removes it, leaving nothing behind', async () => {
    const root = project(['dist/index.html', 'dist/a/b/index.html', 'src/main.tsx']);
    startBuild(root);
    expect(existsSync(join(root, 'dist'))).toBe(false);
    await vi.waitFor(() => expect(readdirSync(root)).toEqual(['src']));
  });

  it('leaves alone an output Vite would not empty, or one holding a .git', () => {
    const kept = project(['dist/index.html']);
    startBuild(kept, { emptyOutDir: false });
    expect(readdirSync(join(kept, 'dist'))).toEqual(['index.html']);
    const withGit = project(['dist/index.html', 'dist/.git/HEAD']);
    startBuild(withGit);
    expect(readdirSync(join(withGit, 'dist')).sort()).toEqual(['.git', 'index.html']);
    const noWrite = project(['dist/index.html']);
    startBuild(noWrite, { write: false });
    expect(readdirSync(join(noWrite, 'dist'))).toEqual(['index.html']);
  });
});
