// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { findTypographyIssues, maskCodeSpans } from '../../../build/checks/french-typography';
import { lintDockerfile } from './lint-dockerfile';
import { looksLikeSecret } from './instruction-rules';

const at = (text: string) =>
  lintDockerfile(text).map((finding) => [
    finding.rule,
    finding.severity,
    `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`,
  ]);

test.each([
  [
    'FROM node\n',
    [
      ['DL3006', 'warning', '1:6-1:10'],
      ['NoUser', 'info', '1:1-1:10'],
    ],
  ],
  ['FROM node:latest\nUSER node\n', [['DL3007', 'warning', '1:11-1:17']]],
  ['FROM node:latest@sha256:abc\nUSER node\n', []],
  ['FROM alpine:3.24\nWORKDIR app\nUSER 1\n', [['DL3000', 'error', '2:9-2:12']]],
  ['FROM alpine:3.24\nWORKDIR /app\nRUN cd src && make\nUSER 1\n', [['DL3003', 'warning', '3:5-3:7']]],
  [
    'FROM debian:13\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=8.14 \\\n && rm -rf /var/lib/apt/lists/*\nUSER 1\n',
    [],
  ],
  [
    'FROM debian:13\nRUN apt-get update \\\n && apt-get install curl\nUSER 1\n',
    [
      ['DL3009', 'info', '2:1-2:4'],
      ['DL3014', 'warning', '3:5-3:12'],
      ['DL3015', 'info', '3:5-3:12'],
      ['DL3008', 'warning', '3:21-3:25'],
    ],
  ],
  ['FROM alpine:3.24\nRUN apk add --no-cache curl=8.14.1-r1\nUSER 1\n', []],
  [
    'FROM alpine:3.24\nCOPY a b dest\nUSER 1\n',
    [
      ['DL3045', 'warning', '2:10-2:14'],
      ['DL3021', 'error', '2:10-2:14'],
    ],
  ],
  ['FROM alpine:3.24\nCMD echo bonjour\nUSER 1\n', [['DL3025', 'warning', '2:5-2:17']]],
  ['FROM alpine:3.24\nENTRYPOINT ["/bin/app"]\nUSER 1\n', []],
  ['FROM alpine:3.24\nRUN wget -qO- https://x.org/a | sh\nUSER 1\n', [['DL4006', 'warning', '2:31-2:32']]],
  ['FROM alpine:3.24\nRUN set -o pipefail && wget -qO- https://x.org/a | sh\nUSER 1\n', []],
  ['FROM alpine:3.24\nRUN a || b\nUSER 1\n', []],
  ['FROM alpine:3.24\nEXPOSE 3000 8125/udp 80-90\nUSER 1\n', []],
  ['FROM alpine:3.24\nARG GITHUB_TOKEN\nUSER 1\n', [['SecretsUsedInArgOrEnv', 'warning', '2:5-2:17']]],
  ['from alpine:3.24 AS build\nuser 1\n', [['FromAsCasing', 'warning', '1:18-1:20']]],
  ['FROM alpine:3.24\nRUN echo a\nRUN --mount=type=cache,target=/root/.cache echo b\nUSER 1\n', []],
  ['', []],
  ['# rien que des commentaires\n', []],
])('%j', (text, findings) => {
  expect(at(text).sort()).toEqual([...findings].sort());
});

test('a RUN as a heredoc is read line by line', () => {
  expect(at('FROM alpine:3.24\nRUN <<EOF\napk add curl\ncd /tmp\nEOF\nUSER 1\n')).toEqual([
    ['DL3019', 'info', '3:1-3:4'],
    ['DL3018', 'warning', '3:9-3:13'],
    ['DL3003', 'warning', '4:1-4:3'],
  ]);
});

test('the escape directive changes the line continuation', () => {
  expect(at('# escape=`\nFROM alpine:3.24\nRUN apk add `\n  --no-cache curl=1\nUSER 1\n')).toEqual([]);
});

test('the exec form with a shell command is not reported twice (DL3025 is BuildKit’s JSONArgsRecommended)', () => {
  const rules = lintDockerfile('FROM alpine:3.24\nUSER 1\nCMD sh -c "x"\n').map((finding) => finding.rule);
  expect(rules).toEqual(['DL3025']);
});

test.each([
  ['DB_PASSWORD', true],
  ['API_KEY', true],
  ['AWS_SECRET_ACCESS_KEY', true],
  ['NPM_TOKEN', true],
  ['POSTGRES_PASSWORD_FILE', false],
  ['KEYBOARD_LAYOUT', false],
  ['PUBLIC_KEY', false],
  ['NODE_ENV', false],
  ['MONKEY', false],
])('%s looks like a secret: %s', (key, secret) => {
  expect(looksLikeSecret(key)).toBe(secret);
});

const corpus = new URL('../../../../tests/fixtures/dockerfiles/', import.meta.url);
const corpusTexts = readdirSync(corpus)
  .filter((name) => name.endsWith('.Dockerfile'))
  .map((name) => readFileSync(new URL(name, corpus), 'utf8'));
const corpusFindings = corpusTexts.flatMap((text) => lintDockerfile(text));

test('the corpus exercises every rule the workbench promises', () => {
  const expected = parse(readFileSync(new URL('expected.yaml', corpus), 'utf8')) as Record<string, string[]>;
  const seen = new Set(Object.values(expected).flatMap((list) => list.map((entry) => entry.split(' ')[0])));
  for (const rule of [
    'DL3000',
    'DL3002',
    'DL3003',
    'DL3004',
    'DL3006',
    'DL3007',
    'DL3008',
    'DL3009',
    'DL3014',
    'DL3015',
    'DL3018',
    'DL3019',
    'DL3020',
    'DL3022',
    'DL3025',
    'DL3042',
    'DL3045',
    'DL3059',
    'DL4000',
    'DL4003',
    'DL4006',
    'SecretsUsedInArgOrEnv',
    'ExposeInvalidFormat',
    'FromAsCasing',
    'UnknownInstruction',
    'DL3061',
  ]) {
    expect(seen, rule).toContain(rule);
  }
});

test('every message is a French sentence with the house typography, and links a lesson', () => {
  expect(corpusFindings.length).toBeGreaterThan(50);
  for (const finding of corpusFindings) {
    expect(findTypographyIssues(finding.message, { mask: maskCodeSpans(finding.message) }), finding.message).toEqual(
      [],
    );
    expect(finding.message).toMatch(/^[«A-ZÀ-Ý`].*[.)]$/u);
    expect(finding.lesson, finding.rule).toBeDefined();
  }
});

test('any text gives findings inside the text and never throws', () => {
  const dockerfileish = fc.array(
    fc.oneof(
      fc.constantFrom(
        'FROM',
        'RUN',
        'COPY',
        'ADD',
        'CMD',
        'USER',
        'WORKDIR',
        'ENV',
        'ARG',
        'EXPOSE',
        'SHELL',
        'from',
        'AS',
        '--from=0',
        '<<EOF',
        'EOF',
      ),
      fc.constantFrom('\\\n', '\n', ' ', '"', "'", '[', ']', '|', '&&', '#', '`', '$', '${', '=', ':', '/', '\r\n'),
      fc.string(),
    ),
    { maxLength: 60 },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        dockerfileish.map((parts) => parts.join('')),
        fc.string(),
      ),
      (text) => {
        const lines = text.split('\n');
        for (const finding of lintDockerfile(text)) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.line).toBeLessThanOrEqual(lines.length);
          expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.endLine * 100000 + finding.endColumn).toBeGreaterThan(finding.line * 100000 + finding.column);
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('lints in a browser, without Node’s Buffer, and still skips a byte order mark', () => {
  const buffer = globalThis.Buffer;
  // @ts-expect-error -- a browser has no Buffer
  delete globalThis.Buffer;
  try {
    expect(lintDockerfile('FROM node:latest\nUSER node\n').map((finding) => finding.rule)).toEqual(['DL3007']);
    expect(lintDockerfile('\uFEFFFROM node:latest\nUSER node\n').map((finding) => finding.rule)).toEqual(['DL3007']);
  } finally {
    globalThis.Buffer = buffer;
  }
});
