import { expect, test } from 'vitest';
import { pageUrlForPrecache } from './pwa-plugin';

test.each([
  ['virtualisation/definition/index.html', 'virtualisation/definition'],
  ['glossaire/index.html', 'glossaire'],
  ['index.html', 'index.html'],
  ['404.html', '404.html'],
  ['assets/index-abc.js', 'assets/index-abc.js'],
])('the page %s is precached under its link form %s', (url, expected) => {
  expect(pageUrlForPrecache(url)).toBe(expected);
});
