/**
 * `npx tsx scripts/compile-compose-schema.ts`: regenerates the Compose validator the workbench runs in the
 * browser from the vendored schema (src/features/workbench/compose-check/schema/). Run it after updating the
 * schema, and commit the result: compose-schema-validator.test.ts fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeValidatorPath, composeValidatorSource } from '../src/build/workbench/compose-validator-code';

const source = composeValidatorSource();
writeFileSync(composeValidatorPath, source);
console.log(`${fileURLToPath(composeValidatorPath)}: ${(source.length / 1024).toFixed(0)} kB`);
