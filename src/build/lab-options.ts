/**
 * What the build checks a ```lab block against: the simulated engine's image catalogue and the
 * project's docker command parser. Shared by the content checker and the MDX transform.
 */
import { parseDockerCommand } from '../features/quiz/docker-command.ts';
import type { LabSourceOptions } from '../features/labs/parse-lab-source.ts';

/** Commands the quiz's parser does not list may still be simulated by the engine: only malformed lines are refused. */
const tolerated = new Set(['unknownCommand', 'missingSubcommand', 'unknownOption', 'tooManyArguments']);

export const labSourceOptions: LabSourceOptions = {
  knownImages: null,
  commandProblem: (line) => {
    const parsed = parseDockerCommand(line);
    return parsed.ok || tolerated.has(parsed.error.code) ? null : parsed.message;
  },
};
