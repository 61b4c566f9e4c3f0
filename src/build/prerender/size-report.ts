/**
 * Measures what a first visit downloads, per route kind, from the build's
 * manifest: the entry with its static imports, plus the chunks the route needs
 * before it is interactive (a lesson body, a lazy route). Sizes are gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface RouteKind {
  name: string;
  /**
   * The chunks (manifest keys) the route needs besides the entry: its JavaScript counts those it
   * loads now, its CSS all of them (prerender-chunks.ts). A list of alternatives is measured worst-case.
   */
  needs: { now: string[]; later: string[] }[];
}

export interface RouteSize {
  name: string;
  js: number;
  css: number;
  files: string[];
}

export type Budget = Record<string, { js: number; css: number }>;

function collect(manifest: Manifest, key: string, seen: Set<string>) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) collect(manifest, child, seen);
}

function gzipSize(distDir: string, file: string, cache: Map<string, number>): number {
  let size = cache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
    cache.set(file, size);
  }
  return size;
}

export function measureRoutes(distDir: string, manifest: Manifest, kinds: RouteKind[]): RouteSize[] {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('size: the build manifest has no entry');
  const cache = new Map<string, number>();
  return kinds.map((kind) => {
    const options = kind.needs.length > 0 ? kind.needs : [{ now: [], later: [] }];
    let worst: RouteSize = { name: kind.name, js: -1, css: 0, files: [] };
    for (const extra of options) {
      const keys = new Set<string>();
      collect(manifest, entryKey, keys);
      for (const key of extra.now) collect(manifest, key, keys);
      const styled = new Set(keys);
      for (const key of extra.later) collect(manifest, key, styled);
      const js = new Set<string>();
      const css = new Set<string>();
      for (const key of keys) {
        const chunk = manifest[key];
        if (chunk?.file.endsWith('.js')) js.add(chunk.file);
      }
      for (const key of styled) for (const sheet of manifest[key]?.css ?? []) css.add(sheet);
      const jsBytes = [...js].reduce((sum, file) => sum + gzipSize(distDir, file, cache), 0);
      const cssBytes = [...css].reduce((sum, file) => sum + gzipSize(distDir, file, cache), 0);
      if (jsBytes > worst.js) worst = { name: kind.name, js: jsBytes, css: cssBytes, files: [...js, ...css] };
    }
    return worst;
  });
}

export function checkBudgets(sizes: RouteSize[], budget: Budget): string[] {
  const failures: string[] = [];
  for (const size of sizes) {
    const limit = budget[size.name];
    if (!limit) {
      failures.push(`${size.name}: no budget set`);
      continue;
    }
    if (size.js > limit.js * 1024) failures.push(`${size.name}: JS ${formatKb(size.js)} > ${limit.js} KB`);
    if (size.css > limit.css * 1024) failures.push(`${size.name}: CSS ${formatKb(size.css)} > ${limit.css} KB`);
  }
  return failures;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}
