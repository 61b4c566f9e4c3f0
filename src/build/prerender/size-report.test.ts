import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkBudgets, measureRoutes, type Manifest } from './size-report';

function fakeBuild() {
  const dist = mkdtempSync(join(tmpdir(), 'size-'));
  mkdirSync(join(dist, 'assets'));
  // Random-looking content so gzip cannot shrink it to nothing.
  const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 104729).toString(36)).join(',');
  writeFileSync(join(dist, 'assets/index.js'), noise(4000));
  writeFileSync(join(dist, 'assets/vendor.js'), noise(6000));
  writeFileSync(join(dist, 'assets/lesson.js'), noise(2000));
  writeFileSync(join(dist, 'assets/index.css'), noise(500));
  writeFileSync(join(dist, 'assets/quiz.js'), noise(3000));
  writeFileSync(join(dist, 'assets/quiz.css'), noise(300));
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor'], css: ['assets/index.css'] },
    _vendor: { file: 'assets/vendor.js' },
    'content/a/b.mdx': { file: 'assets/lesson.js', imports: ['_vendor'] },
    'src/quiz.tsx': { file: 'assets/quiz.js', css: ['assets/quiz.css'] },
  };
  return { dist, manifest };
}

test('a first visit counts the entry, its imports and the route chunk, once each', () => {
  const { dist, manifest } = fakeBuild();
  const [home, lesson] = measureRoutes(dist, manifest, [
    { name: 'home', needs: [] },
    { name: 'lesson', needs: [{ now: ['content/a/b.mdx'], later: [] }] },
  ]);
  expect(home?.files.sort()).toEqual(['assets/index.css', 'assets/index.js', 'assets/vendor.js']);
  expect(lesson!.js).toBeGreaterThan(home!.js);
  expect(lesson!.css).toBe(home!.css);
});

test('a chunk loaded later counts in the CSS of the first visit, not in its JavaScript', () => {
  const { dist, manifest } = fakeBuild();
  const [now, later] = measureRoutes(dist, manifest, [
    { name: 'now', needs: [{ now: ['content/a/b.mdx', 'src/quiz.tsx'], later: [] }] },
    { name: 'later', needs: [{ now: ['content/a/b.mdx'], later: ['src/quiz.tsx'] }] },
  ]);
  expect(now!.files).toContain('assets/quiz.js');
  expect(later!.files).not.toContain('assets/quiz.js');
  expect(later!.files).toContain('assets/quiz.css');
  expect(later!.js).toBeLessThan(now!.js);
  expect(later!.css).toBe(now!.css);
});

test('the size check fails when a budget is too small, and passes when it is generous', () => {
  const { dist, manifest } = fakeBuild();
  const sizes = measureRoutes(dist, manifest, [{ name: 'home', needs: [] }]);
  expect(checkBudgets(sizes, { home: { js: 0.1, css: 100 } })).toEqual([
    expect.stringMatching(/^home: JS .* > 0.1 KB$/),
  ]);
  expect(checkBudgets(sizes, { home: { js: 1000, css: 1000 } })).toEqual([]);
  expect(checkBudgets(sizes, {})).toEqual(['home: no budget set']);
});
