/**
 * What the build checks a ```lab block against: the simulated engine's image catalogue and the
 * project's docker command parser. Shared by the content checker and the MDX transform.
 */
import { parseDockerCommand } from '../../lib/docker-cli/docker-command';
import { knownImages } from '../../features/labs/engine/index';
import { normalizeImageRef } from '../../features/labs/lab-checks';
import type { LabSourceOptions } from '../../features/labs/parse-lab-source';

/** Commands the parser does not list may still be simulated by the engine: only malformed lines are refused. */
const tolerated = new Set(['unknownCommand', 'missingSubcommand', 'unknownOption', 'tooManyArguments']);

export const labSourceOptions: LabSourceOptions = {
  knownImages: new Set(knownImages().map(normalizeImageRef)),
  commandProblem: (line) => {
    const parsed = parseDockerCommand(line);
    return parsed.ok || tolerated.has(parsed.error.code) ? null : parsed.message;
  },
};
