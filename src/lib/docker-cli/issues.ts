/** A command's problems, as codes with variables, and their rendering in the active language or in French. */
import { commandMessages } from './messages';

export type CommandIssueCode =
  // parse errors
  | 'empty'
  | 'notDocker'
  | 'unterminatedQuote'
  | 'shellOperator'
  | 'unknownCommand'
  | 'missingSubcommand'
  | 'unknownOption'
  | 'missingValue'
  | 'unexpectedValue'
  | 'missingArgument'
  | 'tooManyArguments'
  | 'missingContainerCommand'
  // comparison problems
  | 'wrongCommand'
  | 'missingOption'
  | 'unexpectedOption'
  | 'wrongOptionValue'
  | 'missingOptionValue'
  | 'unexpectedOptionValue'
  | 'portReversed'
  | 'wrongImage'
  | 'wrongTag'
  | 'wrongArgument'
  | 'missingArgumentValue'
  | 'unexpectedArgument'
  | 'missingCommandArgs'
  | 'wrongCommandArgs'
  | 'unexpectedCommandArgs';

export interface CommandIssue {
  code: CommandIssueCode;
  /** Placeholders of the message `quiz.cmd.<code>`; `kind` names an ArgumentKind (see formatCommandIssue). */
  vars: Record<string, string>;
}

export type TranslateFn = (key: string, vars?: Record<string, string | number>) => string;

/** Renders an issue with a translate function (the UI's `t`, or the French catalogue). */
export function formatCommandIssue(issue: CommandIssue, translate: TranslateFn): string {
  const vars: Record<string, string> = { ...issue.vars };
  if (issue.vars.kind !== undefined) vars.what = translate(`quiz.cmd.kind.${issue.vars.kind}`);
  return translate(`quiz.cmd.${issue.code}`, vars);
}

const french: TranslateFn = (key, vars) => {
  const template = commandMessages.fr[key as keyof typeof commandMessages.fr] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars?.[name];
    return value === undefined ? whole : String(value);
  });
};

/** The French sentence for an issue (build errors, `problems` arrays). */
export function describeCommandIssue(issue: CommandIssue): string {
  return formatCommandIssue(issue, french);
}
