/**
 * `lintDockerfile(text)`: what a professional's linter would say about a Dockerfile, in French, each finding at
 * its exact place and linked to the lesson section that teaches it. The rules are our own, written from the
 * documented behaviour of hadolint's rules and BuildKit's build checks, whose names they keep so a learner can
 * look them up. Never throws: a Dockerfile that would not build gives error findings, not an exception.
 */
import { DockerfileParser, type Dockerfile, type Instruction } from 'dockerfile-ast';
import { Util } from 'dockerfile-ast/lib/util.js';
import type { Finding } from '../finding';
import { sortFindings } from '../finding';
import { checkInstruction } from './instruction-rules';
import { checkStages } from './stage-rules';
import { createContext, type LintContext } from './lint-context';

// dockerfile-ast (0.7.1) tests for a byte order mark with Node's `Buffer`, which a browser does not have: every
// parse would throw there. The same test, on the string itself (a BOM read as UTF-8 is the character U+FEFF).
Util.isUTF8BOM = (char: string) => char === '\uFEFF';

export function lintDockerfile(text: string): Finding[] {
  let dockerfile: Dockerfile;
  try {
    dockerfile = DockerfileParser.parse(text);
  } catch {
    return [
      {
        rule: 'ParseError',
        severity: 'error',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        message: 'Ce Dockerfile n’a pas pu être lu\u00a0: vérifiez les guillemets, les crochets et les fins de ligne.',
      },
    ];
  }
  const context: LintContext = createContext(text, dockerfile);
  const findings: Finding[] = [];
  const instructions: Instruction[] = dockerfile.getInstructions();
  for (const instruction of instructions) findings.push(...checkInstruction(context, instruction));
  findings.push(...checkStages(context));
  return sortFindings(dedupe(findings));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}:${finding.line}:${finding.column}:${finding.endLine}:${finding.endColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
