/**
 * Parses and compares Docker command lines, so a `command` question accepts every
 * equivalent spelling of the expected command (flag order, -d/--detach, -it, --publish=…,
 * docker ps ≡ docker container ls, docker-compose ≡ docker compose) and explains, in
 * French, what differs when it does not. Pure: no React, no I/O.
 *
 * Problems are returned twice: as structured issues (code + variables, rendered by the UI
 * with `t('quiz.cmd.<code>')` in the active language) and as French sentences built from
 * the same catalogue entries.
 */
import { commandMessages } from './messages.ts';

/* ------------------------------------------------------------------------------------------------
 * Issues
 * ---------------------------------------------------------------------------------------------- */

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

/* ------------------------------------------------------------------------------------------------
 * Specifications
 * ---------------------------------------------------------------------------------------------- */

type ValueKind = 'text' | 'port' | 'volume' | 'mount' | 'memory' | 'number' | 'lower' | 'image' | 'path';

interface OptionSpec {
  long: string;
  short?: string;
  /** Other long names (`--net` for `--network`, `--time` for `--timeout`). */
  aliases?: string[];
  /** Absent for boolean flags. */
  value?: ValueKind;
  repeatable?: boolean;
}

export type ArgumentKind = 'image' | 'container' | 'context' | 'volume' | 'network' | 'service' | 'reference';

interface CommandSpec {
  /** How the command is shown in messages (the short form learners usually type). */
  display: string;
  options: OptionSpec[];
  /** Positional arguments, in order. */
  args: ArgumentKind[];
  /** How many of `args` (or variadic ones) are required. */
  minArgs: number;
  /** Kind of any further positional argument; none allowed when absent. */
  variadic?: ArgumentKind;
  /** After the positional `args`, every token is the command run in the container (run, exec). */
  rest?: 'optional' | 'required';
}

const flag = (long: string, short?: string): OptionSpec => (short ? { long, short } : { long });
const valued = (long: string, value: ValueKind, short?: string, repeatable = false): OptionSpec => ({
  long,
  value,
  ...(short ? { short } : {}),
  ...(repeatable ? { repeatable } : {}),
});
const many = (long: string, value: ValueKind, short?: string): OptionSpec => valued(long, value, short, true);

const formatOption = valued('format', 'text');
const filterOption = many('filter', 'text', 'f');
const quietOption = flag('quiet', 'q');
const stopTimeout: OptionSpec = { long: 'timeout', short: 't', aliases: ['time'], value: 'number' };

const containerRunOptions: OptionSpec[] = [
  flag('detach', 'd'),
  flag('interactive', 'i'),
  flag('tty', 't'),
  many('publish', 'port', 'p'),
  flag('publish-all', 'P'),
  many('volume', 'volume', 'v'),
  many('mount', 'mount'),
  many('env', 'text', 'e'),
  many('env-file', 'path'),
  valued('name', 'text'),
  { long: 'network', aliases: ['net'], value: 'text' },
  many('network-alias', 'text'),
  flag('rm'),
  valued('workdir', 'path', 'w'),
  valued('user', 'text', 'u'),
  valued('restart', 'lower'),
  valued('memory', 'memory', 'm'),
  valued('memory-swap', 'memory'),
  valued('cpus', 'number'),
  valued('cpu-shares', 'number', 'c'),
  valued('entrypoint', 'text'),
  valued('hostname', 'text', 'h'),
  flag('read-only'),
  many('tmpfs', 'text'),
  many('cap-add', 'text'),
  many('cap-drop', 'text'),
  flag('privileged'),
  many('security-opt', 'text'),
  many('label', 'text', 'l'),
  valued('platform', 'lower'),
  valued('pull', 'lower'),
  flag('init'),
  valued('pids-limit', 'number'),
  valued('log-driver', 'text'),
  many('log-opt', 'text'),
  many('add-host', 'text'),
  many('dns', 'text'),
  many('expose', 'text'),
  many('ulimit', 'text'),
  valued('gpus', 'text'),
  valued('health-cmd', 'text'),
  valued('health-interval', 'text'),
  valued('health-timeout', 'text'),
  valued('health-retries', 'number'),
  valued('health-start-period', 'text'),
  flag('no-healthcheck'),
  valued('stop-timeout', 'number'),
  valued('stop-signal', 'text'),
  valued('ip', 'text'),
  many('link', 'text'),
  valued('memory-reservation', 'memory'),
  flag('oom-kill-disable'),
  valued('cpuset-cpus', 'text'),
  many('attach', 'lower', 'a'),
];

const composeGlobalOptions: OptionSpec[] = [
  many('file', 'path', 'f'),
  valued('project-name', 'text', 'p'),
  many('profile', 'text'),
  many('env-file', 'path'),
  valued('project-directory', 'path'),
];

const specs = {
  'container run': {
    display: 'docker run',
    options: containerRunOptions,
    args: ['image'],
    minArgs: 1,
    rest: 'optional',
  },
  'container exec': {
    display: 'docker exec',
    options: [
      flag('detach', 'd'),
      flag('interactive', 'i'),
      flag('tty', 't'),
      many('env', 'text', 'e'),
      many('env-file', 'path'),
      valued('user', 'text', 'u'),
      valued('workdir', 'path', 'w'),
      flag('privileged'),
    ],
    args: ['container'],
    minArgs: 1,
    rest: 'required',
  },
  'container ls': {
    display: 'docker ps',
    options: [
      flag('all', 'a'),
      quietOption,
      filterOption,
      formatOption,
      valued('last', 'number', 'n'),
      flag('latest', 'l'),
      flag('size', 's'),
      flag('no-trunc'),
    ],
    args: [],
    minArgs: 0,
  },
  'container stop': {
    display: 'docker stop',
    options: [stopTimeout, valued('signal', 'text', 's')],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'container start': {
    display: 'docker start',
    options: [flag('attach', 'a'), flag('interactive', 'i')],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'container restart': {
    display: 'docker restart',
    options: [stopTimeout, valued('signal', 'text', 's')],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'container rm': {
    display: 'docker rm',
    options: [flag('force', 'f'), flag('volumes', 'v'), flag('link', 'l')],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'container logs': {
    display: 'docker logs',
    options: [
      flag('follow', 'f'),
      valued('tail', 'lower', 'n'),
      valued('since', 'text'),
      valued('until', 'text'),
      flag('timestamps', 't'),
      flag('details'),
    ],
    args: ['container'],
    minArgs: 1,
  },
  'container stats': {
    display: 'docker stats',
    options: [flag('all', 'a'), flag('no-stream'), formatOption, flag('no-trunc')],
    args: [],
    minArgs: 0,
    variadic: 'container',
  },
  'container update': {
    display: 'docker update',
    options: [
      valued('restart', 'lower'),
      valued('memory', 'memory', 'm'),
      valued('memory-swap', 'memory'),
      valued('cpus', 'number'),
      valued('pids-limit', 'number'),
    ],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'builder prune': {
    display: 'docker builder prune',
    options: [flag('all', 'a'), flag('force', 'f'), many('filter', 'text'), valued('keep-storage', 'text')],
    args: [],
    minArgs: 0,
  },
  'image ls': {
    display: 'docker images',
    options: [flag('all', 'a'), quietOption, filterOption, formatOption, flag('digests'), flag('no-trunc')],
    args: ['reference'],
    minArgs: 0,
  },
  'image pull': {
    display: 'docker pull',
    options: [flag('all-tags', 'a'), quietOption, valued('platform', 'lower')],
    args: ['image'],
    minArgs: 1,
  },
  'image push': {
    display: 'docker push',
    options: [flag('all-tags', 'a'), quietOption],
    args: ['image'],
    minArgs: 1,
  },
  'image build': {
    display: 'docker build',
    options: [
      many('tag', 'image', 't'),
      valued('file', 'path', 'f'),
      valued('target', 'text'),
      many('build-arg', 'text'),
      flag('no-cache'),
      flag('pull'),
      quietOption,
      valued('platform', 'lower'),
      valued('progress', 'lower'),
      many('label', 'text'),
      valued('network', 'text'),
      many('secret', 'text'),
      many('ssh', 'text'),
      many('output', 'text', 'o'),
      // buildx's spellings of `--output type=docker` and `type=registry`.
      flag('load'),
      flag('push'),
    ],
    args: ['context'],
    minArgs: 1,
  },
  'image rm': {
    display: 'docker rmi',
    options: [flag('force', 'f'), flag('no-prune')],
    args: [],
    minArgs: 1,
    variadic: 'image',
  },
  'volume create': {
    display: 'docker volume create',
    options: [valued('driver', 'text', 'd'), many('label', 'text'), many('opt', 'text', 'o'), valued('name', 'text')],
    args: ['volume'],
    minArgs: 0,
  },
  'volume ls': {
    display: 'docker volume ls',
    options: [quietOption, filterOption, formatOption],
    args: [],
    minArgs: 0,
  },
  'volume rm': { display: 'docker volume rm', options: [flag('force', 'f')], args: [], minArgs: 1, variadic: 'volume' },
  'volume inspect': {
    display: 'docker volume inspect',
    options: [valued('format', 'text', 'f')],
    args: [],
    minArgs: 1,
    variadic: 'volume',
  },
  'volume prune': {
    display: 'docker volume prune',
    options: [flag('all', 'a'), flag('force', 'f'), many('filter', 'text')],
    args: [],
    minArgs: 0,
  },
  'network create': {
    display: 'docker network create',
    options: [
      valued('driver', 'text', 'd'),
      many('subnet', 'text'),
      many('gateway', 'text'),
      many('ip-range', 'text'),
      flag('internal'),
      flag('attachable'),
      flag('ipv6'),
      many('label', 'text'),
      many('opt', 'text', 'o'),
    ],
    args: ['network'],
    minArgs: 1,
  },
  'network ls': {
    display: 'docker network ls',
    options: [quietOption, filterOption, formatOption, flag('no-trunc')],
    args: [],
    minArgs: 0,
  },
  'network rm': {
    display: 'docker network rm',
    options: [flag('force', 'f')],
    args: [],
    minArgs: 1,
    variadic: 'network',
  },
  'network connect': {
    display: 'docker network connect',
    options: [many('alias', 'text'), valued('ip', 'text')],
    args: ['network', 'container'],
    minArgs: 2,
  },
  'network disconnect': {
    display: 'docker network disconnect',
    options: [flag('force', 'f')],
    args: ['network', 'container'],
    minArgs: 2,
  },
  'network inspect': {
    display: 'docker network inspect',
    options: [valued('format', 'text', 'f')],
    args: [],
    minArgs: 1,
    variadic: 'network',
  },
  'network prune': {
    display: 'docker network prune',
    options: [flag('force', 'f'), many('filter', 'text')],
    args: [],
    minArgs: 0,
  },
  'container create': {
    display: 'docker create',
    options: containerRunOptions,
    args: ['image'],
    minArgs: 1,
    rest: 'optional',
  },
  'container kill': {
    display: 'docker kill',
    options: [valued('signal', 'text', 's')],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'container pause': { display: 'docker pause', options: [], args: [], minArgs: 1, variadic: 'container' },
  'container unpause': { display: 'docker unpause', options: [], args: [], minArgs: 1, variadic: 'container' },
  'container port': { display: 'docker port', options: [], args: ['container', 'reference'], minArgs: 1 },
  'container top': { display: 'docker top', options: [], args: ['container'], minArgs: 1, variadic: 'reference' },
  'container diff': { display: 'docker diff', options: [], args: ['container'], minArgs: 1 },
  'container cp': {
    display: 'docker cp',
    options: [flag('archive', 'a'), flag('follow-link', 'L'), quietOption],
    args: ['reference', 'reference'],
    minArgs: 2,
  },
  'container rename': { display: 'docker rename', options: [], args: ['container', 'reference'], minArgs: 2 },
  'container inspect': {
    display: 'docker container inspect',
    options: [valued('format', 'text', 'f'), flag('size', 's')],
    args: [],
    minArgs: 1,
    variadic: 'container',
  },
  'container prune': {
    display: 'docker container prune',
    options: [flag('force', 'f'), many('filter', 'text')],
    args: [],
    minArgs: 0,
  },
  inspect: {
    display: 'docker inspect',
    options: [valued('format', 'text', 'f'), flag('size', 's'), valued('type', 'lower')],
    args: [],
    minArgs: 1,
    variadic: 'reference',
  },
  'image inspect': {
    display: 'docker image inspect',
    options: [valued('format', 'text', 'f')],
    args: [],
    minArgs: 1,
    variadic: 'image',
  },
  'image tag': { display: 'docker tag', options: [], args: ['image', 'image'], minArgs: 2 },
  'image history': {
    display: 'docker history',
    options: [flag('human', 'H'), flag('no-trunc'), quietOption, formatOption],
    args: ['image'],
    minArgs: 1,
  },
  'image prune': {
    display: 'docker image prune',
    options: [flag('all', 'a'), flag('force', 'f'), many('filter', 'text')],
    args: [],
    minArgs: 0,
  },
  'system df': { display: 'docker system df', options: [flag('verbose', 'v'), formatOption], args: [], minArgs: 0 },
  'system prune': {
    display: 'docker system prune',
    options: [flag('all', 'a'), flag('force', 'f'), flag('volumes'), many('filter', 'text')],
    args: [],
    minArgs: 0,
  },
  'system events': {
    display: 'docker events',
    options: [valued('since', 'text'), valued('until', 'text'), filterOption, formatOption],
    args: [],
    minArgs: 0,
  },
  'system info': { display: 'docker info', options: [formatOption], args: [], minArgs: 0 },
  version: { display: 'docker version', options: [formatOption], args: [], minArgs: 0 },
  'compose up': {
    display: 'docker compose up',
    options: [
      flag('detach', 'd'),
      flag('build'),
      flag('no-build'),
      flag('force-recreate'),
      flag('no-recreate'),
      flag('remove-orphans'),
      flag('no-deps'),
      many('scale', 'text'),
      flag('renew-anon-volumes', 'V'),
      flag('wait'),
      valued('pull', 'lower'),
      flag('abort-on-container-exit'),
      valued('timeout', 'number', 't'),
      flag('watch', 'w'),
    ],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
  'compose down': {
    display: 'docker compose down',
    options: [flag('volumes', 'v'), valued('rmi', 'lower'), flag('remove-orphans'), valued('timeout', 'number', 't')],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
  'compose ps': {
    display: 'docker compose ps',
    options: [flag('all', 'a'), quietOption, flag('services'), formatOption, many('status', 'lower')],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
  'compose logs': {
    display: 'docker compose logs',
    options: [
      flag('follow', 'f'),
      valued('tail', 'lower', 'n'),
      flag('timestamps', 't'),
      valued('since', 'text'),
      flag('no-color'),
    ],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
  'compose build': {
    display: 'docker compose build',
    options: [flag('no-cache'), flag('pull'), quietOption, many('build-arg', 'text')],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
  'compose config': {
    display: 'docker compose config',
    options: [
      quietOption,
      flag('services'),
      flag('volumes'),
      flag('profiles'),
      valued('format', 'lower'),
      valued('output', 'path', 'o'),
    ],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
  'compose watch': {
    display: 'docker compose watch',
    options: [flag('no-up'), flag('prune'), quietOption],
    args: [],
    minArgs: 0,
    variadic: 'service',
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof specs;

function specOf(name: CommandName): CommandSpec {
  return specs[name];
}

/** Word sequences (after `docker`) that name each command. */
const commandWords: Record<string, CommandName> = {
  run: 'container run',
  'container run': 'container run',
  exec: 'container exec',
  'container exec': 'container exec',
  ps: 'container ls',
  'container ls': 'container ls',
  'container list': 'container ls',
  'container ps': 'container ls',
  stop: 'container stop',
  'container stop': 'container stop',
  start: 'container start',
  'container start': 'container start',
  restart: 'container restart',
  'container restart': 'container restart',
  rm: 'container rm',
  'container rm': 'container rm',
  'container remove': 'container rm',
  logs: 'container logs',
  'container logs': 'container logs',
  stats: 'container stats',
  update: 'container update',
  'container update': 'container update',
  'builder prune': 'builder prune',
  'container stats': 'container stats',
  images: 'image ls',
  'image ls': 'image ls',
  'image list': 'image ls',
  pull: 'image pull',
  'image pull': 'image pull',
  push: 'image push',
  'image push': 'image push',
  build: 'image build',
  'image build': 'image build',
  // BuildKit's front end: `docker buildx build` builds like `docker build` (the default builder since Engine 23).
  'buildx build': 'image build',
  rmi: 'image rm',
  'image rm': 'image rm',
  'image remove': 'image rm',
  'volume create': 'volume create',
  'volume ls': 'volume ls',
  'volume list': 'volume ls',
  'volume rm': 'volume rm',
  'volume remove': 'volume rm',
  'volume inspect': 'volume inspect',
  'volume prune': 'volume prune',
  'network create': 'network create',
  'network ls': 'network ls',
  'network list': 'network ls',
  'network rm': 'network rm',
  'network remove': 'network rm',
  'network connect': 'network connect',
  'network disconnect': 'network disconnect',
  'network inspect': 'network inspect',
  'network prune': 'network prune',
  create: 'container create',
  'container create': 'container create',
  kill: 'container kill',
  'container kill': 'container kill',
  pause: 'container pause',
  'container pause': 'container pause',
  unpause: 'container unpause',
  'container unpause': 'container unpause',
  port: 'container port',
  'container port': 'container port',
  top: 'container top',
  'container top': 'container top',
  diff: 'container diff',
  'container diff': 'container diff',
  cp: 'container cp',
  'container cp': 'container cp',
  rename: 'container rename',
  'container rename': 'container rename',
  'container inspect': 'container inspect',
  'container prune': 'container prune',
  inspect: 'inspect',
  'image inspect': 'image inspect',
  tag: 'image tag',
  'image tag': 'image tag',
  history: 'image history',
  'image history': 'image history',
  'image prune': 'image prune',
  'system df': 'system df',
  'system prune': 'system prune',
  events: 'system events',
  'system events': 'system events',
  info: 'system info',
  'system info': 'system info',
  version: 'version',
  'compose up': 'compose up',
  'compose down': 'compose down',
  'compose ps': 'compose ps',
  'compose logs': 'compose logs',
  'compose build': 'compose build',
  'compose config': 'compose config',
  'compose watch': 'compose watch',
};

const managementGroups = new Set(['container', 'image', 'volume', 'network', 'compose', 'system', 'builder', 'buildx']);

/** Every supported command, in the form shown to learners (for help texts). */
export const supportedCommands: readonly string[] = Object.values(specs).map((spec) => spec.display);

export function commandDisplay(name: CommandName): string {
  return specOf(name).display;
}

/* ------------------------------------------------------------------------------------------------
 * Tokenizer
 * ---------------------------------------------------------------------------------------------- */

type TokenizeResult = { ok: true; tokens: string[] } | { ok: false; error: CommandIssue };

const smartQuotes: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };
const operatorChars = new Set(['|', ';', '&', '>', '<']);

/** Splits a command line like a POSIX shell would: quotes, backslash escapes, `\` line continuations. */
export function tokenizeCommandLine(input: string): TokenizeResult {
  const text = input.replace(/[\u2018\u2019\u201c\u201d]/g, (quote) => smartQuotes[quote] ?? quote);
  const tokens: string[] = [];
  let current: string | null = null;
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === '\n') {
        i += 2;
      } else if (next === '\r' && text[i + 2] === '\n') {
        i += 3;
      } else if (next === undefined) {
        i += 1;
      } else {
        current = (current ?? '') + next;
        i += 2;
      }
      continue;
    }
    if (char === "'") {
      const end = text.indexOf("'", i + 1);
      if (end === -1) return { ok: false, error: { code: 'unterminatedQuote', vars: { quote: "'" } } };
      current = (current ?? '') + text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (char === '"') {
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        const c = text[j] as string;
        if (c === '"') {
          closed = true;
          break;
        }
        if (c === '\\') {
          const next = text[j + 1];
          if (next === '\n') {
            j += 2;
            continue;
          }
          if (next === '"' || next === '\\' || next === '$' || next === '`') {
            value += next;
            j += 2;
            continue;
          }
        }
        value += c;
        j += 1;
      }
      if (!closed) return { ok: false, error: { code: 'unterminatedQuote', vars: { quote: '"' } } };
      current = (current ?? '') + value;
      i = j + 1;
      continue;
    }
    if (/\s/.test(char)) {
      if (current !== null) tokens.push(current);
      current = null;
      i += 1;
      continue;
    }
    if (char === '#' && current === null) break; // a shell comment runs to the end
    if (operatorChars.has(char)) {
      const operator = char === text[i + 1] ? char + char : char;
      return { ok: false, error: { code: 'shellOperator', vars: { operator } } };
    }
    current = (current ?? '') + char;
    i += 1;
  }
  if (current !== null) tokens.push(current);
  return { ok: true, tokens };
}

/* ------------------------------------------------------------------------------------------------
 * Value normalisation
 * ---------------------------------------------------------------------------------------------- */

/** `$(pwd)/data`, `${PWD}/data`, `./data/` → `./data`; trailing slashes dropped. */
export function normalizePath(raw: string): string {
  let path = raw.replace(/^(?:\$\(pwd\)|\$\{PWD\}|\$PWD)(?=\/|$)/, '.');
  if (path === '') return path;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '') return '/';
  if (path === './' || path === '.') return '.';
  return path;
}

/** `8080:80` ≡ `0.0.0.0:8080:80` ≡ `8080:80/tcp`. */
export function normalizePort(raw: string): string {
  const value = raw.trim();
  const slash = value.lastIndexOf('/');
  let protocol = 'tcp';
  let body = value;
  if (slash !== -1) {
    protocol = value.slice(slash + 1).toLowerCase() || 'tcp';
    body = value.slice(0, slash);
  }
  const parts = body.split(':');
  const container = parts.pop() ?? '';
  const host = parts.pop() ?? '';
  let ip = parts.join(':');
  if (ip === '0.0.0.0' || ip === '[::]') ip = '';
  let result = container;
  if (host !== '' || ip !== '') result = `${host}:${result}`;
  if (ip !== '') result = `${ip}:${result}`;
  return protocol === 'tcp' ? result : `${result}/${protocol}`;
}

function splitPort(normalized: string): { prefix: string; host: string; container: string; suffix: string } {
  const slash = normalized.lastIndexOf('/');
  const suffix = slash === -1 ? '' : normalized.slice(slash);
  const body = slash === -1 ? normalized : normalized.slice(0, slash);
  const parts = body.split(':');
  const container = parts.pop() ?? '';
  const host = parts.pop() ?? '';
  return { prefix: parts.join(':'), host, container, suffix };
}

function isReversedPort(expected: string, given: string): boolean {
  const e = splitPort(expected);
  const g = splitPort(given);
  return (
    e.host !== '' &&
    e.host !== e.container &&
    e.prefix === g.prefix &&
    e.suffix === g.suffix &&
    e.host === g.container &&
    e.container === g.host
  );
}

/** `src:dst[:opts]`: paths normalised, options sorted, the default `rw` dropped. */
export function normalizeVolume(raw: string): string {
  const parts = raw.split(':');
  if (parts.length === 1) return normalizePath(parts[0] ?? '');
  const [source = '', target = '', ...rest] = parts;
  const options = rest
    .join(',')
    .split(',')
    .map((option) => option.trim().toLowerCase())
    .filter((option) => option !== '' && option !== 'rw')
    .sort();
  const base = `${normalizePath(source)}:${normalizePath(target)}`;
  return options.length > 0 ? `${base}:${options.join(',')}` : base;
}

const mountKeys: Record<string, string> = {
  src: 'source',
  source: 'source',
  dst: 'target',
  destination: 'target',
  target: 'target',
  ro: 'readonly',
  readonly: 'readonly',
  type: 'type',
};

/** `type=bind,src=./a,dst=/b,ro` ≡ `target=/b,source=./a,type=bind,readonly=true`. */
export function normalizeMount(raw: string): string {
  const entries = new Map<string, string>();
  for (const part of raw.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const rawKey = (eq === -1 ? trimmed : trimmed.slice(0, eq)).toLowerCase();
    const key = mountKeys[rawKey] ?? rawKey;
    let value = eq === -1 ? 'true' : trimmed.slice(eq + 1);
    if (key === 'readonly') {
      if (value === '1') value = 'true';
      if (value !== 'true') continue;
    }
    entries.set(key, value);
  }
  if (!entries.has('type')) entries.set('type', 'volume');
  const type = entries.get('type');
  for (const key of ['source', 'target']) {
    const value = entries.get(key);
    if (value !== undefined && (key === 'target' || type === 'bind')) entries.set(key, normalizePath(value));
  }
  return [...entries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

const memoryUnits: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `512m` ≡ `512M` ≡ `512mb`; `1g` ≡ `1024m` (compared in bytes). */
export function normalizeMemory(raw: string): string {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(raw.trim());
  if (!match) return raw.trim().toLowerCase();
  const factor = memoryUnits[(match[2] ?? '').toLowerCase()] ?? 1;
  return String(Math.round(Number(match[1]) * factor));
}

function normalizeNumber(raw: string): string {
  const value = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(value) ? String(value) : raw.trim();
}

/** `nginx` ≡ `nginx:latest` ≡ `docker.io/library/nginx:latest`. */
export function normalizeImage(raw: string): string {
  let reference = raw.trim();
  let digest = '';
  const at = reference.indexOf('@');
  if (at !== -1) {
    digest = reference.slice(at);
    reference = reference.slice(0, at);
  }
  let tag = '';
  const lastColon = reference.lastIndexOf(':');
  if (lastColon > reference.lastIndexOf('/')) {
    tag = reference.slice(lastColon + 1);
    reference = reference.slice(0, lastColon);
  }
  reference = reference.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  if (/^library\/[^/]+$/.test(reference)) reference = reference.slice('library/'.length);
  if (tag === '' && digest === '') tag = 'latest';
  return `${reference}${tag ? `:${tag}` : ''}${digest}`;
}

function repositoryOf(normalizedImage: string): string {
  const withoutDigest = normalizedImage.split('@')[0] ?? '';
  const lastColon = withoutDigest.lastIndexOf(':');
  return lastColon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, lastColon) : withoutDigest;
}

function normalizeValue(kind: ValueKind, raw: string): string {
  switch (kind) {
    case 'text':
      return raw;
    case 'lower':
      return raw.trim().toLowerCase();
    case 'port':
      return normalizePort(raw);
    case 'volume':
      return normalizeVolume(raw);
    case 'mount':
      return normalizeMount(raw);
    case 'memory':
      return normalizeMemory(raw);
    case 'number':
      return normalizeNumber(raw);
    case 'image':
      return normalizeImage(raw);
    case 'path':
      return normalizePath(raw);
  }
}

function normalizeArgument(kind: ArgumentKind, raw: string): string {
  if (kind === 'image') return normalizeImage(raw);
  if (kind === 'context') return normalizePath(raw);
  return raw;
}

/* ------------------------------------------------------------------------------------------------
 * Parser
 * ---------------------------------------------------------------------------------------------- */

export interface ParsedOption {
  /** Canonical long name, without dashes (`publish`). */
  name: string;
  /** The flag as typed (`-p`, `--publish`, `--net`). */
  flag: string;
  /** Normalised value, null for boolean flags. */
  value: string | null;
  /** Value as typed, null for boolean flags. */
  raw: string | null;
}

export interface ParsedArgument {
  kind: ArgumentKind;
  value: string;
  raw: string;
}

export interface ParsedCommand {
  command: CommandName;
  options: ParsedOption[];
  args: ParsedArgument[];
  /** Run/exec: the command (and its arguments) to run in the container. */
  rest: string[];
}

export type ParseCommandResult =
  { ok: true; command: ParsedCommand } | { ok: false; error: CommandIssue; message: string };

function failure(error: CommandIssue): ParseCommandResult {
  return { ok: false, error, message: describeCommandIssue(error) };
}

interface OptionTable {
  byLong: Map<string, OptionSpec>;
  byShort: Map<string, OptionSpec>;
}

function optionTable(options: readonly OptionSpec[]): OptionTable {
  const byLong = new Map<string, OptionSpec>();
  const byShort = new Map<string, OptionSpec>();
  for (const option of options) {
    byLong.set(option.long, option);
    for (const alias of option.aliases ?? []) byLong.set(alias, option);
    if (option.short) byShort.set(option.short, option);
  }
  return { byLong, byShort };
}

/** Adds one option occurrence: flags are set once, single-valued options keep the last value. */
function addOption(options: ParsedOption[], spec: OptionSpec, flagText: string, raw: string | null): void {
  if (spec.value === undefined) {
    if (!options.some((option) => option.name === spec.long)) {
      options.push({ name: spec.long, flag: flagText, value: null, raw: null });
    }
    return;
  }
  const value = normalizeValue(spec.value, raw ?? '');
  if (!spec.repeatable) {
    const index = options.findIndex((option) => option.name === spec.long);
    if (index !== -1) options.splice(index, 1);
  }
  options.push({ name: spec.long, flag: flagText, value, raw });
}

function removeOption(options: ParsedOption[], name: string): void {
  const index = options.findIndex((option) => option.name === name);
  if (index !== -1) options.splice(index, 1);
}

interface OptionScanState {
  tokens: readonly string[];
  index: number;
  options: ParsedOption[];
}

/**
 * Reads the option at `state.index` (a token starting with `-`), advancing the index.
 * Returns an issue when the option is unknown or lacks its value.
 */
function readOption(state: OptionScanState, table: OptionTable, commandLabel: string): CommandIssue | null {
  const token = state.tokens[state.index] as string;
  state.index += 1;
  if (token.startsWith('--')) {
    const eq = token.indexOf('=');
    const name = eq === -1 ? token.slice(2) : token.slice(2, eq);
    const inline = eq === -1 ? null : token.slice(eq + 1);
    const spec = table.byLong.get(name);
    if (!spec) return { code: 'unknownOption', vars: { option: `--${name}`, command: commandLabel } };
    const flagText = `--${name}`;
    if (spec.value === undefined) {
      if (inline === null || inline === 'true') addOption(state.options, spec, flagText, null);
      else if (inline === 'false') removeOption(state.options, spec.long);
      else return { code: 'unexpectedValue', vars: { option: flagText } };
      return null;
    }
    let raw = inline;
    if (raw === null) {
      raw = state.tokens[state.index] ?? null;
      if (raw === null) return { code: 'missingValue', vars: { option: flagText } };
      state.index += 1;
    }
    addOption(state.options, spec, flagText, raw);
    return null;
  }
  // A cluster of short flags: -it, -dit, -p8080:80, -dp 8080:80, -p=8080:80
  const letters = token.slice(1);
  for (let k = 0; k < letters.length; k++) {
    const letter = letters[k] as string;
    const spec = table.byShort.get(letter);
    if (!spec) return { code: 'unknownOption', vars: { option: `-${letter}`, command: commandLabel } };
    const flagText = `-${letter}`;
    if (spec.value === undefined) {
      addOption(state.options, spec, flagText, null);
      continue;
    }
    let raw: string | null = letters.slice(k + 1);
    if (raw.startsWith('=')) raw = raw.slice(1);
    if (raw === '') {
      raw = state.tokens[state.index] ?? null;
      if (raw === null) return { code: 'missingValue', vars: { option: flagText } };
      state.index += 1;
    }
    addOption(state.options, spec, flagText, raw);
    return null;
  }
  return null;
}

function isOptionToken(token: string): boolean {
  return token.startsWith('-') && token.length > 1;
}

/** Parses a full command line (`docker …`, `sudo docker …`, `docker-compose …`). */
export function parseDockerCommand(input: string): ParseCommandResult {
  const tokenized = tokenizeCommandLine(input);
  if (!tokenized.ok) return failure(tokenized.error);
  return parseDockerTokens(tokenized.tokens);
}

/** Parses a command line already split into words by a shell (the labs' terminal). */
export function parseDockerTokens(input: readonly string[]): ParseCommandResult {
  let tokens = input;
  if (tokens[0] === '$') tokens = tokens.slice(1);
  if (tokens.length === 0) return failure({ code: 'empty', vars: {} });
  if (tokens[0] === 'sudo') tokens = tokens.slice(1);
  const head = tokens[0];
  if (head === 'docker-compose') tokens = ['docker', 'compose', ...tokens.slice(1)];
  else if (head !== 'docker') return failure({ code: 'notDocker', vars: { given: head ?? '' } });

  const state: OptionScanState = { tokens, index: 1, options: [] };
  const first = tokens[1];
  if (first === undefined) return failure({ code: 'missingSubcommand', vars: { group: 'docker' } });
  if (isOptionToken(first)) return failure({ code: 'unknownOption', vars: { option: first, command: 'docker' } });
  state.index = 2;

  let words = first;
  if (managementGroups.has(first)) {
    if (first === 'compose') {
      // Compose's own options (-f, -p…) come between `compose` and the subcommand.
      const table = optionTable(composeGlobalOptions);
      while (state.index < tokens.length && isOptionToken(tokens[state.index] as string)) {
        const issue = readOption(state, table, 'docker compose');
        if (issue) return failure(issue);
      }
    }
    const second = tokens[state.index];
    if (second === undefined || isOptionToken(second)) {
      return failure({ code: 'missingSubcommand', vars: { group: `docker ${first}` } });
    }
    words = `${first} ${second}`;
    state.index += 1;
  }
  const name = commandWords[words];
  if (!name) return failure({ code: 'unknownCommand', vars: { given: `docker ${words}` } });
  const spec = specOf(name);
  const table = optionTable(name.startsWith('compose ') ? [...composeGlobalOptions, ...spec.options] : spec.options);

  const args: ParsedArgument[] = [];
  let rest: string[] = [];
  let optionsEnded = false;
  while (state.index < tokens.length) {
    const token = tokens[state.index] as string;
    if (!optionsEnded && token === '--') {
      optionsEnded = true;
      state.index += 1;
      continue;
    }
    if (!optionsEnded && isOptionToken(token)) {
      const issue = readOption(state, table, spec.display);
      if (issue) return failure(issue);
      continue;
    }
    state.index += 1;
    const kind = spec.args[args.length] ?? spec.variadic;
    if (kind === undefined) return failure({ code: 'tooManyArguments', vars: { given: token, command: spec.display } });
    args.push({ kind, value: normalizeArgument(kind, token), raw: token });
    if (spec.rest && args.length === spec.args.length) {
      // Everything after the image (run) or the container (exec) belongs to the command run inside.
      rest = tokens.slice(state.index);
      break;
    }
  }
  if (args.length < spec.minArgs) {
    const kind = spec.args[args.length] ?? spec.variadic ?? 'container';
    return failure({ code: 'missingArgument', vars: { kind, command: spec.display } });
  }
  if (spec.rest === 'required' && rest.length === 0) {
    return failure({ code: 'missingContainerCommand', vars: { command: spec.display } });
  }
  return { ok: true, command: withDefaultsDropped({ command: name, options: state.options, args, rest }) };
}

/** `-f Dockerfile` names the file docker build reads anyway when the context is the current directory. */
function namesDefaultDockerfile(file: string, context: string): boolean {
  return context === '.' && (file === 'Dockerfile' || file === './Dockerfile');
}

/**
 * Spellings that mean the same as a shorter one, reduced to it so they compare equal:
 * `docker build -f Dockerfile .` is `docker build .`, and `docker volume create --name x`
 * is `docker volume create x`.
 */
function withDefaultsDropped(parsed: ParsedCommand): ParsedCommand {
  if (parsed.command === 'image build') {
    const context = parsed.args[0]?.value ?? '';
    const options = parsed.options.filter(
      (option) => !(option.name === 'file' && namesDefaultDockerfile(option.value ?? '', context)),
    );
    return options.length === parsed.options.length ? parsed : { ...parsed, options };
  }
  if (parsed.command === 'volume create' && parsed.args.length === 0) {
    const name = parsed.options.find((option) => option.name === 'name');
    if (!name || name.raw === null) return parsed;
    return {
      ...parsed,
      options: parsed.options.filter((option) => option !== name),
      args: [{ kind: 'volume', value: name.raw, raw: name.raw }],
    };
  }
  return parsed;
}

/* ------------------------------------------------------------------------------------------------
 * Comparison
 * ---------------------------------------------------------------------------------------------- */

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
