/**
 * Which checker and which highlighting a file of the workbench gets, by its name (pure).
 */
import { checkCompose } from '../compose-check/check-compose';
import { lintDockerfile } from '../dockerfile-lint/lint-dockerfile';
import type { Finding } from '../finding';

export type FileKind = 'dockerfile' | 'compose' | 'yaml' | 'text';

export function fileKind(path: string): FileKind {
  const name = path.split('/').pop() ?? path;
  if (/^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /\.dockerfile$/i.test(name)) return 'dockerfile';
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name)) return 'compose';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return 'text';
}

/** The findings of a file: the Dockerfile rules, the Compose checks, nothing for other files. */
export function findingsFor(path: string, text: string): Finding[] {
  const kind = fileKind(path);
  if (kind === 'dockerfile') return lintDockerfile(text);
  if (kind === 'compose') return checkCompose(text);
  return [];
}
