/** Whether two docker command lines mean the same (flag order, short and long forms…), for `commandRan`. */
import { compareDockerCommands, parseDockerCommand } from '../../lib/docker-cli/docker-command';

const words = (line: string) => line.trim().split(/\s+/).join(' ');

export function sameCommand(expected: string, given: string): boolean {
  const a = parseDockerCommand(expected);
  const b = parseDockerCommand(given);
  if (a.ok && b.ok) return compareDockerCommands(a.command, b.command).ok;
  return words(expected) === words(given);
}
