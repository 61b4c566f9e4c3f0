/** Tab completion: commands, subcommands, flags, and container / image / network / volume names. */
import type { SimulatedEngine } from './engine';
import type { Completion } from './types';
import { own } from './util';

const topLevel = [
  'run',
  'create',
  'start',
  'stop',
  'restart',
  'kill',
  'pause',
  'unpause',
  'rm',
  'ps',
  'logs',
  'exec',
  'inspect',
  'port',
  'top',
  'stats',
  'diff',
  'cp',
  'rename',
  'pull',
  'images',
  'rmi',
  'tag',
  'history',
  'events',
  'version',
  'info',
  'container',
  'image',
  'network',
  'volume',
  'system',
];
const groups: Record<string, string[]> = {
  container: [
    'cp',
    'create',
    'diff',
    'exec',
    'inspect',
    'kill',
    'logs',
    'ls',
    'pause',
    'port',
    'prune',
    'rename',
    'restart',
    'rm',
    'run',
    'start',
    'stats',
    'stop',
    'top',
    'unpause',
  ],
  image: ['history', 'inspect', 'ls', 'prune', 'pull', 'rm', 'tag'],
  network: ['connect', 'create', 'disconnect', 'inspect', 'ls', 'prune', 'rm'],
  volume: ['create', 'inspect', 'ls', 'prune', 'rm'],
  system: ['df', 'events', 'info', 'prune'],
};
const flags: Record<string, string[]> = {
  run: [
    '--detach',
    '--env',
    '--env-file',
    '--interactive',
    '--tty',
    '--name',
    '--publish',
    '--publish-all',
    '--volume',
    '--mount',
    '--network',
    '--network-alias',
    '--rm',
    '--restart',
    '--memory',
    '--cpus',
    '--pids-limit',
    '--user',
    '--workdir',
    '--entrypoint',
    '--hostname',
    '--read-only',
    '--tmpfs',
    '--health-cmd',
    '--health-interval',
    '--health-retries',
    '--label',
    '--expose',
    '--help',
  ],
  ps: ['--all', '--filter', '--format', '--last', '--latest', '--no-trunc', '--quiet', '--size', '--help'],
  logs: ['--follow', '--since', '--tail', '--timestamps', '--until', '--help'],
  exec: ['--detach', '--env', '--interactive', '--tty', '--user', '--workdir', '--help'],
  stop: ['--signal', '--timeout', '--help'],
  restart: ['--signal', '--timeout', '--help'],
  kill: ['--signal', '--help'],
  rm: ['--force', '--volumes', '--help'],
  inspect: ['--format', '--size', '--type', '--help'],
  stats: ['--all', '--format', '--no-stream', '--no-trunc', '--help'],
  images: ['--all', '--filter', '--format', '--no-trunc', '--quiet', '--help'],
  rmi: ['--force', '--help'],
  history: ['--format', '--human', '--no-trunc', '--quiet', '--help'],
  prune: ['--all', '--filter', '--force', '--help'],
  events: ['--filter', '--format', '--since', '--until', '--help'],
  create: [],
};
flags.create = flags.run!;

type Kind = 'container' | 'running' | 'image' | 'network' | 'volume' | 'none';

function argumentKind(words: string[]): Kind {
  const [a = '', b = ''] = words;
  const command = groups[a] ? `${a} ${b}` : a;
  const map: Record<string, Kind> = {
    run: 'image',
    create: 'image',
    pull: 'image',
    rmi: 'image',
    tag: 'image',
    history: 'image',
    'image rm': 'image',
    'image inspect': 'image',
    'image history': 'image',
    'image tag': 'image',
    'image pull': 'image',
    'container run': 'image',
    'container create': 'image',
    exec: 'running',
    stop: 'running',
    kill: 'running',
    pause: 'running',
    top: 'running',
    stats: 'running',
    'container exec': 'running',
    'container stop': 'running',
    'container kill': 'running',
    start: 'container',
    restart: 'container',
    unpause: 'container',
    rm: 'container',
    logs: 'container',
    inspect: 'container',
    port: 'container',
    diff: 'container',
    cp: 'container',
    rename: 'container',
    'container start': 'container',
    'container restart': 'container',
    'container rm': 'container',
    'container logs': 'container',
    'container inspect': 'container',
    'container port': 'container',
    'container diff': 'container',
    'container rename': 'container',
    'container unpause': 'container',
    'container pause': 'running',
    'container top': 'running',
    'container stats': 'running',
    'container cp': 'container',
    'network inspect': 'network',
    'network rm': 'network',
    'network connect': 'network',
    'network disconnect': 'network',
    'volume inspect': 'volume',
    'volume rm': 'volume',
  };
  return own(map, command) ?? 'none';
}

export function completeLine(engine: SimulatedEngine, line: string, cursor: number): Completion {
  const before = line.slice(0, Math.max(0, Math.min(cursor, line.length)));
  const from = before.search(/\S*$/);
  const current = before.slice(from);
  const words = before.slice(0, from).trim().split(/\s+/).filter(Boolean);
  const pick = (list: Iterable<string>): Completion => ({
    from,
    candidates: [...new Set(list)].filter((c) => c.startsWith(current)).sort(),
  });
  if (words.length === 0) return pick(engine.shellCommands());
  if (engine.inSession() || words[0] !== 'docker') return { from, candidates: [] };
  const rest = words.slice(1);
  if (rest.length === 0) return pick(current.startsWith('-') ? ['--help', '--version'] : topLevel);
  const group = own(groups, rest[0]!);
  if (group && rest.length === 1) return pick(group);
  const command = group ? (rest[1] === 'ls' && rest[0] === 'container' ? 'ps' : rest[1]!) : rest[0]!;
  if (current.startsWith('-')) return pick(own(flags, command) ?? ['--help']);
  const previous = rest[rest.length - 1] ?? '';
  const rt = engine.rt;
  if (previous === '--network' || previous === '--net') return pick(rt.networks.map((n) => n.name));
  if (previous === '--restart') return pick(['no', 'always', 'unless-stopped', 'on-failure']);
  if (previous === '--volumes-from') return pick(rt.containers.map((c) => c.name));
  let kind = argumentKind(rest);
  // After the first network name, `network connect/disconnect` want a container.
  if ((rest[1] === 'connect' || rest[1] === 'disconnect') && rest.slice(2).some((w) => !w.startsWith('-')))
    kind = 'container';
  // After the image of run/create, nothing is completed (the command run inside).
  if (
    kind === 'image' &&
    (command === 'run' || command === 'create') &&
    rest.slice(group ? 2 : 1).some((w, i, all) => !w.startsWith('-') && !/^-/.test(all[i - 1] ?? '-x'))
  ) {
    return { from, candidates: [] };
  }
  switch (kind) {
    case 'container':
      return pick(rt.containers.map((c) => c.name));
    case 'running':
      return pick(rt.containers.filter((c) => c.status === 'running' || c.status === 'paused').map((c) => c.name));
    case 'image':
      return pick([
        ...rt.images.flatMap((i) => i.repoTags),
        ...(command === 'run' || command === 'pull' || command === 'create' ? [] : []),
      ]);
    case 'network':
      return pick(rt.networks.map((n) => n.name));
    case 'volume':
      return pick(rt.volumes.map((v) => v.name));
    default:
      return { from, candidates: [] };
  }
}
