// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { composeValidatorPath, composeValidatorSource } from '../../../build/workbench/compose-validator-code';

const committed = readFileSync(composeValidatorPath, 'utf8');

test('the committed validator is the one the vendored schema gives (else: npx tsx scripts/compile-compose-schema.ts)', () => {
  expect(committed === composeValidatorSource()).toBe(true);
});

test('the validator runs under the strict CSP: no eval, no Function constructor, no require', () => {
  expect(committed).not.toMatch(/\beval\s*\(|new Function|\bFunction\s*\(|require\(/);
});
