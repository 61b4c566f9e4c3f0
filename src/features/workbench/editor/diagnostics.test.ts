import { Text } from '@codemirror/state';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../finding';
import { offsetOf, toDiagnostics } from './diagnostics';
import { fileKind, findingsFor } from './file-kind';

const labels = { lessonLink: 'Voir la leçon', lessonHref: () => '/x' };

describe('offsetOf', () => {
  test('a line and column name their place in the document', () => {
    const doc = Text.of(['FROM node:22', 'WORKDIR app']);
    expect(offsetOf(doc, 1, 1)).toBe(0);
    expect(offsetOf(doc, 2, 9)).toBe(21);
    expect(doc.sliceString(offsetOf(doc, 2, 9), offsetOf(doc, 2, 12))).toBe('app');
  });

  test('any line and column, however wrong, stay inside the document and their line', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: -5, max: 20 }),
        fc.integer({ min: -5, max: 40 }),
        (lines, line, column) => {
          const doc = Text.of(lines);
          const at = offsetOf(doc, line, column);
          const docLine = doc.lineAt(at);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(doc.length);
          expect(docLine.number).toBe(Math.min(Math.max(1, line), doc.lines));
        },
      ),
    );
  });
});

test('toDiagnostics keeps the severity, the rule and the French message, never before its start', () => {
  const doc = Text.of(['FROM node:latest']);
  const finding: Finding = {
    rule: 'DL3007',
    severity: 'warning',
    line: 1,
    column: 11,
    endLine: 1,
    endColumn: 17,
    message: 'Le tag « latest »…',
  };
  const backwards: Finding = { ...finding, rule: 'X', column: 5, endColumn: 2 };
  expect(
    toDiagnostics(doc, [finding, backwards], labels).map(({ from, to, severity, source, message }) => ({
      from,
      to,
      severity,
      source,
      message,
    })),
  ).toEqual([
    { from: 10, to: 16, severity: 'warning', source: 'DL3007', message: 'Le tag « latest »…' },
    { from: 4, to: 4, severity: 'warning', source: 'X', message: 'Le tag « latest »…' },
  ]);
});

test('the file name chooses the checker', () => {
  expect(fileKind('Dockerfile')).toBe('dockerfile');
  expect(fileKind('api/Dockerfile.prod')).toBe('dockerfile');
  expect(fileKind('build.dockerfile')).toBe('dockerfile');
  expect(fileKind('compose.yaml')).toBe('compose');
  expect(fileKind('docker-compose.yml')).toBe('compose');
  expect(fileKind('compose.override.yaml')).toBe('compose');
  expect(fileKind('config.yml')).toBe('yaml');
  expect(fileKind('.dockerignore')).toBe('text');
  expect(fileKind('server.js')).toBe('text');
  expect(findingsFor('server.js', 'FROM node:latest')).toEqual([]);
  expect(findingsFor('Dockerfile', 'FROM node:latest\nUSER node').map((f) => f.rule)).toEqual(['DL3007']);
});
