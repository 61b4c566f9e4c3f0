/**
 * A lab as the build validated it and the page receives it (plain JSON, serialised into the
 * lesson's chunk by src/build/mdx/remark-course.ts). Written by instructors as a ```lab YAML block.
 */
import type { LabCheck } from './lab-checks';
import type { LabSetup } from './engine-api';

export interface LabStep {
  /** Kebab-case, unique in the lab: the learner's progress is kept under it. */
  id: string;
  /** What to do, in French; `code` between backticks. */
  goal: string;
  /** At least one; revealed one at a time on demand. */
  hints: string[];
  check: LabCheck;
  /** Shown once the step is done. */
  explanation: string;
}

export interface LabDefinition {
  id: string;
  title: string;
  setup: Required<LabSetup>;
  /** The lab folder's files the learner edits in the workbench editor (paths relative to the folder), if any. */
  editor?: string[];
  steps: LabStep[];
}

/** One command of a saved session: the line and when it ran (simulated ms since the session started). */
export interface LabSessionEntry {
  line: string;
  at: number;
}

/** Bounds of a saved session (the engine refuses longer lines anyway). */
export const MAX_SESSION_COMMANDS = 500;
export const MAX_LINE_LENGTH = 4096;

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
