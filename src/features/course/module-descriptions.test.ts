import { expect, test } from 'vitest';
import { loadModuleDescriptions } from './module-descriptions';

test('a module’s descriptions come from its own chunk, by lesson id', async () => {
  const descriptions = await loadModuleDescriptions('virtualisation');
  expect(descriptions['virt-definition']).toMatch(/virtualiser/);
  expect(Object.keys(descriptions).every((id) => id.startsWith('virt-'))).toBe(true);
});

test('a path that names no module, an object’s own key included, has no descriptions and throws nothing', async () => {
  for (const slug of ['inconnu', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    await expect(loadModuleDescriptions(slug)).resolves.toEqual({});
  }
});
