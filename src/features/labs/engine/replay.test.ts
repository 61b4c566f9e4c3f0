/**
 * Replays every scenario recorded on a real Docker Engine (tests/fixtures/engine/*.json) on a fresh
 * simulated engine and compares each step through the shared normaliser, following `modern` where
 * today's Engine words things differently from the recording daemon.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../../tests/fixtures/engine/normalize';
import { fixtureSchema, type Fixture, type FixtureStep } from '../../../../tests/fixtures/engine/schema';
import { createEngine } from './index';
import { divergentScenarios } from './replay-divergent';

const dir = join(import.meta.dirname, '../../../../tests/fixtures/engine');
const fixtures: Fixture[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => fixtureSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))));

function expected(step: FixtureStep): { stdout: string; stderr: string; exitCode: number } {
  return {
    stdout: step.modern?.stdout ?? step.stdout,
    stderr: step.modern?.stderr ?? step.stderr,
    exitCode: step.modern?.exitCode ?? step.exitCode,
  };
}

function compare(step: FixtureStep, text: string, stream: 'stdout' | 'stderr' = 'stderr'): string {
  if (stream === 'stdout' && step.compareLines !== undefined)
    text = text.split('\n').slice(0, step.compareLines).join('\n');
  const options = {
    normalizeAddresses: step.normalizeAddresses ?? false,
    normalizePorts: step.normalizePorts ?? false,
    normalizeNumbers: step.normalizeNumbers ?? false,
  };
  // Names Docker generates (adjective_surname) are random like IDs: in the NAMES column they compare as <name>.
  const normalized = normalize(text, options).replace(/(?<=\s)[a-z]+_[a-z]+$/gm, '<name>');
  if (step.compare === 'lines-unordered') return normalized.split('\n').sort().join('\n');
  return normalized;
}

test('there are recorded scenarios to replay', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

test('every scenario listed as divergent exists', () => {
  const ids = new Set(fixtures.map((fixture) => fixture.id));
  expect([...divergentScenarios].filter((id) => !ids.has(id))).toEqual([]);
});

describe.each(fixtures.map((fixture) => [fixture.id, fixture] as const))('%s', (_id, fixture) => {
  const replay = divergentScenarios.has(fixture.id) ? test.fails : test;
  replay(fixture.title, () => {
    const engine = createEngine({ images: fixture.images, hostFiles: fixture.hostFiles ?? {} });
    fixture.steps.forEach((step, index) => {
      if (step.waitMs > 0) engine.tick(step.waitMs);
      const got = engine.run(step.command);
      const want = expected(step);
      const where = `${fixture.id} step ${index + 1}: ${step.command}`;
      expect(got.exitCode, `${where} (exit status)`).toBe(want.exitCode);
      if (step.compare === 'exit-only') return;
      expect(compare(step, got.stdout, 'stdout'), `${where} (stdout)`).toBe(compare(step, want.stdout, 'stdout'));
      expect(compare(step, got.stderr), `${where} (stderr)`).toBe(compare(step, want.stderr));
    });
  });
});
