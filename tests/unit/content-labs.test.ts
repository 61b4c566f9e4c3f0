// @vitest-environment node
/**
 * Every lab of the course can be completed on the simulated engine: its solution, typed command
 * after command, turns each step done in order, and no step is done before its own command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseLesson } from '../../src/build/content/lesson-analysis';
import { labSourceOptions } from '../../src/build/content/lab-options';
import { createEngine } from '../../src/features/labs/engine/index';
import { advanceSteps } from '../../src/features/labs/lab-checks';
import type { LabDefinition } from '../../src/features/labs/lab-schema';
import { parseLabSource } from '../../src/features/labs/parse-lab-source';
import { sameCommand } from '../../src/features/labs/same-command';
import { findingsFor } from '../../src/features/workbench/editor/file-kind';
import { labWrites, solutions } from '../fixtures/lab-solutions';

/** Lines a lab asks the learner to run to see them fail. */
const failing = new Set([
  'docker exec api ping -c 1 db',
  // Killed by the kernel: docker run returns the container's 137.
  'docker run --name gourmand -m 32m alpine:3.24 tail /dev/zero',
]);

function courseLabs(): { file: string; lab: LabDefinition }[] {
  const root = join(import.meta.dirname, '../../content');
  const labs: { file: string; lab: LabDefinition }[] = [];
  for (const module of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(root, module.name)).filter((name) => name.endsWith('.mdx'))) {
      const analysis = analyseLesson(readFileSync(join(root, module.name, file), 'utf8'));
      for (const block of analysis.labBlocks) {
        const { lab, errors } = parseLabSource(block.source, labSourceOptions);
        expect(errors).toEqual([]);
        if (lab) labs.push({ file: `${module.name}/${file}`, lab });
      }
    }
  }
  return labs;
}

/** Real time between two commands typed by a fast learner. */
const FAST_TYPIST_MS = 300;

const labs = courseLabs();

test('the course has at least 8 labs, each with a solution here', () => {
  expect(labs.length).toBeGreaterThanOrEqual(8);
  expect(labs.map(({ lab }) => lab.id).sort()).toEqual(Object.keys(solutions).sort());
});

describe.each(labs)('$file: $lab.id', ({ lab }) => {
  test('its solution completes every step in order, none before its own commands', () => {
    const engine = createEngine(lab.setup, { seed: 1 });
    const done = new Set<string>();
    const lines: string[] = [];
    const check = () =>
      advanceSteps(lab.steps, done, {
        view: engine.view(),
        commands: lines,
        sameCommand,
        findings: findingsFor,
      }).forEach((id) => done.add(id));
    check();
    expect([...done], 'no step is done before any command').toEqual([]);
    const solution = solutions[lab.id] ?? {};
    for (const step of lab.steps) {
      const commands = solution[step.id] ?? [];
      expect(commands.length, `a solution for step ${step.id}`).toBeGreaterThan(0);
      // What the learner writes in the editor first (the editor writes the lab folder, then the steps are checked).
      const files = labWrites[lab.id]?.[step.id];
      if (files) {
        expect(lab.editor, 'a lab whose solution writes files has an editor').toBeDefined();
        for (const path of Object.keys(files)) expect(lab.editor).toContain(path);
        expect(engine.writeHostFiles(files, 'merge').refused).toEqual([]);
        check();
      }
      for (const line of commands) {
        // The browser ticks the real time elapsed since the previous command, and none before the
        // first: a fast typist (or a test that fills the line) gives a few hundred milliseconds.
        if (lines.length > 0) engine.tick(FAST_TYPIST_MS);
        const result = engine.run(line);
        expect(result.exitCode !== 0, `${line}\n${result.stderr}`).toBe(failing.has(line));
        lines.push(line);
        check();
      }
      expect(done.has(step.id), `step ${step.id} done after its commands`).toBe(true);
    }
    expect(done.size).toBe(lab.steps.length);
  });
});
