/**
 * A content problem as instructors read it: `file:line:col  message`.
 * Every check reports through this shape so output stays uniform.
 */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.message}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}

/** One message for a whole list, as the build and the dev overlay show it. */
export function formatProblemReport(problems: ContentProblem[]): string {
  const lines = sortProblems(problems).map(formatProblem);
  const count = problems.length;
  lines.push(`${count} problème${count > 1 ? 's' : ''} dans le contenu.`);
  return lines.join('\n');
}
