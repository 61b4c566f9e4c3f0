/**
 * The commands understood, each with its options (long and short names, values, repetition) and
 * its arguments, and the words that name it (`docker ps` ≡ `docker container ls`).
 */
export type ValueKind = 'text' | 'port' | 'volume' | 'mount' | 'memory' | 'number' | 'lower' | 'image' | 'path';

export interface OptionSpec {
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

export const composeGlobalOptions: OptionSpec[] = [
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

export function specOf(name: CommandName): CommandSpec {
  return specs[name];
}

/** Word sequences (after `docker`) that name each command. */
export const commandWords: Record<string, CommandName> = {
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

export const managementGroups = new Set([
  'container',
  'image',
  'volume',
  'network',
  'compose',
  'system',
  'builder',
  'buildx',
]);

/** Every supported command, in the form shown to learners (for help texts). */
export const supportedCommands: readonly string[] = Object.values(specs).map((spec) => spec.display);

export function commandDisplay(name: CommandName): string {
  return specOf(name).display;
}
