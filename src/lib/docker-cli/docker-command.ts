/**
 * Parses and compares Docker command lines, so a `command` question accepts every
 * equivalent spelling of the expected command (flag order, -d/--detach, -it, --publish=…,
 * docker ps ≡ docker container ls, docker-compose ≡ docker compose) and explains, in
 * French, what differs when it does not. Pure: no React, no I/O.
 *
 * Problems are returned twice: as structured issues (code + variables, rendered by the UI
 * with `t('quiz.cmd.<code>')` in the active language) and as French sentences built from
 * the same catalogue entries.
 *
 * The public face of this folder, one file per concern:
 * - issues.ts: the problems' codes, and their rendering;
 * - commands.ts: the table of commands, their options and arguments, and the words naming them;
 * - tokenizer.ts: a command line split into words, as a shell would;
 * - normalize.ts: values reduced to one spelling (ports, volumes, mounts, sizes, images, paths);
 * - parse.ts: words parsed against the table;
 * - compare.ts: two parsed commands compared, an answer checked against the expected ones.
 */
export { describeCommandIssue, formatCommandIssue } from './issues';
export type { CommandIssue, CommandIssueCode, TranslateFn } from './issues';
export { commandDisplay, supportedCommands } from './commands';
export type { ArgumentKind, CommandName } from './commands';
export { tokenizeCommandLine } from './tokenizer';
export {
  normalizeImage,
  normalizeMemory,
  normalizeMount,
  normalizePath,
  normalizePort,
  normalizeVolume,
} from './normalize';
export { parseDockerCommand, parseDockerTokens } from './parse';
export type { ParseCommandResult, ParsedArgument, ParsedCommand, ParsedOption } from './parse';
export { checkCommandAnswer, compareDockerCommands } from './compare';
export type { CommandCheck, CommandComparison } from './compare';
