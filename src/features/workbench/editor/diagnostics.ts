/**
 * A checker's findings as CodeMirror diagnostics (pure, apart from the DOM of the message, made with
 * text nodes only: a finding's text is never read as HTML).
 */
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Finding, LessonLink } from '../finding';

/** The offset in the document of a 1-based line and column, kept inside the document and the line. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const safeLine = Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines);
  const at = doc.line(safeLine);
  return Math.min(at.from + Math.max(0, (Math.trunc(column) || 1) - 1), at.to);
}

export interface DiagnosticLabels {
  lessonLink: string;
  lessonHref: (link: LessonLink) => string;
}

export function toDiagnostics(doc: Text, findings: readonly Finding[], labels: DiagnosticLabels): Diagnostic[] {
  return findings.map((finding) => {
    const from = offsetOf(doc, finding.line, finding.column);
    const end = offsetOf(doc, finding.endLine, finding.endColumn);
    const lesson = finding.lesson;
    return {
      from,
      to: Math.max(from, end),
      severity: finding.severity,
      source: finding.rule,
      message: finding.message,
      renderMessage: () => {
        const box = document.createElement('span');
        box.append(document.createTextNode(finding.message));
        if (lesson) {
          const link = document.createElement('a');
          link.href = labels.lessonHref(lesson);
          link.textContent = labels.lessonLink;
          box.append(document.createTextNode(' '), link);
        }
        return box;
      },
    };
  });
}
