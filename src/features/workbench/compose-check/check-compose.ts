/**
 * `checkCompose(text)`: a compose.yaml checked as `docker compose config` would, in French and in place. Three
 * passes: the YAML itself (its syntax errors at their position), the official Compose Specification schema (a
 * validator precompiled at build time, so no eval runs in the browser), then what the schema cannot see (volumes
 * and networks used but not declared, `depends_on` naming no service, one host port published twice, waiting for
 * the health of a service that has no healthcheck). Never throws.
 */
import { LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import type { Finding, LessonLink, Severity } from '../finding';
import { sortFindings } from '../finding';
import { lessons } from '../lessons';
import { validate } from './compose-schema-validator.generated.js';
import { translateSchemaErrors } from './schema-messages';
import { checkReferences } from './reference-rules';
import { locate, rangeOf, type TextRange } from './yaml-positions';

export interface ComposeContext {
  document: Document;
  lineCounter: LineCounter;
  /** A finding at the node found at `path` (its key when `at` is 'key'), or at the nearest existing ancestor. */
  findingAt(
    path: readonly string[],
    at: 'key' | 'value',
    rule: string,
    severity: Severity,
    message: string,
    lesson?: LessonLink,
  ): Finding;
  findingOn(node: Node | null, rule: string, severity: Severity, message: string, lesson?: LessonLink): Finding;
}

const start: TextRange = { line: 1, column: 1, endLine: 1, endColumn: 2 };

export function checkCompose(text: string): Finding[] {
  try {
    return sortFindings(check(text));
  } catch {
    // The checks are written not to throw; should one still do so, the learner gets a finding, not a blank panel.
    return [
      {
        rule: 'CheckFailed',
        severity: 'error',
        ...start,
        message: 'Ce fichier n’a pas pu être vérifié\u00a0: relisez son indentation et ses guillemets.',
        lesson: lessons.yamlSyntax,
      },
    ];
  }
}

function check(text: string): Finding[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, uniqueKeys: true, prettyErrors: false });
  const findingOn = (
    node: Node | null,
    rule: string,
    severity: Severity,
    message: string,
    lesson?: LessonLink,
  ): Finding => ({
    rule,
    severity,
    ...rangeOf(node, lineCounter, start),
    message,
    ...(lesson ? { lesson } : {}),
  });
  const context: ComposeContext = {
    document,
    lineCounter,
    findingOn,
    findingAt: (path, at, rule, severity, message, lesson) => {
      const found = locate(document, path);
      const node = at === 'key' && found.complete && found.key ? found.key : found.value;
      return findingOn(node, rule, severity, message, lesson);
    },
  };

  if (document.errors.length > 0) {
    return document.errors.map((error) => {
      const [from, to] = error.pos;
      const begin = lineCounter.linePos(from);
      const end = lineCounter.linePos(Math.max(to, from + 1));
      return {
        rule: 'YamlSyntax',
        severity: 'error' as const,
        line: begin.line,
        column: begin.col,
        endLine: end.line,
        endColumn: end.col,
        message: yamlMessage(error.code),
        lesson: lessons.yamlSyntax,
      };
    });
  }

  const missingAliases: Alias[] = [];
  visit(document, {
    Alias: (_key, node) => {
      if (!node.resolve(document)) missingAliases.push(node);
    },
  });
  if (missingAliases.length > 0) {
    return missingAliases.map((alias) =>
      findingOn(
        alias,
        'YamlSyntax',
        'error',
        `L’alias «\u00a0*${alias.source}\u00a0» renvoie à une ancre qui n’existe pas\u00a0: déclarez-la plus haut avec «\u00a0&${alias.source}\u00a0».`,
        lessons.yamlPitfalls,
      ),
    );
  }

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch {
    return [
      findingOn(
        null,
        'YamlSyntax',
        'error',
        'Les ancres et alias de ce fichier se répètent trop pour être lus\u00a0: simplifiez-les.',
        lessons.yamlPitfalls,
      ),
    ];
  }
  if (data === null || data === undefined) {
    return [
      findingOn(
        null,
        'EmptyCompose',
        'error',
        'Le fichier est vide\u00a0: un compose.yaml décrit au moins une clé `services` avec un service.',
        lessons.composeFile,
      ),
    ];
  }
  const findings: Finding[] = [];
  if (!validate(data)) findings.push(...translateSchemaErrors(context, validate.errors ?? []));
  findings.push(...checkReferences(context, data));
  return findings;
}

function yamlMessage(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Cette clé apparaît deux fois au même niveau\u00a0: YAML refuse les doublons, gardez-en une seule.';
    case 'TAB_AS_INDENT':
      return 'Une tabulation sert ici d’indentation\u00a0: YAML n’accepte que des espaces.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'L’indentation ou la ponctuation de cette ligne ne suit pas la structure du fichier\u00a0: alignez les clés d’un même niveau avec des espaces, et mettez un espace après chaque «\u00a0:\u00a0» et chaque «\u00a0-\u00a0».';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Une clé ne peut pas s’étendre sur plusieurs lignes\u00a0: il manque probablement un «\u00a0:\u00a0» ou une indentation à la ligne précédente.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'Une clé est mal placée\u00a0: vérifiez l’indentation et les «\u00a0:\u00a0» de cette ligne et de la précédente.';
    case 'BAD_SCALAR_START':
      return 'Cette valeur commence par un caractère réservé de YAML (comme «\u00a0*\u00a0», «\u00a0@\u00a0» ou «\u00a0`\u00a0»)\u00a0: mettez-la entre guillemets.';
    case 'MULTIPLE_DOCS':
      return 'Un compose.yaml ne contient qu’un document\u00a0: retirez la ligne «\u00a0---\u00a0» et ce qui la suit, ou mettez-le dans un autre fichier.';
    case 'BAD_DQ_ESCAPE':
      return 'Entre guillemets doubles, la barre oblique inverse commence un échappement\u00a0: doublez-la («\u00a0\\\\\u00a0») ou utilisez des guillemets simples.';
    default:
      return 'Le YAML de cette ligne ne se lit pas\u00a0: vérifiez l’indentation, les «\u00a0:\u00a0» et les guillemets.';
  }
}
