/** Two parsed commands compared, order-insensitive for options, and a learner's answer checked against the expected ones. */
import { commandDisplay, composeGlobalOptions, specOf, type CommandName, type OptionSpec } from './commands';
import { describeCommandIssue, type CommandIssue } from './issues';
import { isReversedPort, repositoryOf } from './normalize';
import { parseDockerCommand, type ParsedCommand, type ParsedOption } from './parse';

export interface CommandComparison {
  ok: boolean;
  issues: CommandIssue[];
  /** The same problems as French sentences. */
  problems: string[];
}

function optionLabel(option: ParsedOption): string {
  return option.raw === null ? option.flag : `${option.flag} ${option.raw}`;
}

function groupOptions(options: readonly ParsedOption[]): Map<string, ParsedOption[]> {
  const groups = new Map<string, ParsedOption[]>();
  for (const option of options) {
    const group = groups.get(option.name);
    if (group) group.push(option);
    else groups.set(option.name, [option]);
  }
  return groups;
}

function optionSpecFor(command: CommandName, name: string): OptionSpec | undefined {
  const all = command.startsWith('compose ')
    ? [...composeGlobalOptions, ...specOf(command).options]
    : specOf(command).options;
  return all.find((option) => option.long === name);
}

function compareOptions(expected: ParsedCommand, given: ParsedCommand): CommandIssue[] {
  const issues: CommandIssue[] = [];
  const expectedGroups = groupOptions(expected.options);
  const givenGroups = groupOptions(given.options);
  for (const [name, wanted] of expectedGroups) {
    const got = givenGroups.get(name);
    const first = wanted[0] as ParsedOption;
    if (!got) {
      for (const option of wanted) issues.push({ code: 'missingOption', vars: { option: optionLabel(option) } });
      continue;
    }
    if (first.value === null) continue;
    const spec = optionSpecFor(expected.command, name);
    if (!spec?.repeatable) {
      const gotFirst = got[0] as ParsedOption;
      if (gotFirst.value === first.value) continue;
      if (spec?.value === 'port' && isReversedPort(first.value, gotFirst.value ?? '')) {
        issues.push({ code: 'portReversed', vars: { expected: first.raw ?? '' } });
      } else {
        issues.push({
          code: 'wrongOptionValue',
          vars: { option: gotFirst.flag, expected: first.raw ?? '', given: gotFirst.raw ?? '' },
        });
      }
      continue;
    }
    // Repeatable options (-p, -e, -v…): compare as multisets of normalised values.
    const missing = [...wanted];
    const extra: ParsedOption[] = [];
    for (const option of got) {
      const index = missing.findIndex((candidate) => candidate.value === option.value);
      if (index === -1) extra.push(option);
      else missing.splice(index, 1);
    }
    for (const option of missing) {
      const reversedIndex =
        spec.value === 'port'
          ? extra.findIndex((candidate) => isReversedPort(option.value ?? '', candidate.value ?? ''))
          : -1;
      if (reversedIndex !== -1) {
        extra.splice(reversedIndex, 1);
        issues.push({ code: 'portReversed', vars: { expected: option.raw ?? '' } });
      } else {
        issues.push({ code: 'missingOptionValue', vars: { option: optionLabel(option) } });
      }
    }
    for (const option of extra) issues.push({ code: 'unexpectedOptionValue', vars: { option: optionLabel(option) } });
  }
  for (const [name, got] of givenGroups) {
    if (expectedGroups.has(name)) continue;
    for (const option of got) issues.push({ code: 'unexpectedOption', vars: { option: optionLabel(option) } });
  }
  return issues;
}

function compareArguments(expected: ParsedCommand, given: ParsedCommand): CommandIssue[] {
  const issues: CommandIssue[] = [];
  const count = Math.max(expected.args.length, given.args.length);
  for (let i = 0; i < count; i++) {
    const want = expected.args[i];
    const got = given.args[i];
    if (want && !got) {
      issues.push({ code: 'missingArgumentValue', vars: { kind: want.kind, expected: want.raw } });
    } else if (!want && got) {
      issues.push({ code: 'unexpectedArgument', vars: { given: got.raw } });
    } else if (want && got && want.value !== got.value) {
      if (want.kind === 'image' && repositoryOf(want.value) === repositoryOf(got.value)) {
        issues.push({ code: 'wrongTag', vars: { expected: want.value, given: got.value } });
      } else if (want.kind === 'image') {
        issues.push({ code: 'wrongImage', vars: { expected: want.raw, given: got.raw } });
      } else {
        issues.push({ code: 'wrongArgument', vars: { kind: want.kind, expected: want.raw, given: got.raw } });
      }
    }
  }
  const wantRest = expected.rest.join(' ');
  const gotRest = given.rest.join(' ');
  if (wantRest !== gotRest) {
    if (gotRest === '') issues.push({ code: 'missingCommandArgs', vars: { expected: wantRest } });
    else if (wantRest === '') issues.push({ code: 'unexpectedCommandArgs', vars: { given: gotRest } });
    else issues.push({ code: 'wrongCommandArgs', vars: { expected: wantRest, given: gotRest } });
  }
  return issues;
}

function comparison(issues: CommandIssue[]): CommandComparison {
  return { ok: issues.length === 0, issues, problems: issues.map(describeCommandIssue) };
}

/**
 * `docker inspect` reads any object; on a container it does what `docker container inspect` does, so a
 * quiz answer written one way accepts the other.
 */
const sameCommands: readonly (readonly CommandName[])[] = [['inspect', 'container inspect']];

function sameCommand(expected: CommandName, given: CommandName): boolean {
  return expected === given || sameCommands.some((group) => group.includes(expected) && group.includes(given));
}

/** Order-insensitive for options, order-sensitive for positional arguments. */
export function compareDockerCommands(expected: ParsedCommand, given: ParsedCommand): CommandComparison {
  if (!sameCommand(expected.command, given.command)) {
    return comparison([
      {
        code: 'wrongCommand',
        vars: { expected: commandDisplay(expected.command), given: commandDisplay(given.command) },
      },
    ]);
  }
  return comparison([...compareOptions(expected, given), ...compareArguments(expected, given)]);
}

export interface CommandCheck extends CommandComparison {
  /** True when the input itself could not be read as a supported docker command. */
  parseError: boolean;
  /** The accepted command (answer or alternative) closest to the input, null on parse errors. */
  matched: string | null;
}

/** Tries the answer and each alternative; an exact match wins, otherwise the closest one (fewest issues). */
export function checkCommandAnswer(
  question: { answer: string; alternatives: readonly string[] },
  input: string,
): CommandCheck {
  const given = parseDockerCommand(input);
  if (!given.ok) return { ...comparison([given.error]), parseError: true, matched: null };
  let best: CommandCheck | null = null;
  for (const candidate of [question.answer, ...question.alternatives]) {
    const expected = parseDockerCommand(candidate);
    if (!expected.ok) continue;
    const result = compareDockerCommands(expected.command, given.command);
    if (result.ok) return { ...result, parseError: false, matched: candidate };
    if (!best || result.issues.length < best.issues.length) best = { ...result, parseError: false, matched: candidate };
  }
  return best ?? { ...comparison([]), ok: false, parseError: false, matched: null };
}
