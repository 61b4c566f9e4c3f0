/**
 * What the workbench's checkers report, and the two entry points the editor consumes.
 *
 * - `lintDockerfile(text)` in `dockerfile-lint/lint-dockerfile.ts`: a Dockerfile's findings, rules named after
 *   hadolint's ids (DL3008…) and BuildKit's build checks (SecretsUsedInArgOrEnv…), plus the syntax errors a
 *   build would stop on.
 * - `checkCompose(text)` in `compose-check/check-compose.ts`: a compose.yaml's findings, from the official
 *   Compose Specification schema (precompiled, no eval under the CSP) and the checks the schema cannot make.
 *
 * Both are pure (data in, data out, no React, no I/O) and never throw: any text, however broken, gives a list
 * of findings, sorted by position. Each module is imported directly (no barrel), so the editor's chunk pulls only
 * what it uses; neither belongs in a first load.
 */

export type Severity = 'error' | 'warning' | 'info';

/** A lesson section of the course, as the router addresses it: `/module/lesson` and a heading's anchor. */
export interface LessonLink {
  path: string;
  anchor: string;
}

/** One problem at one place in the text. Lines and columns are 1-based; the end is exclusive. */
export interface Finding {
  /** The rule's id: hadolint's (`DL3007`), BuildKit's (`ExposeInvalidFormat`) or ours (`YamlSyntax`). */
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** A French sentence saying what is wrong and why it matters. */
  message: string;
  /** The lesson section that teaches it. */
  lesson?: LessonLink;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings in reading order: by position, then the most severe first, then by rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      severityOrder[a.severity] - severityOrder[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}
