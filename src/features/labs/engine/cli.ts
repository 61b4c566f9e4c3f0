/**
 * The docker CLI of the labs: reads a command with the project's parser, acts on the runtime and
 * prints what a current Docker Engine prints (tables, errors, exit statuses).
 */
import { parseDockerTokens, type ParsedCommand } from '../../../lib/docker-cli/docker-command';
import { splitReference } from './images/catalogue';
import { commandHelp, optionHelp } from './help';
import type { Container, Image, MountSpec, PortRequest } from './model';
import { LAB_DIR } from './model';
import { LIMITS, envMap, hostRelative, normalizeAbsolute, type Runtime } from './runtime';
import { compileTemplate, goJson, TemplateError, unescapeFormat } from './template';
import { binarySize, ellipsis, own, goTime, humanDuration, humanSize, rfc3339Nano, tabwrite } from './util';
import { inspectContainer, inspectImage, inspectNetwork, inspectVolume } from './inspect';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** What the terminal must do after a command (enter an interactive shell). */
export interface CliEffect {
  session?: { container: Container; kind: 'run' | 'exec'; user: string; workdir: string; env: string[] };
}

type Handler = (cmd: ParsedCommand, io: CliIo, effect: CliEffect) => number;

const opt = (cmd: ParsedCommand, name: string): string | null => {
  let value: string | null = null;
  for (const option of cmd.options) if (option.name === name) value = option.raw ?? '';
  return value;
};
const has = (cmd: ParsedCommand, name: string): boolean => cmd.options.some((o) => o.name === name);
const all = (cmd: ParsedCommand, name: string): string[] =>
  cmd.options.filter((o) => o.name === name).map((o) => o.raw ?? '');

function daemonError(io: CliIo, message: string): number {
  io.err(`Error response from daemon: ${message}\n`);
  return 1;
}

function runError(io: CliIo, command: string, message: string, code = 125): number {
  io.err(`docker: Error response from daemon: ${message}\n\nRun '${command} --help' for more information\n`);
  return code;
}

function parseMemory(raw: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(raw.trim());
  if (!match) return null;
  const factor = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase() as '' | 'b'];
  return Math.round(Number(match[1]) * factor);
}

/** The command as `docker ps` shows it: arguments with spaces or quotes are shell-quoted. */
function commandLine(c: Container): string {
  return [...c.entrypoint, ...c.cmd]
    .map((a) => (a === '' || /[\s'"\\$;&|<>]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
    .join(' ');
}

export function displayPorts(c: Container): string {
  if (c.status === 'running' || c.status === 'paused') {
    const parts: string[] = [];
    const bound = new Set<string>();
    const sorted = [...c.ports].sort((a, b) => a.containerPort - b.containerPort || a.hostPort - b.hostPort);
    for (const p of sorted) {
      parts.push(`${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`);
      if (p.hostIp === '0.0.0.0') parts.push(`[::]:${p.hostPort}->${p.containerPort}/${p.protocol}`);
      bound.add(`${p.containerPort}/${p.protocol}`);
    }
    const exposedOnly = c.exposed.filter((e) => !bound.has(e)).sort((a, b) => parseInt(a) - parseInt(b));
    return [...exposedOnly, ...parts].join(', ');
  }
  return '';
}

export class DockerCli {
  readonly handlers: Record<string, Handler>;

  constructor(private readonly rt: Runtime) {
    this.handlers = {
      'container run': (cmd, io, effect) => this.runContainer(cmd, io, effect, true),
      'container create': (cmd, io, effect) => this.runContainer(cmd, io, effect, false),
      'container start': (cmd, io, effect) => this.startContainers(cmd, io, effect),
      'container stop': (cmd, io) => this.stopContainers(cmd, io, 'TERM'),
      'container kill': (cmd, io) => this.stopContainers(cmd, io, 'KILL'),
      'container restart': (cmd, io) => this.restartContainers(cmd, io),
      'container pause': (cmd, io) => this.pauseContainers(cmd, io, true),
      'container unpause': (cmd, io) => this.pauseContainers(cmd, io, false),
      'container rm': (cmd, io) => this.removeContainers(cmd, io),
      'container ls': (cmd, io) => this.ps(cmd, io),
      'container logs': (cmd, io) => this.logs(cmd, io),
      'container exec': (cmd, io, effect) => this.exec(cmd, io, effect),
      'container inspect': (cmd, io) => this.inspect(cmd, io, 'container'),
      'image inspect': (cmd, io) => this.inspect(cmd, io, 'image'),
      inspect: (cmd, io) => this.inspect(cmd, io, (opt(cmd, 'type') as 'container' | 'image' | null) ?? null),
      'container port': (cmd, io) => this.port(cmd, io),
      'container top': (cmd, io) => this.top(cmd, io),
      'container stats': (cmd, io) => this.stats(cmd, io),
      'container diff': (cmd, io) => this.diff(cmd, io),
      'container cp': (cmd, io) => this.cp(cmd, io),
      'container rename': (cmd, io) => this.rename(cmd, io),
      'container prune': (cmd, io) => this.containerPrune(cmd, io),
      'image pull': (cmd, io) => this.pull(cmd, io),
      'image ls': (cmd, io) => this.images(cmd, io),
      'image rm': (cmd, io) => this.rmi(cmd, io),
      'image tag': (cmd, io) => this.tag(cmd, io),
      'image history': (cmd, io) => this.history(cmd, io),
      'image prune': (cmd, io) => this.imagePrune(cmd, io),
      'network create': (cmd, io) => this.networkCreate(cmd, io),
      'network ls': (cmd, io) => this.networkLs(cmd, io),
      'network inspect': (cmd, io) => this.inspectMany(cmd, io, 'network'),
      'network connect': (cmd, io) => this.networkConnect(cmd, io),
      'network disconnect': (cmd, io) => this.networkDisconnect(cmd, io),
      'network rm': (cmd, io) => this.networkRm(cmd, io),
      'network prune': (cmd, io) => this.networkPrune(cmd, io),
      'volume create': (cmd, io) => this.volumeCreate(cmd, io),
      'volume ls': (cmd, io) => this.volumeLs(cmd, io),
      'volume inspect': (cmd, io) => this.inspectMany(cmd, io, 'volume'),
      'volume rm': (cmd, io) => this.volumeRm(cmd, io),
      'volume prune': (cmd, io) => this.volumePrune(cmd, io),
      'system df': (cmd, io) => this.systemDf(cmd, io),
      'system prune': (cmd, io) => this.systemPrune(cmd, io),
      'system events': (cmd, io) => this.events(cmd, io),
      'system info': (cmd, io) => this.info(cmd, io),
      version: (cmd, io) => this.version(cmd, io),
    };
  }

  /** `docker …` words (the first one is "docker"). */
  run(words: string[], io: CliIo, effect: CliEffect): number {
    const args = words.slice(1);
    if (args.length === 0 || (args.length === 1 && (args[0] === '--help' || args[0] === '-h'))) {
      io.out(this.mainHelp());
      return 0;
    }
    if (args[0] === '--version' || args[0] === '-v') {
      io.out('Docker version 28.2.2, build e6534b4\n');
      return 0;
    }
    const groups = ['container', 'image', 'network', 'volume', 'system'];
    if (groups.includes(args[0]!) && (args.length === 1 || args[1] === '--help')) {
      io.out(this.groupHelp(args[0]!));
      return 0;
    }
    const helpIndex = args.findIndex((a) => a === '--help');
    if (helpIndex !== -1) {
      const parsed = parseDockerTokens(['docker', ...args.slice(0, helpIndex)]);
      const name = parsed.ok ? parsed.command.command : this.guessCommand(args);
      if (name && commandHelp[name]) {
        io.out(this.commandHelpText(name));
        return 0;
      }
    }
    if (
      args[0] === 'compose' ||
      args[0] === 'build' ||
      args[0] === 'push' ||
      args[0] === 'login' ||
      args[0] === 'buildx'
    ) {
      io.err(`docker ${args[0]} : commande non simulée dans ce lab. Disponibles : ${this.available()}.\n`);
      return 127;
    }
    const parsed = parseDockerTokens(['docker', ...args]);
    if (!parsed.ok) return this.parseError(args, parsed.error.code, parsed.error.vars, io);
    const handler = this.handlers[parsed.command.command];
    if (!handler) {
      io.err(`docker ${args[0]} : commande non simulée dans ce lab. Disponibles : ${this.available()}.\n`);
      return 127;
    }
    const name = parsed.command.command;
    const usage = commandHelp[name];
    if (usage?.args) {
      const count = parsed.command.args.length;
      const { min, exact, max } = usage.args;
      if ((exact && count !== min) || (max !== undefined && count > max)) {
        const display = usage.usage
          .split(' ')
          .slice(0, name.includes(' ') && !usage.usage.startsWith(`docker ${name}`) ? 2 : name.split(' ').length + 1)
          .join(' ');
        io.err(
          `docker: '${display}' requires ${exact ? '' : 'at most '}${exact ? min : max} argument${(exact ? min : max) === 1 ? '' : 's'}\n\nUsage:  ${usage.usage.split('\n')[0]}\n\nRun '${display} --help' for more information\n`,
        );
        return 1;
      }
    }
    return handler(parsed.command, io, effect);
  }

  private guessCommand(args: string[]): string | null {
    const first = args[0] ?? '';
    const second = args[1] ?? '';
    const aliases: Record<string, string> = {
      ps: 'container ls',
      images: 'image ls',
      rmi: 'image rm',
      events: 'system events',
      info: 'system info',
      pull: 'image pull',
      tag: 'image tag',
      history: 'image history',
    };
    const alias = own(aliases, first);
    if (alias) return alias;
    if (own(commandHelp, `${first} ${second}`)) return `${first} ${second}`;
    if (own(commandHelp, `container ${first}`)) return `container ${first}`;
    if (own(commandHelp, first)) return first;
    return null;
  }

  private available(): string {
    return 'run, create, start, stop, restart, kill, pause, unpause, rm, ps, logs, exec, inspect, port, top, stats, diff, cp, rename, pull, images, rmi, tag, history, network, volume, system df, system prune, container prune, image prune, events, version, info';
  }

  private parseError(args: string[], code: string, vars: Record<string, string>, io: CliIo): number {
    const name = this.guessCommand(args);
    const usage = name ? commandHelp[name] : undefined;
    const display = usage
      ? usage.usage
          .split(' [')[0]!
          .split(' ')
          .filter((w) => /^[a-z-]+$/.test(w))
          .join(' ')
      : 'docker';
    const tail = usage
      ? `\n\nUsage:  ${usage.usage.split('\n')[0]}\n\nRun '${display} --help' for more information\n`
      : `\n\nRun 'docker --help' for more information\n`;
    switch (code) {
      case 'unknownOption': {
        const option = vars.option ?? '';
        io.err(
          option.startsWith('--')
            ? `unknown flag: ${option}${tail}`
            : `unknown shorthand flag: '${option.slice(1)}' in ${option}${tail}`,
        );
        return 125;
      }
      case 'missingValue':
        io.err(
          `flag needs an argument: ${vars.option?.startsWith('--') ? vars.option : `'${vars.option?.slice(1)}' in ${vars.option}`}${tail}`,
        );
        return 125;
      case 'unexpectedValue':
        io.err(`invalid argument for ${vars.option} flag: strconv.ParseBool: parsing: invalid syntax${tail}`);
        return 125;
      case 'missingArgument':
      case 'missingContainerCommand':
      case 'tooManyArguments': {
        const min = usage?.args?.min ?? 1;
        const exact = usage?.args?.exact;
        io.err(
          `docker: '${display}' requires ${exact ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}${tail.replace('Run ', exact ? 'Run ' : 'See ')}`,
        );
        return 1;
      }
      case 'missingSubcommand':
        io.out(this.groupHelp(args[0] ?? ''));
        return 0;
      case 'unknownCommand': {
        const group = ['container', 'image', 'network', 'volume', 'system'].includes(args[0] ?? '') ? args[0] : null;
        if (group)
          io.err(
            `docker: unknown command: docker ${group} ${args[1] ?? ''}\n\nUsage:  docker ${group}\n\nRun 'docker ${group} --help' for more information\n`,
          );
        else io.err(`docker: unknown command: docker ${args[0] ?? ''}\n\nRun 'docker --help' for more information\n`);
        return 1;
      }
      default:
        io.err(`docker: ${code}\n`);
        return 1;
    }
  }

  mainHelp(): string {
    return [
      'Usage:  docker [OPTIONS] COMMAND',
      '',
      'A self-sufficient runtime for containers',
      '',
      'Common Commands:',
      '  run         Create and run a new container from an image',
      '  exec        Execute a command in a running container',
      '  ps          List containers',
      '  pull        Download an image from a registry',
      '  images      List images',
      '  version     Show the Docker version information',
      '  info        Display system-wide information',
      '',
      'Management Commands:',
      '  container   Manage containers',
      '  image       Manage images',
      '  network     Manage networks',
      '  system      Manage Docker',
      '  volume      Manage volumes',
      '',
      'Commands:',
      ...[
        ['cp', 'container cp'],
        ['create', 'container create'],
        ['diff', 'container diff'],
        ['events', 'system events'],
        ['history', 'image history'],
        ['inspect', 'inspect'],
        ['kill', 'container kill'],
        ['logs', 'container logs'],
        ['pause', 'container pause'],
        ['port', 'container port'],
        ['rename', 'container rename'],
        ['restart', 'container restart'],
        ['rm', 'container rm'],
        ['rmi', 'image rm'],
        ['start', 'container start'],
        ['stats', 'container stats'],
        ['stop', 'container stop'],
        ['tag', 'image tag'],
        ['top', 'container top'],
        ['unpause', 'container unpause'],
      ].map(([word, key]) => `  ${word!.padEnd(10)}  ${commandHelp[key!]!.description}`),
      '',
      "Run 'docker COMMAND --help' for more information on a command.",
      '',
    ].join('\n');
  }

  groupHelp(group: string): string {
    const descriptions: Record<string, string> = {
      container: 'Manage containers',
      image: 'Manage images',
      network: 'Manage networks',
      volume: 'Manage volumes',
      system: 'Manage Docker',
    };
    const entries = Object.entries(commandHelp)
      .filter(
        ([key]) =>
          key.startsWith(`${group} `) ||
          (group === 'container' && ['inspect'].includes(key) === false && key.startsWith('container ')),
      )
      .map(([key, help]) => [key.split(' ')[1]!, help.description] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(...entries.map(([w]) => w.length), 2);
    return `\nUsage:  docker ${group} COMMAND\n\n${descriptions[group] ?? ''}\n\nCommands:\n${entries.map(([w, d]) => `  ${w.padEnd(width)}  ${d}`).join('\n')}\n\nRun 'docker ${group} COMMAND --help' for more information on a command.\n`;
  }

  commandHelpText(name: string): string {
    const help = commandHelp[name]!;
    const parsed = parseDockerTokens([
      'docker',
      ...name.split(' '),
      ...(help.args?.min ? Array.from({ length: help.args.min }, () => 'x') : []),
    ]);
    void parsed;
    const lines = [`Usage:  ${help.usage}`, '', help.description];
    if (help.aliases) lines.push('', 'Aliases:', `  ${help.aliases}`);
    const options = optionsOf(name);
    if (options.length) {
      const rows = options.map((o) => {
        const left = `${o.short ? `-${o.short}, ` : '    '}--${o.long}${o.value ? ` ${o.value === 'number' ? 'int' : o.repeatable ? 'list' : 'string'}` : ''}`;
        return [left, optionHelp[o.long] ?? ''] as const;
      });
      const width = Math.max(...rows.map(([l]) => l.length)) + 3;
      lines.push('', 'Options:', ...rows.map(([l, d]) => `  ${l.padEnd(width)}${d}`.trimEnd()));
    }
    return `${lines.join('\n')}\n`;
  }

  /* ================================================================== containers */

  private noSuchContainer(io: CliIo, ref: string): number {
    io.err(`Error response from daemon: No such container: ${ref}\n`);
    return 1;
  }

  /** docker run / docker create. */
  private runContainer(cmd: ParsedCommand, io: CliIo, effect: CliEffect, start: boolean): number {
    const display = start ? 'docker run' : 'docker create';
    const rt = this.rt;
    const reference = cmd.args[0]!.raw;
    if (reference !== reference.toLowerCase() || /[^a-z0-9._/:@-]/.test(reference)) {
      io.err(
        `docker: invalid reference format: repository name (${reference}) must be lowercase\n\nRun '${display} --help' for more information\n`,
      );
      return 125;
    }
    if (rt.containers.length >= LIMITS.containers) {
      io.err(
        `Ce lab accepte au plus ${LIMITS.containers} conteneurs : supprimez-en avec docker rm (ou docker container prune).\n`,
      );
      return 125;
    }
    const name = opt(cmd, 'name');
    if (name !== null) {
      // Docker's rule: one letter or digit, then at least one more of [a-zA-Z0-9_.-] (two characters at least).
      if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(name.replace(/^\//, ''))) {
        io.err(
          `docker: Error response from daemon: Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun '${display} --help' for more information\n`,
        );
        return 125;
      }
      const clash = rt.findContainer(name.replace(/^\//, ''));
      if (clash && clash.name === name.replace(/^\//, '')) {
        return runError(
          io,
          display,
          `Conflict. The container name "/${clash.name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        );
      }
    }
    // Validate options before touching the image.
    const memoryRaw = opt(cmd, 'memory');
    const memory = memoryRaw === null ? 0 : parseMemory(memoryRaw);
    if (memory === null) {
      io.err(
        `invalid argument "${memoryRaw}" for "-m, --memory" flag: invalid size: '${memoryRaw}'\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun '${display} --help' for more information\n`,
      );
      return 125;
    }
    if (memory > 0 && memory < 6 * 1024 * 1024) {
      return runError(io, display, 'Minimum memory limit allowed is 6MB');
    }
    const cpusRaw = opt(cmd, 'cpus');
    const cpus = cpusRaw === null ? 0 : Number(cpusRaw);
    if (!Number.isFinite(cpus) || cpus < 0) {
      io.err(
        `invalid argument "${cpusRaw}" for "--cpus" flag: failed to parse ${cpusRaw} as a rational number\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun '${display} --help' for more information\n`,
      );
      return 125;
    }
    if (cpus > 2)
      return runError(io, display, `range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available`);
    const restartRaw = opt(cmd, 'restart') ?? 'no';
    const restartMatch = /^(no|always|unless-stopped|on-failure)(?::(\d+))?$/.exec(restartRaw);
    if (!restartMatch || (restartMatch[2] !== undefined && restartMatch[1] !== 'on-failure')) {
      io.err(`docker: invalid restart policy format: ${restartRaw}\n\nRun '${display} --help' for more information\n`);
      return 125;
    }
    if (restartMatch[1] !== 'no' && has(cmd, 'rm')) {
      io.err(
        `docker: conflicting options: cannot specify both --restart and --rm\n\nRun '${display} --help' for more information\n`,
      );
      return 125;
    }
    const portRequests: PortRequest[] = [];
    for (const raw of all(cmd, 'publish')) {
      const parsedPort = parsePublish(raw);
      if (typeof parsedPort === 'string') {
        io.err(`docker: ${parsedPort}\n\nRun '${display} --help' for more information\n`);
        return 125;
      }
      portRequests.push(...parsedPort);
    }
    const networkName = opt(cmd, 'network') ?? 'bridge';
    const network = rt.findNetwork(networkName);
    if (!network) {
      // The image is pulled first, then the network is looked up at create time.
    }
    // The image.
    let image = rt.findImage(reference);
    if (!image) {
      const pulled = this.pullImage(reference, io, true);
      if (pulled !== 0) {
        return pulled === 2 ? runError(io, display, this.pullFailure(reference)) : 125;
      }
      image = rt.findImage(reference)!;
    }
    if (!network) return runError(io, display, `network ${networkName} not found`);
    if (network.name === 'host' && portRequests.length) {
      io.err('WARNING: Published ports are discarded when using host network mode\n');
    }
    if (network.builtin && all(cmd, 'network-alias').length) {
      return runError(io, display, 'network-scoped alias is supported only for containers in user defined networks');
    }
    const spec = image.spec;
    const entrypointRaw = opt(cmd, 'entrypoint');
    const entrypoint = entrypointRaw !== null ? (entrypointRaw === '' ? [] : [entrypointRaw]) : spec.config.entrypoint;
    const cmdArgs = cmd.rest.length ? cmd.rest : entrypointRaw !== null ? [] : spec.config.cmd;
    if (entrypoint.length === 0 && cmdArgs.length === 0) {
      return runError(io, display, 'no command specified');
    }
    // Environment: the user's (--env-file, then -e) first, then the image's variables the user did not set,
    // in that order, as the daemon merges them (docker inspect shows them so).
    const env = new Map<string, string>();
    for (const file of all(cmd, 'env-file')) {
      const rel = hostRelative(normalizeAbsolute(file.startsWith('/') ? file : `${LAB_DIR}/${file}`));
      const content = rel === null ? undefined : rt.hostFiles.get(rel);
      if (content === undefined) {
        io.err(`docker: open ${file}: no such file or directory\n\nRun '${display} --help' for more information\n`);
        return 125;
      }
      for (const line of content.split('\n')) {
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#')) continue;
        const eq = trimmed.indexOf('=');
        if (eq === -1) env.set(trimmed, '');
        else env.set(trimmed.slice(0, eq), trimmed.slice(eq + 1));
      }
    }
    for (const entry of all(cmd, 'env')) {
      const eq = entry.indexOf('=');
      if (eq === -1) continue; // -e NAME without a value takes the host's, which the lab's host does not have
      env.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    for (const [key, value] of envMap(spec.config.env)) if (!env.has(key)) env.set(key, value);
    // Mounts.
    const mounts: (MountSpec & { fromMountFlag?: boolean })[] = [];
    for (const raw of all(cmd, 'volume')) {
      const mount = this.parseVolume(raw);
      if (typeof mount === 'string') {
        io.err(`docker: Error response from daemon: ${mount}\n\nRun '${display} --help' for more information\n`);
        return 125;
      }
      mounts.push(mount);
    }
    for (const raw of all(cmd, 'mount')) {
      const mount = this.parseMount(raw);
      if (typeof mount === 'string') {
        io.err(`docker: ${mount}\n\nRun '${display} --help' for more information\n`);
        return 125;
      }
      mounts.push(mount);
    }
    for (const raw of all(cmd, 'tmpfs'))
      mounts.push({ type: 'tmpfs', source: '', destination: raw.split(':')[0]!, readOnly: false });
    for (const mount of mounts) {
      if (mount.type === 'bind') {
        const rel = hostRelative(mount.source);
        const exists =
          rel !== null &&
          (rel === '' ||
            rt.hostFiles.has(rel) ||
            rt.hostDirs.has(rel) ||
            [...rt.hostFiles.keys()].some((k) => k.startsWith(`${rel}/`)));
        if (!exists) {
          if (mount.fromMountFlag) {
            io.err(
              `docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: ${mount.source}\n\nRun '${display} --help' for more information\n`,
            );
            return 125;
          }
          if (rel !== null) rt.hostDirs.add(rel); // -v creates a missing source folder
        }
      }
    }
    for (const volumePath of spec.config.volumes) {
      if (!mounts.some((m) => m.destination === volumePath))
        mounts.push({ type: 'volume', source: rt.prng.hex(64), destination: volumePath, readOnly: false });
    }
    if (mounts.some((m) => m.type === 'volume' && !rt.findVolume(m.source)) && rt.volumes.length >= LIMITS.volumes) {
      io.err(
        `Ce lab accepte au plus ${LIMITS.volumes} volumes : supprimez-en avec docker volume rm (ou docker volume prune).\n`,
      );
      return 125;
    }
    const health = this.healthcheckOf(cmd, spec.config.healthcheck ?? null);
    const id = rt.prng.hex(64);
    const finalName = name?.replace(/^\//, '') ?? rt.randomName();
    const exposed = [
      ...new Set([
        ...spec.config.exposedPorts,
        ...portRequests.map((p) => `${p.containerPort}/${p.protocol}`),
        ...all(cmd, 'expose').map((e) => (e.includes('/') ? e : `${e}/tcp`)),
      ]),
    ];
    const container: Container = {
      id,
      name: finalName,
      image,
      imageRef: reference,
      created: rt.clock,
      cmd: cmdArgs,
      entrypoint,
      env: [...env.entries()].map(([k, v]) => `${k}=${v}`),
      user: opt(cmd, 'user') ?? spec.config.user,
      workingDir: opt(cmd, 'workdir') ?? spec.config.workingDir,
      hostname: opt(cmd, 'hostname') ?? id.slice(0, 12),
      exposed,
      labels: Object.fromEntries(all(cmd, 'label').map((l) => [l.split('=')[0]!, l.split('=').slice(1).join('=')])),
      tty: has(cmd, 'tty'),
      openStdin: has(cmd, 'interactive'),
      healthcheck: health,
      portRequests: network.name === 'host' ? [] : portRequests,
      publishAll: has(cmd, 'publish-all'),
      restartPolicy: {
        name: restartMatch[1] as Container['restartPolicy']['name'],
        maximumRetryCount: Number(restartMatch[2] ?? 0),
      },
      memoryLimit: memory,
      nanoCpus: Math.round(cpus * 1e9),
      pidsLimit: Number(opt(cmd, 'pids-limit') ?? 0) || 0,
      autoRemove: has(cmd, 'rm'),
      init: has(cmd, 'init'),
      readOnly: has(cmd, 'read-only'),
      networkMode: network.name === 'bridge' && opt(cmd, 'network') === null ? 'bridge' : network.name,
      networkRequests: [{ name: network.name, aliases: [...all(cmd, 'network-alias')] }],
      mounts: mounts.map(({ type, source, destination, readOnly }) => ({ type, source, destination, readOnly })),
      status: 'created',
      exitCode: 0,
      oomKilled: false,
      error: '',
      restartCount: 0,
      startedAt: null,
      finishedAt: null,
      restartDelay: 0,
      restartAt: null,
      manualStop: false,
      pausedAt: null,
      endpoints: [],
      ports: [],
      logs: [],
      layer: new Map(),
      tmpfs: new Map(),
      proc: null,
      pidBase: 0,
      execCount: 0,
    };
    if (!network.builtin) container.networkRequests[0]!.aliases.push(...[]);
    rt.containers.push(container);
    rt.event('container', 'create', id, rt.attrs(container));
    if (!start) {
      io.out(`${id}\n`);
      return 0;
    }
    // Detached, the CLI prints the new container's ID as soon as it is created, before starting it: a start
    // that fails (a taken port…) still shows the ID, then the error, and leaves the container Created.
    // In the foreground, it attaches to the container first (an `attach` event), then starts it.
    const detach = has(cmd, 'detach');
    if (!detach) rt.event('container', 'attach', id, rt.attrs(container));
    if (detach) io.out(`${id}\n`);
    const missing = this.missingProgram(container);
    if (missing) {
      container.exitCode = missing.code;
      container.error = missing.message;
      if (container.autoRemove) rt.remove(container, true);
      return runError(
        io,
        display,
        `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${missing.message}: unknown`,
        missing.code,
      );
    }
    const error = rt.start(container);
    if (error) {
      container.error = error.message;
      container.exitCode = 128;
      if (container.autoRemove) rt.remove(container, true);
      return runError(io, display, error.message);
    }
    if (detach) return 0;
    return this.attach(container, io, effect, 'run');
  }

  /** A foreground container: its output, then its exit status (or an interactive shell). */
  private attach(container: Container, io: CliIo, effect: CliEffect, kind: 'run' | 'start'): number {
    const rt = this.rt;
    const proc = container.proc;
    const interactiveShell =
      proc &&
      proc.server === null &&
      container.tty &&
      container.openStdin &&
      proc.endsAt === null &&
      isShell(proc.argv);
    if (interactiveShell) {
      effect.session = {
        container,
        kind: 'run',
        user: container.user,
        workdir: container.workingDir,
        env: container.env,
      };
      return 0;
    }
    const since = container.startedAt ?? rt.clock;
    // A process that never ends on its own may still be killed for its memory: the command waits for that.
    const killedAt =
      proc && proc.endsAt === null && container.status === 'running' ? rt.oomTime(container, proc) : null;
    if (proc && proc.endsAt === null && killedAt === null) {
      const shown = container.logs.filter((l) => l.time >= since && l.time <= rt.clock);
      for (const line of shown) (line.stream === 'stdout' ? io.out : io.err)(`${line.text}\n`);
      io.err(
        `(Lab : le conteneur ${container.name} tourne au premier plan ; ce terminal ne peut pas rester attaché, il vous rend la main et le conteneur continue comme avec -d. Arrêtez-le avec « docker stop ${container.name} ».)\n`,
      );
      return 0;
    }
    // Finite: move the clock to its end, print what it wrote, return its status.
    const end = container.status === 'running' ? (proc?.endsAt ?? killedAt ?? rt.clock) : rt.clock;
    if (end > rt.clock) rt.tick(end - rt.clock);
    const code = container.exitCode;
    const logs = container.logs.filter((l) => l.time >= since);
    for (const line of logs) (line.stream === 'stdout' ? io.out : io.err)(`${line.text}\n`);
    if (container.autoRemove && rt.containers.includes(container)) rt.remove(container, true);
    void kind;
    return code;
  }

  /** Why PID 1 cannot be started (runc's words), with the CLI's status: 127 not found, 126 not executable. */
  private missingProgram(container: Container): { message: string; code: number } | null {
    const argv = [...container.entrypoint, ...container.cmd];
    const program = argv[0] ?? '';
    const spec = container.image.spec;
    const base = program.split('/').pop() ?? program;
    const isServer =
      (spec.server?.binaries.includes(program) ?? false) || (spec.server?.binaries.includes(base) ?? false);
    const isOneShot =
      spec.oneShot !== undefined && (spec.oneShot.binary === program || spec.oneShot.binary === `/${base}`);
    if (isServer || isOneShot || /entrypoint(\.sh)?$/.test(base) || program === '/run.sh') return null;
    if (program.includes('/')) {
      const abs = program.startsWith('/') ? program : `${container.workingDir}/${program}`;
      const file = this.rt.readFile(container, normalizeAbsolute(abs));
      // A built image's executable script (chmod +x during the build) starts; another file does not.
      if (file !== null && (spec.executables ?? []).includes(normalizeAbsolute(abs))) return null;
      if (file !== null) return { message: `exec: "${program}": permission denied`, code: 126 };
      if (spec.toolset !== 'none' && this.rt.isCommand(spec, base) && /^\/(usr\/)?s?bin\//.test(abs)) return null;
      return { message: `exec: "${program}": stat ${program}: no such file or directory`, code: 127 };
    }
    if (spec.toolset !== 'none' && this.rt.isCommand(spec, base)) return null;
    if (
      (spec.executables ?? []).some(
        (path) => /^\/(?:usr\/(?:local\/)?)?s?bin\/[^/]+$/.test(path) && path.endsWith(`/${program}`),
      )
    )
      return null;
    return { message: `exec: "${program}": executable file not found in $PATH`, code: 127 };
  }

  private healthcheckOf(cmd: ParsedCommand, fromImage: Container['healthcheck']): Container['healthcheck'] {
    if (has(cmd, 'no-healthcheck')) return null;
    const test = opt(cmd, 'health-cmd');
    const duration = (raw: string | null, fallback: number): number => {
      if (raw === null) return fallback;
      const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(raw);
      if (!m) return fallback;
      return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms'];
    };
    if (test === null && fromImage === null) return null;
    const base = fromImage ?? { test: [], intervalMs: 30_000, timeoutMs: 30_000, retries: 3, startPeriodMs: 0 };
    return {
      test: test !== null ? ['CMD-SHELL', test] : base.test,
      intervalMs: duration(opt(cmd, 'health-interval'), base.intervalMs),
      timeoutMs: duration(opt(cmd, 'health-timeout'), base.timeoutMs),
      retries: Number(opt(cmd, 'health-retries') ?? base.retries),
      startPeriodMs: duration(opt(cmd, 'health-start-period'), base.startPeriodMs),
    };
  }

  private parseVolume(raw: string): (MountSpec & { fromMountFlag?: boolean }) | string {
    const parts = raw.split(':');
    if (parts.length === 1) {
      if (!raw.startsWith('/'))
        return `invalid volume specification: '${raw}': invalid mount config for type "volume": invalid mount path: '${raw}' mount path must be absolute`;
      return { type: 'volume', source: this.rt.prng.hex(64), destination: normalizeAbsolute(raw), readOnly: false };
    }
    const [source = '', destination = '', mode = ''] = parts;
    if (!destination.startsWith('/'))
      return `invalid volume specification: '${raw}': invalid mount config for type "volume": invalid mount path: '${destination}' mount path must be absolute`;
    const readOnly = mode.split(',').includes('ro');
    if (source.startsWith('/') || source.startsWith('.') || source.startsWith('~')) {
      const abs = normalizeAbsolute(source.startsWith('/') ? source : `${LAB_DIR}/${source}`);
      return { type: 'bind', source: abs, destination: normalizeAbsolute(destination), readOnly };
    }
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(source)) {
      return `create ${source}: "${source}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
    }
    return { type: 'volume', source, destination: normalizeAbsolute(destination), readOnly };
  }

  private parseMount(raw: string): (MountSpec & { fromMountFlag?: boolean }) | string {
    const fields = new Map<string, string>();
    for (const part of raw.split(',')) {
      const eq = part.indexOf('=');
      fields.set(eq === -1 ? part : part.slice(0, eq), eq === -1 ? 'true' : part.slice(eq + 1));
    }
    const type = (fields.get('type') ?? 'volume') as MountSpec['type'];
    const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
    if (!target) return 'invalid argument "' + raw + '" for "--mount" flag: target is required';
    const source = fields.get('source') ?? fields.get('src') ?? '';
    const readOnly = ['true', '1'].includes(fields.get('readonly') ?? fields.get('ro') ?? 'false');
    if (type === 'bind') {
      const abs = normalizeAbsolute(source.startsWith('/') ? source : `${LAB_DIR}/${source}`);
      return { type, source: abs, destination: target, readOnly, fromMountFlag: true };
    }
    if (type === 'tmpfs') return { type, source: '', destination: target, readOnly: false };
    return { type: 'volume', source: source || this.rt.prng.hex(64), destination: target, readOnly };
  }

  private startContainers(cmd: ParsedCommand, io: CliIo, effect: CliEffect): number {
    // Each failure is printed as it happens; the CLI then names every container that did not start.
    const failed: string[] = [];
    const attach = has(cmd, 'attach') || has(cmd, 'interactive');
    for (const arg of cmd.args) {
      const c = this.rt.findContainer(arg.raw);
      if (!c) {
        io.err(`Error response from daemon: No such container: ${arg.raw}\n`);
        failed.push(arg.raw);
        continue;
      }
      if (c.status === 'paused') {
        io.err(`Error response from daemon: cannot start a paused container, try unpause instead\n`);
        failed.push(arg.raw);
        continue;
      }
      c.manualStop = false;
      const missing = c.status === 'running' ? null : this.missingProgram(c);
      if (missing) {
        c.exitCode = missing.code;
        io.err(
          `Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${missing.message}: unknown\n`,
        );
        failed.push(arg.raw);
        continue;
      }
      const error = c.status === 'running' ? null : this.rt.start(c);
      if (error) {
        c.error = error.message;
        io.err(`Error response from daemon: ${error.message}\n`);
        failed.push(arg.raw);
        continue;
      }
      if (attach && cmd.args.length === 1) return this.attach(c, io, effect, 'start');
      io.out(`${arg.raw}\n`);
    }
    if (failed.length === 0) return 0;
    io.err(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }

  private stopContainers(cmd: ParsedCommand, io: CliIo, signal: 'TERM' | 'KILL'): number {
    let status = 0;
    const timeout = opt(cmd, 'timeout');
    const sig = (opt(cmd, 'signal') ?? '').toUpperCase().replace(/^SIG/, '');
    for (const arg of cmd.args) {
      const c = this.rt.findContainer(arg.raw);
      if (!c) {
        status = this.noSuchContainer(io, arg.raw);
        continue;
      }
      if (signal === 'KILL') {
        if (c.status !== 'running' && c.status !== 'paused') {
          io.err(`Error response from daemon: cannot kill container: ${arg.raw}: container ${c.id} is not running\n`);
          status = 1;
          continue;
        }
        if (sig !== '' && sig !== 'KILL' && sig !== '9') {
          if (sig === 'TERM' || sig === '15' || sig === 'INT' || sig === 'QUIT') {
            if (c.proc?.server) this.rt.exit(c, 0, this.rt.clock);
          }
          this.rt.event('container', 'kill', c.id, { ...this.rt.attrs(c), signal: sig });
          io.out(`${arg.raw}\n`);
          continue;
        }
        c.manualStop = false;
        this.rt.stop(c, 0, 'KILL');
        c.manualStop = c.restartPolicy.name === 'unless-stopped' ? false : c.manualStop;
      } else {
        this.rt.stop(c, timeout === null ? null : Number(timeout), 'TERM');
      }
      io.out(`${arg.raw}\n`);
    }
    return status;
  }

  private restartContainers(cmd: ParsedCommand, io: CliIo): number {
    let status = 0;
    const timeout = opt(cmd, 'timeout');
    for (const arg of cmd.args) {
      const c = this.rt.findContainer(arg.raw);
      if (!c) {
        status = this.noSuchContainer(io, arg.raw);
        continue;
      }
      this.rt.stop(c, timeout === null ? null : Number(timeout), 'TERM');
      c.manualStop = false;
      c.status = c.status === 'restarting' ? 'exited' : c.status;
      const error = this.rt.start(c);
      if (error) {
        io.err(`Error response from daemon: Cannot restart container ${arg.raw}: ${error.message}\n`);
        status = 1;
        continue;
      }
      this.rt.event('container', 'restart', c.id, this.rt.attrs(c));
      io.out(`${arg.raw}\n`);
    }
    return status;
  }

  private pauseContainers(cmd: ParsedCommand, io: CliIo, pause: boolean): number {
    let status = 0;
    for (const arg of cmd.args) {
      const c = this.rt.findContainer(arg.raw);
      if (!c) {
        status = this.noSuchContainer(io, arg.raw);
        continue;
      }
      if (pause) {
        if (c.status === 'paused') {
          io.err(`Error response from daemon: container ${c.id} is already paused\n`);
          status = 1;
          continue;
        }
        if (c.status !== 'running') {
          io.err(`Error response from daemon: container ${c.id} is not running\n`);
          status = 1;
          continue;
        }
        c.status = 'paused';
        c.pausedAt = this.rt.clock;
        this.rt.event('container', 'pause', c.id, this.rt.attrs(c));
      } else {
        if (c.status !== 'paused') {
          io.err(`Error response from daemon: container ${c.id} is not paused\n`);
          status = 1;
          continue;
        }
        c.status = 'running';
        if (c.proc && c.proc.endsAt !== null && c.pausedAt !== null) c.proc.endsAt += this.rt.clock - c.pausedAt;
        c.pausedAt = null;
        this.rt.event('container', 'unpause', c.id, this.rt.attrs(c));
      }
      io.out(`${arg.raw}\n`);
    }
    return status;
  }

  private removeContainers(cmd: ParsedCommand, io: CliIo): number {
    let status = 0;
    for (const arg of cmd.args) {
      const c = this.rt.findContainer(arg.raw);
      if (!c) {
        status = this.noSuchContainer(io, arg.raw);
        continue;
      }
      if ((c.status === 'running' || c.status === 'paused' || c.status === 'restarting') && !has(cmd, 'force')) {
        io.err(
          `Error response from daemon: cannot remove container "/${c.name}": container is ${c.status === 'paused' ? 'paused' : c.status === 'restarting' ? 'restarting' : 'running'}: stop the container before removing or force remove\n`,
        );
        status = 1;
        continue;
      }
      if (c.status === 'running' || c.status === 'paused') {
        c.manualStop = true;
        this.rt.stop(c, 0, 'KILL');
      }
      if (this.rt.containers.includes(c)) this.rt.remove(c, has(cmd, 'volumes'));
      io.out(`${arg.raw}\n`);
    }
    return status;
  }

  statusText(c: Container): string {
    const now = this.rt.clock;
    switch (c.status) {
      case 'created':
        return 'Created';
      case 'running': {
        const health = this.health(c);
        const suffix = health === 'none' ? '' : health === 'starting' ? ' (health: starting)' : ` (${health})`;
        return `Up ${humanDuration(now - (c.startedAt ?? now))}${suffix}`;
      }
      case 'paused':
        return `Up ${humanDuration(now - (c.startedAt ?? now))} (Paused)`;
      case 'restarting':
        return `Restarting (${c.exitCode}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
      case 'exited':
        return c.finishedAt === null ? 'Created' : `Exited (${c.exitCode}) ${humanDuration(now - c.finishedAt)} ago`;
      case 'dead':
        return 'Dead';
      default:
        return 'Removal In Progress';
    }
  }

  /** The healthcheck's state, computed from the check's result at each interval. */
  health(c: Container): 'none' | 'starting' | 'healthy' | 'unhealthy' {
    const hc = c.healthcheck;
    if (!hc || hc.test[0] === 'NONE' || c.status !== 'running' || c.startedAt === null) return 'none';
    const elapsed = this.rt.clock - c.startedAt;
    const checks = Math.floor(elapsed / hc.intervalMs);
    if (checks < 1) return 'starting';
    const passes = this.checkPasses(c);
    if (passes) return 'healthy';
    const counted = Math.max(0, checks - Math.floor(hc.startPeriodMs / hc.intervalMs));
    return counted >= hc.retries ? 'unhealthy' : 'starting';
  }

  checkPasses: (c: Container) => boolean = () => true;

  private filtersOf(cmd: ParsedCommand): { key: string; value: string }[] {
    return all(cmd, 'filter').map((f) => ({ key: f.split('=')[0]!, value: f.split('=').slice(1).join('=') }));
  }

  private ps(cmd: ParsedCommand, io: CliIo): number {
    const rt = this.rt;
    let list = [...rt.containers].reverse();
    const filters = this.filtersOf(cmd);
    const showAll = has(cmd, 'all') || filters.some((f) => f.key === 'status' && f.value !== 'running');
    if (!showAll)
      list = list.filter((c) => c.status === 'running' || c.status === 'paused' || c.status === 'restarting');
    for (const key of new Set(filters.map((f) => f.key))) {
      const values = filters.filter((f) => f.key === key).map((f) => f.value);
      if (
        ![
          'name',
          'status',
          'id',
          'ancestor',
          'exited',
          'label',
          'network',
          'health',
          'publish',
          'expose',
          'volume',
        ].includes(key)
      ) {
        io.err(`Error response from daemon: invalid filter '${key}'\n`);
        return 1;
      }
      if (key === 'status') {
        const bad = values.find(
          (v) => !['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'].includes(v),
        );
        if (bad) {
          io.err(`Error response from daemon: invalid filter 'status=${bad}'\n`);
          return 1;
        }
      }
      list = list.filter((c) =>
        values.some((v) => {
          switch (key) {
            case 'name':
              return new RegExp(v.replace(/^\//, '')).test(c.name);
            case 'status':
              return c.status === v;
            case 'id':
              return c.id.startsWith(v);
            case 'ancestor':
              return (
                c.imageRef === v ||
                c.image.repoTags.includes(v.includes(':') ? v : `${v}:latest`) ||
                c.image.id.startsWith(v)
              );
            case 'exited':
              return c.status === 'exited' && String(c.exitCode) === v;
            case 'label':
              return v.includes('=')
                ? c.labels[v.split('=')[0]!] === v.split('=').slice(1).join('=')
                : Object.hasOwn(c.labels, v);
            case 'network':
              return c.endpoints.some((e) => e.network === v) || c.networkRequests.some((n) => n.name === v);
            case 'health':
              return this.health(c) === v;
            case 'publish':
              return c.ports.some((p) => String(p.hostPort) === v.split('/')[0]);
            case 'expose':
              return c.exposed.includes(v.includes('/') ? v : `${v}/tcp`);
            default:
              return c.mounts.some((m) => m.source === v || m.destination === v);
          }
        }),
      );
    }
    const last = opt(cmd, 'last');
    if (has(cmd, 'latest')) list = [...rt.containers].reverse().slice(0, 1);
    else if (last !== null && Number(last) >= 0) list = [...rt.containers].reverse().slice(0, Number(last));
    const noTrunc = has(cmd, 'no-trunc');
    if (has(cmd, 'quiet')) {
      for (const c of list) io.out(`${noTrunc ? c.id : c.id.slice(0, 12)}\n`);
      return 0;
    }
    const format =
      opt(cmd, 'format') ??
      (has(cmd, 'size')
        ? 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}\t{{.Size}}'
        : 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}');
    // Only the fields the format reads are computed (a table of 200 rows stays under a frame).
    const row = (c: Container): Record<string, unknown> =>
      pick(format, {
        ID: () => (noTrunc ? c.id : c.id.slice(0, 12)),
        Image: () => c.imageRef,
        Command: () => (noTrunc ? `"${commandLine(c)}"` : `"${ellipsis(commandLine(c), 20)}"`),
        CreatedAt: () => goTime(c.created),
        RunningFor: () => `${humanDuration(rt.clock - c.created)} ago`,
        Ports: () => displayPorts(c),
        State: () => c.status,
        Status: () => this.statusText(c),
        Names: () => c.name,
        Size: () => '0B',
        Labels: () =>
          Object.entries(c.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(','),
        Label: () => (key: unknown) => (typeof key === 'string' ? (c.labels[key] ?? '') : ''),
        Mounts: () =>
          c.mounts
            .map((m) => (m.type === 'volume' && m.source.length === 64 ? `${m.source.slice(0, 12)}…` : m.source))
            .join(','),
        Networks: () => c.endpoints.map((e) => e.network).join(',') || c.networkRequests.map((n) => n.name).join(','),
        LocalVolumes: () => String(c.mounts.filter((m) => m.type === 'volume').length),
      });
    const headers: Record<string, string> = {
      ID: 'CONTAINER ID',
      Image: 'IMAGE',
      Command: 'COMMAND',
      CreatedAt: 'CREATED AT',
      RunningFor: 'CREATED',
      Ports: 'PORTS',
      State: 'STATE',
      Status: 'STATUS',
      Names: 'NAMES',
      Size: 'SIZE',
      Labels: 'LABELS',
      Mounts: 'MOUNTS',
      Networks: 'NETWORKS',
      LocalVolumes: 'LOCAL VOLUMES',
    };
    return this.formatRows(format, list.map(row), headers, io);
  }

  /** Renders rows with a --format (table or not), or JSON lines. */
  formatRows(format: string, rows: Record<string, unknown>[], headers: Record<string, string>, io: CliIo): number {
    if (format === 'json') {
      for (const r of rows) {
        const plain = Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v !== 'function'));
        io.out(`${goJson(plain)}\n`);
      }
      return 0;
    }
    const table = format.startsWith('table');
    const body = unescapeFormat(table ? format.replace(/^table\s*/, '') : format);
    let render: (data: unknown) => string;
    try {
      render = compileTemplate(body);
    } catch (error) {
      io.err(`template parsing error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    try {
      if (!table) {
        for (const r of rows) io.out(`${render(r)}\n`);
        return 0;
      }
      const headerData: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(headers), ...Object.keys(rows[0] ?? {})])) {
        headerData[key] = own(headers, key) ?? key.toUpperCase();
      }
      const headerRow = render(headerData);
      const lines = [headerRow, ...rows.map(render)];
      io.out(`${tabwrite(lines.map((l) => l.split('\t')))}\n`);
      return 0;
    } catch (error) {
      if (error instanceof TemplateError) {
        io.err(
          `template: :1:${error.message.includes('field') ? '' : ''} executing "" at <${body.slice(0, 40)}>: ${error.message}\n`,
        );
        return 1;
      }
      throw error;
    }
  }

  private logs(cmd: ParsedCommand, io: CliIo): number {
    const ref = cmd.args[0]!.raw;
    const c = this.rt.findContainer(ref);
    if (!c) return this.noSuchContainer(io, ref);
    this.rt.flushLoop(c, this.rt.clock);
    let entries = c.logs.filter((l) => l.time <= this.rt.clock);
    const since = opt(cmd, 'since');
    const until = opt(cmd, 'until');
    const sinceMs = since === null ? null : this.timeArg(since);
    const untilMs = until === null ? null : this.timeArg(until);
    if (sinceMs !== null) entries = entries.filter((l) => l.time >= sinceMs);
    if (untilMs !== null) entries = entries.filter((l) => l.time <= untilMs);
    const tail = opt(cmd, 'tail');
    if (tail !== null && tail !== 'all') {
      const n = Number(tail);
      if (Number.isFinite(n) && n >= 0) entries = n === 0 ? [] : entries.slice(-n);
    }
    const stamps = has(cmd, 'timestamps');
    for (const entry of entries) {
      const line = `${stamps ? `${rfc3339Nano(entry.time)} ` : ''}${entry.text}\n`;
      if (entry.stream === 'stdout') io.out(line);
      else io.err(line);
    }
    if (has(cmd, 'follow')) {
      io.err(
        `(Lab : « -f » suit les journaux en continu ; ce terminal affiche ce qui est écrit jusqu’ici puis rend la main. Relancez docker logs pour voir la suite.)\n`,
      );
    }
    return 0;
  }

  /** "10s", "2m", "1h" (relative) or an RFC 3339 date → ms epoch. */
  timeArg(text: string): number | null {
    const rel = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text);
    if (rel) return this.rt.clock - Number(rel[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[rel[2] as 'ms'];
    if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? null : parsed;
  }

  private exec(cmd: ParsedCommand, io: CliIo, effect: CliEffect): number {
    const ref = cmd.args[0]!.raw;
    const c = this.rt.findContainer(ref);
    if (!c) return this.noSuchContainer(io, ref);
    if (c.status === 'paused')
      return daemonError(io, `Container ${c.name} is paused, unpause the container before exec`);
    if (c.status !== 'running') return daemonError(io, `container ${c.id} is not running`);
    const program = cmd.rest[0]!;
    const base = program.split('/').pop()!;
    if (!this.rt.isCommand(c.image.spec, base) || (program.startsWith('/') && c.image.spec.toolset === 'none')) {
      io.err(
        `OCI runtime exec failed: exec failed: unable to start container process: exec: "${program}": executable file not found in $PATH: unknown\n`,
      );
      return 126;
    }
    const env = [...c.env];
    for (const entry of all(cmd, 'env')) if (entry.includes('=')) env.push(entry);
    const user = opt(cmd, 'user') ?? c.user;
    const workdir = opt(cmd, 'workdir') ?? c.workingDir;
    // `sh -c '…'` runs its script and exits, terminal or not; a bare shell with a terminal is an interactive session.
    if (isShell(cmd.rest) && !cmd.rest.includes('-c') && has(cmd, 'interactive') && has(cmd, 'tty')) {
      effect.session = { container: c, kind: 'exec', user, workdir, env };
      this.rt.event('container', `exec_start: ${cmd.rest.join(' ')}`, c.id, this.rt.attrs(c));
      return 0;
    }
    if (isShell(cmd.rest) && !cmd.rest.includes('-c')) {
      // A shell without a terminal reads an empty stdin and exits.
      return 0;
    }
    this.rt.event('container', `exec_start: ${cmd.rest.join(' ')}`, c.id, this.rt.attrs(c));
    return this.execInContainer(c, cmd.rest, { user, workdir, env }, io);
  }

  /** Set by the engine: runs argv in a container, printing its output. */
  execInContainer: (
    c: Container,
    argv: string[],
    how: { user: string; workdir: string; env: string[] },
    io: CliIo,
  ) => number = () => 0;

  private inspectTarget(ref: string, type: 'container' | 'image' | 'network' | 'volume' | null): unknown {
    const rt = this.rt;
    if (type === null || type === 'container') {
      const c = rt.findContainer(ref);
      if (c) return inspectContainer(rt, c, this);
    }
    if (type === null || type === 'image') {
      const image = rt.findImage(ref);
      if (image) return inspectImage(rt, image);
    }
    if (type === null || type === 'network') {
      const n = rt.findNetwork(ref);
      if (n) return inspectNetwork(rt, n);
    }
    if (type === null || type === 'volume') {
      const v = rt.findVolume(ref);
      if (v) return inspectVolume(rt, v);
    }
    return null;
  }

  private inspect(cmd: ParsedCommand, io: CliIo, type: 'container' | 'image' | null): number {
    const found: unknown[] = [];
    let status = 0;
    const errors: string[] = [];
    for (const arg of cmd.args) {
      const target = this.inspectTarget(arg.raw, type);
      if (target === null) {
        errors.push(
          type === 'container'
            ? `Error response from daemon: No such container: ${arg.raw}`
            : type === 'image'
              ? `Error response from daemon: No such image: ${arg.raw}`
              : `Error: No such object: ${arg.raw}`,
        );
        status = 1;
        continue;
      }
      found.push(target);
    }
    const render = this.renderInspect(cmd, found, io);
    for (const error of errors) io.err(`${error}\n`);
    return render === 0 ? status : render;
  }

  private inspectMany(cmd: ParsedCommand, io: CliIo, type: 'network' | 'volume'): number {
    const found: unknown[] = [];
    let status = 0;
    const errors: string[] = [];
    for (const arg of cmd.args) {
      const target = this.inspectTarget(arg.raw, type);
      if (target === null) {
        errors.push(
          type === 'network'
            ? `Error response from daemon: network ${arg.raw} not found`
            : `Error response from daemon: get ${arg.raw}: no such volume`,
        );
        status = 1;
        continue;
      }
      found.push(target);
    }
    const render = this.renderInspect(cmd, found, io);
    for (const error of errors) io.err(`${error}\n`);
    return render === 0 ? status : render;
  }

  private renderInspect(cmd: ParsedCommand, found: unknown[], io: CliIo): number {
    const format = opt(cmd, 'format');
    if (format === null || format === 'json') {
      io.out(`${JSON.stringify(stripKeys(found), null, 4)}\n`);
      return 0;
    }
    let render: (data: unknown) => string;
    try {
      render = compileTemplate(unescapeFormat(format));
    } catch (error) {
      io.err(`template parsing error: template: :1: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
    for (const item of found) {
      try {
        io.out(`${render(item)}\n`);
      } catch (error) {
        io.err(
          `template: :1:${2} executing "" at <${format.replace(/^\{\{\s*/, '').replace(/\s*\}\}.*$/, '')}>: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return 1;
      }
    }
    return 0;
  }

  private port(cmd: ParsedCommand, io: CliIo): number {
    const ref = cmd.args[0]!.raw;
    const c = this.rt.findContainer(ref);
    if (!c) return this.noSuchContainer(io, ref);
    const wanted = cmd.args[1]?.raw;
    let bindings = [...c.ports].sort((a, b) => a.containerPort - b.containerPort);
    if (wanted) {
      const [port, proto = 'tcp'] = wanted.split('/');
      bindings = bindings.filter((b) => String(b.containerPort) === port && b.protocol === proto);
      if (bindings.length === 0) {
        io.err(`Error: No public port '${port}/${proto}' published for ${ref}\n`);
        return 1;
      }
      for (const b of bindings) {
        io.out(`${b.hostIp}:${b.hostPort}\n`);
        if (b.hostIp === '0.0.0.0') io.out(`[::]:${b.hostPort}\n`);
      }
      return 0;
    }
    for (const b of bindings) {
      io.out(`${b.containerPort}/${b.protocol} -> ${b.hostIp}:${b.hostPort}\n`);
      if (b.hostIp === '0.0.0.0') io.out(`${b.containerPort}/${b.protocol} -> [::]:${b.hostPort}\n`);
    }
    return 0;
  }

  private top(cmd: ParsedCommand, io: CliIo): number {
    const ref = cmd.args[0]!.raw;
    const c = this.rt.findContainer(ref);
    if (!c) return this.noSuchContainer(io, ref);
    if (c.status !== 'running' && c.status !== 'paused') return daemonError(io, `container ${c.id} is not running`);
    const start = new Date(c.startedAt ?? this.rt.clock).toISOString().slice(11, 16);
    const uid = c.user === '' ? 'root' : c.user.split(':')[0]!;
    const rows = [
      ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
      [
        uid,
        String(c.pidBase),
        String(c.pidBase - 23),
        '0',
        start,
        c.tty ? 'pts/0' : '?',
        '00:00:00',
        c.proc?.argv.join(' ') ?? '',
      ],
    ];
    if (c.proc?.server && c.image.spec.repository === 'nginx') {
      rows[1]![7] = 'nginx: master process nginx -g daemon off;';
      rows.push([
        '101',
        String(c.pidBase + 1),
        String(c.pidBase),
        '0',
        start,
        '?',
        '00:00:00',
        'nginx: worker process',
      ]);
      rows.push([
        '101',
        String(c.pidBase + 2),
        String(c.pidBase),
        '0',
        start,
        '?',
        '00:00:00',
        'nginx: worker process',
      ]);
    }
    io.out(`${tabwrite(rows)}\n`);
    return 0;
  }

  memoryUsage(c: Container): number {
    if (c.status !== 'running' && c.status !== 'paused') return 0;
    const proc = c.proc;
    if (!proc) return 0;
    if (proc.hog)
      return c.memoryLimit > 0 ? c.memoryLimit : Math.min(8 * 1024 ** 3, (this.rt.clock - proc.startedAt) * 500_000);
    return proc.memory;
  }

  private stats(cmd: ParsedCommand, io: CliIo): number {
    let list = cmd.args.length
      ? cmd.args.map((a) => ({ ref: a.raw, c: this.rt.findContainer(a.raw) }))
      : [...this.rt.containers]
          .filter((c) => has(cmd, 'all') || c.status === 'running' || c.status === 'paused')
          .map((c) => ({ ref: c.name, c }));
    for (const { ref, c } of list) {
      if (!c) {
        io.err(`Error response from daemon: No such container: ${ref}\n`);
        return 1;
      }
    }
    list = list.filter((e) => e.c);
    if (!has(cmd, 'no-stream')) {
      io.err(
        '(Lab : docker stats s’actualise en continu ; ce terminal affiche une seule mesure, comme avec --no-stream.)\n',
      );
    }
    const hostMemory = 24 * 1024 ** 3;
    const rows = list.map(({ c }) => {
      const container = c!;
      const running = container.status === 'running' || container.status === 'paused';
      const mem = this.memoryUsage(container);
      const limit = container.memoryLimit > 0 ? container.memoryLimit : hostMemory;
      const cpu =
        running && container.status !== 'paused'
          ? container.proc?.hog
            ? Math.min(100, (container.nanoCpus / 1e9 || 1) * 100)
            : container.proc?.server
              ? 0.01
              : 0
          : 0;
      const pids = running ? (container.proc?.server && container.image.spec.repository === 'nginx' ? 3 : 1) : 0;
      return {
        Container: container.id.slice(0, 12),
        ID: container.id.slice(0, 12),
        Name: container.name,
        CPUPerc: `${cpu.toFixed(2)}%`,
        MemUsage: running ? `${binarySize(mem)} / ${binarySize(limit)}` : '0B / 0B',
        MemPerc: running ? `${((mem / limit) * 100).toFixed(2)}%` : '0.00%',
        NetIO: running ? `${humanSize(1126)} / ${humanSize(0)}` : '0B / 0B',
        BlockIO: running ? '0B / 0B' : '0B / 0B',
        PIDs: String(pids),
      };
    });
    const format =
      opt(cmd, 'format') ??
      'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
    const headers = {
      Container: 'CONTAINER',
      ID: 'CONTAINER ID',
      Name: 'NAME',
      CPUPerc: 'CPU %',
      MemUsage: 'MEM USAGE / LIMIT',
      MemPerc: 'MEM %',
      NetIO: 'NET I/O',
      BlockIO: 'BLOCK I/O',
      PIDs: 'PIDS',
    };
    return this.formatRows(format, rows, headers, io);
  }

  private diff(cmd: ParsedCommand, io: CliIo): number {
    const ref = cmd.args[0]!.raw;
    const c = this.rt.findContainer(ref);
    if (!c) return this.noSuchContainer(io, ref);
    const changes = new Map<string, 'A' | 'C' | 'D'>();
    const inImage = (path: string): boolean =>
      c.image.spec.files?.[path] !== undefined ||
      [
        '/bin',
        '/dev',
        '/etc',
        '/home',
        '/lib',
        '/media',
        '/mnt',
        '/opt',
        '/proc',
        '/root',
        '/run',
        '/sbin',
        '/srv',
        '/sys',
        '/tmp',
        '/usr',
        '/var',
      ].includes(path) ||
      Object.keys(c.image.spec.files ?? {}).some((k) => k.startsWith(`${path}/`));
    for (const [path, entry] of c.layer) {
      changes.set(path, entry.kind === 'deleted' ? 'D' : inImage(path) ? 'C' : 'A');
      const parts = path.split('/').filter(Boolean);
      for (let i = 1; i < parts.length; i++) {
        const parent = `/${parts.slice(0, i).join('/')}`;
        if (!changes.has(parent)) changes.set(parent, inImage(parent) ? 'C' : 'A');
      }
    }
    for (const [path, kind] of [...changes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      io.out(`${kind} ${path}\n`);
    return 0;
  }

  private cp(cmd: ParsedCommand, io: CliIo): number {
    const [from, to] = [cmd.args[0]!.raw, cmd.args[1]!.raw];
    const split = (s: string): { container: string; path: string } | null => {
      const m = /^([a-zA-Z0-9][a-zA-Z0-9_.-]*):(.*)$/.exec(s);
      return m ? { container: m[1]!, path: m[2]! } : null;
    };
    const src = split(from);
    const dst = split(to);
    if ((src && dst) || (!src && !dst)) {
      io.err(src ? 'copying between containers is not supported\n' : 'must specify at least one container source\n');
      return 1;
    }
    const ref = (src ?? dst)!.container;
    const c = this.rt.findContainer(ref);
    if (!c) return this.noSuchContainer(io, ref);
    if (src) {
      const path = normalizeAbsolute(src.path.startsWith('/') ? src.path : `${c.workingDir}/${src.path}`);
      const content = this.rt.readFile(c, path);
      if (content === null) {
        io.err(`Error response from daemon: Could not find the file ${src.path} in container ${ref}\n`);
        return 1;
      }
      const hostAbs = normalizeAbsolute(to.startsWith('/') ? to : `${LAB_DIR}/${to}`);
      let rel = hostRelative(hostAbs);
      if (rel === null) {
        io.err(`Ce lab n’écrit que dans le dossier ${LAB_DIR}.\n`);
        return 1;
      }
      const isDir =
        rel === '' || this.rt.hostDirs.has(rel) || [...this.rt.hostFiles.keys()].some((k) => k.startsWith(`${rel}/`));
      if (isDir) rel = rel === '' ? path.split('/').pop()! : `${rel}/${path.split('/').pop()!}`;
      this.rt.hostFiles.set(rel, content);
      io.err(`Successfully copied ${humanSize(content.length)} to ${to}\n`);
      return 0;
    }
    const hostAbs = normalizeAbsolute(from.startsWith('/') ? from : `${LAB_DIR}/${from}`);
    const rel = hostRelative(hostAbs);
    const content = rel === null ? undefined : this.rt.hostFiles.get(rel);
    if (content === undefined) {
      io.err(`lstat ${hostAbs}: no such file or directory\n`);
      return 1;
    }
    let target = normalizeAbsolute(dst!.path.startsWith('/') ? dst!.path : `${c.workingDir}/${dst!.path}`);
    if (this.rt.readFile(c, target) === null && this.rt.listDir(c, target).exists)
      target = `${target === '/' ? '' : target}/${hostAbs.split('/').pop()!}`;
    const error = this.rt.writeFile(c, target, content);
    if (error) {
      io.err(`Error response from daemon: ${error}\n`);
      return 1;
    }
    io.err(`Successfully copied ${humanSize(content.length)} to ${to}\n`);
    return 0;
  }

  private rename(cmd: ParsedCommand, io: CliIo): number {
    const [ref, next] = [cmd.args[0]!.raw, cmd.args[1]!.raw];
    const c = this.rt.findContainer(ref);
    if (!c) return daemonError(io, `No such container: ${ref}`);
    const failed = `\nError: failed to rename container named ${ref}`;
    if (!/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(next))
      return daemonError(io, `Invalid container name (${next}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed${failed}`);
    const clash = this.rt.findContainer(next);
    if (clash && clash.name === next)
      return daemonError(
        io,
        `Error when allocating new name: Conflict. The container name "/${next}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.${failed}`,
      );
    const old = c.name;
    c.name = next;
    this.rt.event('container', 'rename', c.id, { ...this.rt.attrs(c), oldName: `/${old}` });
    return 0;
  }

  private containerPrune(cmd: ParsedCommand, io: CliIo): number {
    if (!has(cmd, 'force')) {
      io.err(
        '(Lab : docker demanderait « Are you sure you want to continue? [y/N] » ; ce terminal ne pose pas de question : ajoutez -f pour confirmer.)\n',
      );
      return 1;
    }
    const removed = this.rt.containers.filter(
      (c) => c.status === 'exited' || c.status === 'created' || c.status === 'dead',
    );
    let size = 0;
    for (const c of removed) {
      size += layerSize(c);
      this.rt.remove(c, false);
    }
    if (removed.length) io.out(`Deleted Containers:\n${removed.map((c) => `${c.id}\n`).join('')}\n`);
    io.out(`Total reclaimed space: ${humanSize(size)}\n`);
    return 0;
  }

  /* ================================================================== images */

  private pullFailure(reference: string): string {
    const found = this.rt.lookupRegistry(reference);
    if ('error' in found && found.error === 'manifest')
      return `manifest for ${found.repository}:${found.tag} not found: manifest unknown: manifest unknown`;
    const { repository } = splitReference(reference);
    return `pull access denied for ${repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`;
  }

  /** Pulls into the local store: 0 done, 2 unknown image (the caller prints the daemon's error). */
  pullImage(reference: string, io: CliIo, forRun: boolean): number {
    const rt = this.rt;
    const found = rt.lookupRegistry(reference);
    const { repository, tag } = splitReference(reference);
    const print = forRun ? io.err : io.out;
    if (forRun) io.err(`Unable to find image '${repository}:${tag}' locally\n`);
    if ('error' in found) return 2;
    if (rt.images.length >= LIMITS.images && !rt.findImage(reference)) {
      io.err(
        `Ce lab accepte au plus ${LIMITS.images} images : supprimez-en avec docker rmi (ou docker image prune -a).\n`,
      );
      return 1;
    }
    const existing = rt.findImage(`${repository}:${tag}`);
    const official = !repository.includes('/') || repository.startsWith('library/');
    const full = `${repository.includes('.') ? '' : 'docker.io/'}${official ? 'library/' : ''}${repository}:${tag}`;
    if (existing) {
      print(
        `${tag}: Pulling from ${official ? 'library/' : ''}${repository}\nDigest: sha256:${existing.id.split('').reverse().join('')}\nStatus: Image is up to date for ${repository}:${tag}\n`,
      );
      if (!forRun) io.out(`${full}\n`);
      return 0;
    }
    const image = rt.addImage(found.spec, repository, tag);
    print(`${tag}: Pulling from ${official ? 'library/' : ''}${repository}\n`);
    found.spec.layers
      .filter(([size]) => size > 0)
      .forEach((_layer, index) => print(`${image.id.slice(index * 4, index * 4 + 12)}: Pull complete\n`));
    print(
      `Digest: sha256:${image.id.split('').reverse().join('')}\nStatus: Downloaded newer image for ${repository}:${tag}\n`,
    );
    if (!forRun) io.out(`${full}\n`);
    rt.event('image', 'pull', `${repository}:${tag}`, { name: repository });
    return 0;
  }

  private pull(cmd: ParsedCommand, io: CliIo): number {
    const reference = cmd.args[0]!.raw;
    if (!reference.includes(':') && !reference.includes('@')) io.out('Using default tag: latest\n');
    const code = this.pullImage(reference, has(cmd, 'quiet') ? { out: () => undefined, err: io.err } : io, false);
    if (code === 2) return daemonError(io, this.pullFailure(reference));
    if (code === 0 && has(cmd, 'quiet')) {
      const { repository, tag } = splitReference(reference);
      io.out(`docker.io/${repository.includes('/') ? '' : 'library/'}${repository}:${tag}\n`);
    }
    return code;
  }

  private imageRows(): { repo: string; tag: string; image: Image }[] {
    const rows: { repo: string; tag: string; image: Image }[] = [];
    for (const image of [...this.rt.images].sort((a, b) => b.created - a.created)) {
      for (const repoTag of image.repoTags) {
        const colon = repoTag.lastIndexOf(':');
        rows.push({ repo: repoTag.slice(0, colon), tag: repoTag.slice(colon + 1), image });
      }
      if (image.repoTags.length === 0) rows.push({ repo: '<none>', tag: '<none>', image });
    }
    return rows;
  }

  private images(cmd: ParsedCommand, io: CliIo): number {
    let rows = this.imageRows();
    const filterRef = cmd.args[0]?.raw;
    if (filterRef) {
      const { repository, tag } = splitReference(filterRef);
      rows = rows.filter((r) => r.repo === repository && (filterRef.includes(':') ? r.tag === tag : true));
    }
    for (const f of this.filtersOf(cmd)) {
      if (f.key === 'dangling') rows = rows.filter((r) => (r.repo === '<none>') === (f.value === 'true'));
      else if (f.key === 'reference')
        rows = rows.filter(
          (r) =>
            new RegExp(`^${f.value.replace(/\*/g, '.*')}$`).test(`${r.repo}:${r.tag}`) ||
            new RegExp(`^${f.value.replace(/\*/g, '.*')}$`).test(r.repo),
        );
      else {
        io.err(`Error response from daemon: invalid filter '${f.key}'\n`);
        return 1;
      }
    }
    const noTrunc = has(cmd, 'no-trunc');
    if (has(cmd, 'quiet')) {
      const seen = new Set<string>();
      for (const r of rows) {
        if (seen.has(r.image.id)) continue;
        seen.add(r.image.id);
        io.out(`${noTrunc ? `sha256:${r.image.id}` : r.image.id.slice(0, 12)}\n`);
      }
      return 0;
    }
    const data = rows.map((r) => ({
      Repository: r.repo,
      Tag: r.tag,
      ID: noTrunc ? `sha256:${r.image.id}` : r.image.id.slice(0, 12),
      CreatedSince: `${humanDuration(this.rt.clock - r.image.created)} ago`,
      CreatedAt: goTime(r.image.created),
      Size: humanSize(r.image.size),
      Digest: '<none>',
      Containers: 'N/A',
    }));
    const format = opt(cmd, 'format') ?? 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
    return this.formatRows(
      format,
      data,
      {
        Repository: 'REPOSITORY',
        Tag: 'TAG',
        ID: 'IMAGE ID',
        CreatedSince: 'CREATED',
        CreatedAt: 'CREATED AT',
        Size: 'SIZE',
        Digest: 'DIGEST',
        Containers: 'CONTAINERS',
      },
      io,
    );
  }

  private rmi(cmd: ParsedCommand, io: CliIo): number {
    let status = 0;
    for (const arg of cmd.args) {
      const image = this.rt.findImage(arg.raw);
      if (!image) {
        io.err(
          `Error response from daemon: No such image: ${arg.raw.includes(':') || /^[0-9a-f]{12,}$/.test(arg.raw) ? arg.raw : `${arg.raw}:latest`}\n`,
        );
        status = 1;
        continue;
      }
      const byTag =
        !/^(sha256:)?[0-9a-f]{4,64}$/.test(arg.raw) || !image.id.startsWith(arg.raw.replace(/^sha256:/, ''));
      const { repository, tag } = splitReference(arg.raw);
      const users = this.rt.containers.filter((c) => c.image === image);
      if (byTag && image.repoTags.length > 1) {
        image.repoTags = image.repoTags.filter((t) => t !== `${repository}:${tag}`);
        io.out(`Untagged: ${repository}:${tag}\n`);
        this.rt.event('image', 'untag', image.id, { name: `${repository}:${tag}` });
        continue;
      }
      if (users.length && !has(cmd, 'force')) {
        const user = users[0]!;
        io.err(
          user.status === 'running' || user.status === 'paused'
            ? `Error response from daemon: conflict: unable to ${byTag ? `remove repository reference "${arg.raw}" (must force)` : `delete ${image.id.slice(0, 12)} (cannot be forced)`} - container ${user.id.slice(0, 12)} is ${byTag ? 'using its referenced image' : 'running'} ${byTag ? image.id.slice(0, 12) : ''}\n`.replace(
                ' \n',
                '\n',
              )
            : `Error response from daemon: conflict: unable to ${byTag ? `remove repository reference "${arg.raw}" (must force)` : `delete ${image.id.slice(0, 12)} (must be forced)`} - container ${user.id.slice(0, 12)} is using its referenced image ${image.id.slice(0, 12)}\n`,
        );
        status = 1;
        continue;
      }
      for (const t of image.repoTags) io.out(`Untagged: ${t}@sha256:${image.id.split('').reverse().join('')}\n`);
      if (users.length) {
        // Forced while used: the tags go, the image stays for its containers (dangling).
        image.repoTags = [];
        continue;
      }
      io.out(`Deleted: sha256:${image.id}\n`);
      this.rt.images.splice(this.rt.images.indexOf(image), 1);
      this.rt.event('image', 'delete', image.id, { name: image.id });
    }
    return status;
  }

  private tag(cmd: ParsedCommand, io: CliIo): number {
    const [source, target] = [cmd.args[0]!.raw, cmd.args[1]!.raw];
    const image = this.rt.findImage(source);
    if (!image) return daemonError(io, `No such image: ${source.includes(':') ? source : `${source}:latest`}`);
    if (target !== target.toLowerCase() || /[^a-z0-9._/:-]/.test(target)) {
      io.err(
        `Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format${target !== target.toLowerCase() ? ': repository name must be lowercase' : ''}\n`,
      );
      return 1;
    }
    const { repository, tag } = splitReference(target);
    const existing = this.rt.findImage(`${repository}:${tag}`);
    if (existing) existing.repoTags = existing.repoTags.filter((t) => t !== `${repository}:${tag}`);
    if (!image.repoTags.includes(`${repository}:${tag}`)) image.repoTags.push(`${repository}:${tag}`);
    this.rt.event('image', 'tag', image.id, { name: `${repository}:${tag}` });
    return 0;
  }

  private history(cmd: ParsedCommand, io: CliIo): number {
    const ref = cmd.args[0]!.raw;
    const image = this.rt.findImage(ref);
    if (!image) return daemonError(io, `No such image: ${ref.includes(':') ? ref : `${ref}:latest`}`);
    const built = image.spec.history;
    const layers = built
      ? built.map((row) => [row.size, row.createdBy] as [number, string]).reverse()
      : [...image.spec.layers].reverse();
    const builtRows = built ? [...built].reverse() : null;
    const noTrunc = has(cmd, 'no-trunc');
    if (has(cmd, 'quiet')) {
      io.out(`${noTrunc ? `sha256:${image.id}` : image.id.slice(0, 12)}\n${'<missing>\n'.repeat(layers.length - 1)}`);
      return 0;
    }
    const human = opt(cmd, 'human') !== 'false';
    const rows = layers.map(([size, createdBy], index) => {
      const row = builtRows?.[index];
      const id = index === 0 ? image.id : (row?.id ?? null);
      const created = row?.created ?? image.created;
      return {
        ID: id === null ? '<missing>' : noTrunc ? `sha256:${id}` : id.slice(0, 12),
        CreatedSince: human ? `${humanDuration(this.rt.clock - created)} ago` : new Date(created).toISOString(),
        CreatedBy: noTrunc ? createdBy : ellipsis(createdBy, 45),
        Size: human ? humanSize(size) : String(size),
        Comment: row ? row.comment : createdBy.includes('buildkit') ? 'buildkit.dockerfile.v0' : '',
      };
    });
    const format = opt(cmd, 'format') ?? 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
    return this.formatRows(
      format,
      rows,
      { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' },
      io,
    );
  }

  private imagePrune(cmd: ParsedCommand, io: CliIo): number {
    if (!has(cmd, 'force')) {
      io.err(
        '(Lab : docker demanderait « Are you sure you want to continue? [y/N] » ; ce terminal ne pose pas de question : ajoutez -f pour confirmer.)\n',
      );
      return 1;
    }
    const used = new Set(this.rt.containers.map((c) => c.image));
    const removable = this.rt.images.filter((i) => !used.has(i) && (has(cmd, 'all') || i.repoTags.length === 0));
    let size = 0;
    const lines: string[] = [];
    for (const image of removable) {
      for (const t of image.repoTags) lines.push(`untagged: ${t}@sha256:${image.id.split('').reverse().join('')}`);
      lines.push(`deleted: sha256:${image.id}`);
      size += image.size;
      this.rt.images.splice(this.rt.images.indexOf(image), 1);
      this.rt.event('image', 'delete', image.id, { name: image.id });
    }
    if (lines.length) io.out(`Deleted Images:\n${lines.join('\n')}\n\n`);
    io.out(`Total reclaimed space: ${humanSize(size)}\n`);
    return 0;
  }

  /* ================================================================== networks */

  private networkCreate(cmd: ParsedCommand, io: CliIo): number {
    const name = cmd.args[0]!.raw;
    const driver = opt(cmd, 'driver') ?? 'bridge';
    if (this.rt.findNetwork(name)?.name === name) return daemonError(io, `network with name ${name} already exists`);
    if (driver !== 'bridge') {
      if (driver === 'host' || driver === 'null')
        return daemonError(io, `only one instance of "${driver}" network is allowed`);
      io.err(`Le pilote réseau « ${driver} » n’est pas simulé dans ce lab (seul bridge l’est).\n`);
      return 1;
    }
    if (this.rt.networks.length >= LIMITS.networks) {
      io.err(
        `Ce lab accepte au plus ${LIMITS.networks} réseaux : supprimez-en avec docker network rm (ou docker network prune).\n`,
      );
      return 1;
    }
    const subnet = opt(cmd, 'subnet') ?? undefined;
    if (subnet !== undefined) {
      if (!/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(subnet))
        return daemonError(io, `invalid subnet ${subnet}: invalid CIDR address: ${subnet}`);
      const clash = this.rt.networks.find((n) => n.subnet === subnet);
      if (clash) return daemonError(io, 'Pool overlaps with other one on this address space');
    }
    const network = this.rt.createNetwork(name, subnet);
    network.internal = has(cmd, 'internal');
    io.out(`${network.id}\n`);
    return 0;
  }

  private networkLs(cmd: ParsedCommand, io: CliIo): number {
    let list = [...this.rt.networks].sort((a, b) => a.name.localeCompare(b.name));
    for (const f of this.filtersOf(cmd)) {
      if (f.key === 'name') list = list.filter((n) => n.name.includes(f.value));
      else if (f.key === 'driver') list = list.filter((n) => n.driver === f.value);
      else if (f.key === 'type') list = list.filter((n) => (f.value === 'builtin') === n.builtin);
      else if (f.key === 'dangling')
        list = list.filter(
          (n) => !n.builtin && !this.rt.containers.some((c) => c.endpoints.some((e) => e.network === n.name)),
        );
      else return daemonError(io, `invalid filter '${f.key}'`);
    }
    const noTrunc = has(cmd, 'no-trunc');
    if (has(cmd, 'quiet')) {
      for (const n of list) io.out(`${noTrunc ? n.id : n.id.slice(0, 12)}\n`);
      return 0;
    }
    const rows = list.map((n) => ({
      ID: noTrunc ? n.id : n.id.slice(0, 12),
      Name: n.name,
      Driver: n.driver,
      Scope: 'local',
      IPv6: 'false',
      Internal: String(n.internal),
      CreatedAt: goTime(n.created),
    }));
    const format = opt(cmd, 'format') ?? 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
    return this.formatRows(
      format,
      rows,
      {
        ID: 'NETWORK ID',
        Name: 'NAME',
        Driver: 'DRIVER',
        Scope: 'SCOPE',
        IPv6: 'IPV6',
        Internal: 'INTERNAL',
        CreatedAt: 'CREATED AT',
      },
      io,
    );
  }

  private networkConnect(cmd: ParsedCommand, io: CliIo): number {
    const [netRef, ref] = [cmd.args[0]!.raw, cmd.args[1]!.raw];
    const network = this.rt.findNetwork(netRef);
    if (!network) return daemonError(io, `network ${netRef} not found`);
    const c = this.rt.findContainer(ref);
    if (!c) return daemonError(io, `No such container: ${ref}`);
    if (
      network.name === 'host' ||
      network.name === 'none' ||
      c.networkRequests.some((n) => n.name === 'host' || n.name === 'none')
    ) {
      return daemonError(io, 'container cannot be disconnected from host network or connected to host network');
    }
    if (c.networkRequests.some((n) => n.name === network.name)) {
      return daemonError(io, `endpoint with name ${c.name} already exists in network ${network.name}`);
    }
    const aliases = all(cmd, 'alias');
    if (network.builtin && aliases.length)
      return daemonError(io, 'network-scoped alias is supported only for containers in user defined networks');
    c.networkRequests.push({ name: network.name, aliases });
    if (c.status === 'running' || c.status === 'paused') this.rt.connect(c, network, [...aliases]);
    return 0;
  }

  private networkDisconnect(cmd: ParsedCommand, io: CliIo): number {
    const [netRef, ref] = [cmd.args[0]!.raw, cmd.args[1]!.raw];
    const network = this.rt.findNetwork(netRef);
    if (!network) return daemonError(io, `network ${netRef} not found`);
    const c = this.rt.findContainer(ref);
    if (!c) return daemonError(io, `No such container: ${ref}`);
    const index = c.networkRequests.findIndex((n) => n.name === network.name);
    if (index === -1) return daemonError(io, `container ${c.id} is not connected to network ${network.name}`);
    c.networkRequests.splice(index, 1);
    const endpoint = c.endpoints.findIndex((e) => e.network === network.name);
    if (endpoint !== -1) {
      c.endpoints.splice(endpoint, 1);
      this.rt.event('network', 'disconnect', network.id, { container: c.id, name: network.name, type: network.driver });
    }
    return 0;
  }

  private networkRm(cmd: ParsedCommand, io: CliIo): number {
    let status = 0;
    for (const arg of cmd.args) {
      const network = this.rt.findNetwork(arg.raw);
      if (!network) {
        io.err(`Error response from daemon: network ${arg.raw} not found\n`);
        status = 1;
        continue;
      }
      if (network.builtin) {
        io.err(`Error response from daemon: ${network.name} is a pre-defined network and cannot be removed\n`);
        status = 1;
        continue;
      }
      const users = this.rt.containers.filter((c) => c.endpoints.some((e) => e.network === network.name));
      if (users.length) {
        io.err(
          `Error response from daemon: error while removing network: network ${network.name} has active endpoints (name:"${users[0]!.name}" id:"${users[0]!.id.slice(0, 12)}")\n`,
        );
        status = 1;
        continue;
      }
      for (const c of this.rt.containers) c.networkRequests = c.networkRequests.filter((n) => n.name !== network.name);
      this.rt.networks.splice(this.rt.networks.indexOf(network), 1);
      this.rt.event('network', 'destroy', network.id, { name: network.name, type: network.driver });
      io.out(`${arg.raw}\n`);
    }
    // The CLI ends a failed removal with the exit status it returns.
    if (status !== 0) io.err(`exit status ${status}\n`);
    return status;
  }

  private networkPrune(cmd: ParsedCommand, io: CliIo): number {
    if (!has(cmd, 'force')) {
      io.err(
        '(Lab : docker demanderait « Are you sure you want to continue? [y/N] » ; ce terminal ne pose pas de question : ajoutez -f pour confirmer.)\n',
      );
      return 1;
    }
    const removed = this.pruneNetworks();
    if (removed.length) io.out(`Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}\n`);
    return 0;
  }

  private pruneNetworks(): string[] {
    const removed: string[] = [];
    for (const network of [...this.rt.networks]) {
      if (network.builtin) continue;
      if (
        this.rt.containers.some(
          (c) =>
            c.endpoints.some((e) => e.network === network.name) ||
            c.networkRequests.some((n) => n.name === network.name),
        )
      )
        continue;
      this.rt.networks.splice(this.rt.networks.indexOf(network), 1);
      this.rt.event('network', 'destroy', network.id, { name: network.name, type: network.driver });
      removed.push(network.name);
    }
    return removed;
  }

  /* ================================================================== volumes */

  private volumeCreate(cmd: ParsedCommand, io: CliIo): number {
    const name = cmd.args[0]?.raw ?? opt(cmd, 'name') ?? this.rt.prng.hex(64);
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name))
      return daemonError(
        io,
        `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
      );
    if (!this.rt.findVolume(name)) {
      if (this.rt.volumes.length >= LIMITS.volumes) {
        io.err(
          `Ce lab accepte au plus ${LIMITS.volumes} volumes : supprimez-en avec docker volume rm (ou docker volume prune).\n`,
        );
        return 1;
      }
      this.rt.volumes.push({
        name,
        anonymous: false,
        created: this.rt.clock,
        files: new Map(),
        labels: Object.fromEntries(all(cmd, 'label').map((l) => [l.split('=')[0]!, l.split('=').slice(1).join('=')])),
      });
      this.rt.event('volume', 'create', name, { driver: 'local' });
    }
    io.out(`${name}\n`);
    return 0;
  }

  private volumeLs(cmd: ParsedCommand, io: CliIo): number {
    let list = [...this.rt.volumes].sort((a, b) => a.name.localeCompare(b.name));
    for (const f of this.filtersOf(cmd)) {
      if (f.key === 'dangling')
        list = list.filter(
          (v) => (this.rt.volumeUsers(v.name).length === 0) === (f.value === 'true' || f.value === '1'),
        );
      else if (f.key === 'name') list = list.filter((v) => v.name.includes(f.value));
      else if (f.key === 'driver') list = list.filter(() => f.value === 'local');
      else if (f.key === 'label') list = list.filter((v) => f.value.split('=')[0]! in v.labels);
      else return daemonError(io, `invalid filter '${f.key}'`);
    }
    if (has(cmd, 'quiet')) {
      for (const v of list) io.out(`${v.name}\n`);
      return 0;
    }
    const rows = list.map((v) => ({
      Driver: 'local',
      Name: v.name,
      Mountpoint: `/var/lib/docker/volumes/${v.name}/_data`,
      Scope: 'local',
      Labels: Object.entries(v.labels)
        .map(([k, val]) => `${k}=${val}`)
        .join(','),
      Size: 'N/A',
      Links: 'N/A',
    }));
    const format = opt(cmd, 'format') ?? 'table {{.Driver}}\t{{.Name}}';
    return this.formatRows(
      format,
      rows,
      {
        Driver: 'DRIVER',
        Name: 'VOLUME NAME',
        Mountpoint: 'MOUNTPOINT',
        Scope: 'SCOPE',
        Labels: 'LABELS',
        Size: 'SIZE',
        Links: 'LINKS',
      },
      io,
    );
  }

  private volumeRm(cmd: ParsedCommand, io: CliIo): number {
    let status = 0;
    for (const arg of cmd.args) {
      const volume = this.rt.findVolume(arg.raw);
      if (!volume) {
        if (has(cmd, 'force')) {
          io.out(`${arg.raw}\n`);
          continue;
        }
        io.err(`Error response from daemon: get ${arg.raw}: no such volume\n`);
        status = 1;
        continue;
      }
      const users = this.rt.volumeUsers(volume.name);
      if (users.length) {
        io.err(
          `Error response from daemon: remove ${volume.name}: volume is in use - [${users.map((c) => c.id).join(', ')}]\n`,
        );
        status = 1;
        continue;
      }
      this.rt.volumes.splice(this.rt.volumes.indexOf(volume), 1);
      this.rt.event('volume', 'destroy', volume.name, { driver: 'local' });
      io.out(`${arg.raw}\n`);
    }
    return status;
  }

  private volumePrune(cmd: ParsedCommand, io: CliIo): number {
    if (!has(cmd, 'force')) {
      io.err(
        '(Lab : docker demanderait « Are you sure you want to continue? [y/N] » ; ce terminal ne pose pas de question : ajoutez -f pour confirmer.)\n',
      );
      return 1;
    }
    const { names, size } = this.pruneVolumes(has(cmd, 'all'));
    if (names.length) io.out(`Deleted Volumes:\n${names.map((n) => `${n}\n`).join('')}\n`);
    io.out(`Total reclaimed space: ${humanSize(size)}\n`);
    return 0;
  }

  /** Since Engine 23, prune removes only anonymous volumes unless --all. */
  private pruneVolumes(everything: boolean): { names: string[]; size: number } {
    const names: string[] = [];
    let size = 0;
    for (const volume of [...this.rt.volumes]) {
      if (this.rt.volumeUsers(volume.name).length) continue;
      if (!volume.anonymous && !everything) continue;
      size += [...volume.files.values()].reduce((sum, content) => sum + content.length, 0);
      this.rt.volumes.splice(this.rt.volumes.indexOf(volume), 1);
      this.rt.event('volume', 'destroy', volume.name, { driver: 'local' });
      names.push(volume.name);
    }
    return { names, size };
  }

  /* ================================================================== system */

  private systemDf(cmd: ParsedCommand, io: CliIo): number {
    const rt = this.rt;
    const usedImages = new Set(rt.containers.map((c) => c.image));
    const activeImages = rt.images.filter((i) => usedImages.has(i));
    const imageSize = rt.images.reduce((s, i) => s + i.size, 0);
    const reclaimImages = rt.images.filter((i) => !usedImages.has(i)).reduce((s, i) => s + i.size, 0);
    const running = rt.containers.filter((c) => c.status === 'running' || c.status === 'paused');
    const containerSize = rt.containers.reduce((s, c) => s + layerSize(c), 0);
    const stoppedSize = rt.containers.filter((c) => !running.includes(c)).reduce((s, c) => s + layerSize(c), 0);
    const volumeSize = (name: string): number =>
      [...(rt.findVolume(name)?.files.values() ?? [])].reduce((s, c) => s + c.length, 0);
    const activeVolumes = rt.volumes.filter((v) => rt.volumeUsers(v.name).length);
    const totalVolumes = rt.volumes.reduce((s, v) => s + volumeSize(v.name), 0);
    const reclaimVolumes = rt.volumes
      .filter((v) => !activeVolumes.includes(v))
      .reduce((s, v) => s + volumeSize(v.name), 0);
    const pct = (part: number, whole: number): string =>
      whole === 0 ? '0B' : `${humanSize(part)} (${Math.floor((part / whole) * 100)}%)`;
    const reclaim = (part: number, whole: number): string => (part === 0 ? '0B' : pct(part, whole));
    const rows = [
      {
        Type: 'Images',
        TotalCount: String(rt.images.length),
        Active: String(activeImages.length),
        Size: humanSize(imageSize),
        Reclaimable: reclaim(reclaimImages, imageSize),
      },
      {
        Type: 'Containers',
        TotalCount: String(rt.containers.length),
        Active: String(running.length),
        Size: humanSize(containerSize),
        Reclaimable: reclaim(stoppedSize, containerSize),
      },
      {
        Type: 'Local Volumes',
        TotalCount: String(rt.volumes.length),
        Active: String(activeVolumes.length),
        Size: humanSize(totalVolumes),
        Reclaimable: reclaim(reclaimVolumes, totalVolumes),
      },
      { Type: 'Build Cache', TotalCount: '0', Active: '0', Size: '0B', Reclaimable: '0B' },
    ];
    if (has(cmd, 'verbose')) {
      io.out('Images space usage:\n\n');
      const imageRows = this.imageRows().map((r) => [
        r.repo,
        r.tag,
        r.image.id.slice(0, 12),
        `${humanDuration(rt.clock - r.image.created)} ago`,
        humanSize(r.image.size),
        '0B',
        humanSize(r.image.size),
        String(rt.containers.filter((c) => c.image === r.image).length),
      ]);
      io.out(
        `${tabwrite([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'], ...imageRows])}\n\nContainers space usage:\n\n`,
      );
      const containerRows = [...rt.containers]
        .reverse()
        .map((c) => [
          c.id.slice(0, 12),
          c.imageRef,
          `"${ellipsis(commandLine(c), 20)}"`,
          String(c.mounts.filter((m) => m.type === 'volume').length),
          humanSize(layerSize(c)),
          `${humanDuration(rt.clock - c.created)} ago`,
          this.statusText(c),
          c.name,
        ]);
      io.out(
        `${tabwrite([['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'], ...containerRows])}\n\nLocal Volumes space usage:\n\n`,
      );
      const volumeRows = rt.volumes.map((v) => [
        v.name,
        String(rt.volumeUsers(v.name).length),
        humanSize(volumeSize(v.name)),
      ]);
      io.out(
        `${tabwrite([['VOLUME NAME', 'LINKS', 'SIZE'], ...volumeRows])}\n\nBuild cache usage: 0B\n\n${tabwrite([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED']])}\n`,
      );
      return 0;
    }
    const format = opt(cmd, 'format') ?? 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
    return this.formatRows(
      format,
      rows,
      { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' },
      io,
    );
  }

  private systemPrune(cmd: ParsedCommand, io: CliIo): number {
    if (!has(cmd, 'force')) {
      io.err(
        '(Lab : docker demanderait « Are you sure you want to continue? [y/N] » ; ce terminal ne pose pas de question : ajoutez -f pour confirmer.)\n',
      );
      return 1;
    }
    const rt = this.rt;
    let size = 0;
    const containers = rt.containers.filter(
      (c) => c.status === 'exited' || c.status === 'created' || c.status === 'dead',
    );
    for (const c of containers) {
      size += layerSize(c);
      rt.remove(c, false);
    }
    if (containers.length) io.out(`Deleted Containers:\n${containers.map((c) => `${c.id}\n`).join('')}\n`);
    const networks = this.pruneNetworks();
    if (networks.length) io.out(`Deleted Networks:\n${networks.map((n) => `${n}\n`).join('')}\n`);
    if (has(cmd, 'volumes')) {
      const pruned = this.pruneVolumes(false);
      size += pruned.size;
      if (pruned.names.length) io.out(`Deleted Volumes:\n${pruned.names.map((n) => `${n}\n`).join('')}\n`);
    }
    const used = new Set(rt.containers.map((c) => c.image));
    const images = rt.images.filter((i) => !used.has(i) && (has(cmd, 'all') || i.repoTags.length === 0));
    const lines: string[] = [];
    for (const image of images) {
      for (const t of image.repoTags) lines.push(`untagged: ${t}@sha256:${image.id.split('').reverse().join('')}`);
      lines.push(`deleted: sha256:${image.id}`);
      size += image.size;
      rt.images.splice(rt.images.indexOf(image), 1);
      rt.event('image', 'delete', image.id, { name: image.id });
    }
    if (lines.length) io.out(`Deleted Images:\n${lines.join('\n')}\n\n`);
    io.out(`Total reclaimed space: ${humanSize(size)}\n`);
    return 0;
  }

  private events(cmd: ParsedCommand, io: CliIo): number {
    const since = opt(cmd, 'since');
    const until = opt(cmd, 'until');
    if (since === null && until === null) {
      io.err(
        '(Lab : docker events attend de nouveaux événements sans fin ; ce terminal affiche ceux depuis le début du lab puis rend la main. Précisez --since / --until pour choisir la période.)\n',
      );
    }
    const from = since === null ? this.rt.startTime : this.timeArg(since);
    const to = until === null ? this.rt.clock : this.timeArg(until);
    if (from === null || to === null) {
      io.err(`invalid value for --${from === null ? 'since' : 'until'}\n`);
      return 1;
    }
    let list = this.rt.events.filter((e) => e.time >= from && e.time <= to);
    for (const f of this.filtersOf(cmd)) {
      list = list.filter((e) => {
        if (f.key === 'type') return e.type === f.value;
        if (f.key === 'event') return e.action === f.value || e.action.startsWith(`${f.value}:`);
        if (f.key === 'container')
          return e.type === 'container' && (e.attributes.name === f.value || e.actor.startsWith(f.value));
        if (f.key === 'image') return e.attributes.image === f.value;
        if (f.key === 'network') return e.type === 'network' && e.attributes.name === f.value;
        if (f.key === 'volume') return e.type === 'volume' && e.actor === f.value;
        return true;
      });
    }
    const format = opt(cmd, 'format');
    if (format !== null) {
      const rows = list.map((e) => ({
        Type: e.type,
        Action: e.action,
        Status: e.action,
        ID: e.actor,
        From: e.attributes.image ?? '',
        Time: Math.floor(e.time / 1000),
        TimeNano: e.time * 1e6,
        Actor: { ID: e.actor, Attributes: e.attributes },
        Scope: 'local',
      }));
      return this.formatRows(format, rows, {}, io);
    }
    let text = '';
    for (const e of list) {
      e.text ??= `${rfc3339Nano(e.time)} ${e.type} ${e.action} ${e.actor}${eventAttributes(e.attributes)}\n`;
      text += e.text;
    }
    io.out(text);
    return 0;
  }

  private version(cmd: ParsedCommand, io: CliIo): number {
    const data = {
      Client: {
        Version: '28.2.2',
        ApiVersion: '1.50',
        GoVersion: 'go1.24.3',
        GitCommit: 'e6534b4',
        Os: 'linux',
        Arch: 'amd64',
        Context: 'default',
      },
      Server: {
        Version: '28.2.2',
        ApiVersion: '1.50',
        MinAPIVersion: '1.24',
        GoVersion: 'go1.24.3',
        GitCommit: '45873be',
        Os: 'linux',
        Arch: 'amd64',
      },
    };
    const format = opt(cmd, 'format');
    if (format !== null) return this.formatRows(format, [data], {}, io);
    io.out(
      `Client:\n Version:           28.2.2\n API version:       1.50\n Go version:        go1.24.3\n Git commit:        e6534b4\n Built:             Fri May 30 12:07:14 2025\n OS/Arch:           linux/amd64\n Context:           default\n\nServer:\n Engine:\n  Version:          28.2.2\n  API version:      1.50 (minimum version 1.24)\n  Go version:       go1.24.3\n  Git commit:       45873be\n  Built:            Fri May 30 12:07:26 2025\n  OS/Arch:          linux/amd64\n  Experimental:     false\n containerd:\n  Version:          1.7.27\n runc:\n  Version:          1.2.6\n`,
    );
    return 0;
  }

  private info(cmd: ParsedCommand, io: CliIo): number {
    const rt = this.rt;
    const count = (s: string[]): number => rt.containers.filter((c) => s.includes(c.status)).length;
    const data = {
      Containers: rt.containers.length,
      ContainersRunning: count(['running']),
      ContainersPaused: count(['paused']),
      ContainersStopped: count(['exited', 'created', 'dead', 'restarting']),
      Images: rt.images.length,
      ServerVersion: '28.2.2',
      Driver: 'overlay2',
      NCPU: 2,
      MemTotal: 24 * 1024 ** 3,
      Name: 'poste-eleve',
      OperatingSystem: 'Debian GNU/Linux 12 (bookworm)',
      KernelVersion: '6.12.0',
      DockerRootDir: '/var/lib/docker',
    };
    const format = opt(cmd, 'format');
    if (format !== null) return this.formatRows(format, [data], {}, io);
    io.out(
      `Client:\n Version:    28.2.2\n Context:    default\n Debug Mode: false\n\nServer:\n Containers: ${data.Containers}\n  Running: ${data.ContainersRunning}\n  Paused: ${data.ContainersPaused}\n  Stopped: ${data.ContainersStopped}\n Images: ${data.Images}\n Server Version: 28.2.2\n Storage Driver: overlay2\n Logging Driver: json-file\n Cgroup Driver: systemd\n Cgroup Version: 2\n Plugins:\n  Volume: local\n  Network: bridge host ipvlan macvlan null overlay\n Kernel Version: 6.12.0\n Operating System: Debian GNU/Linux 12 (bookworm)\n OSType: linux\n Architecture: x86_64\n CPUs: 2\n Total Memory: 24GiB\n Name: poste-eleve\n Docker Root Dir: /var/lib/docker\n Debug Mode: false\n Experimental: false\n Live Restore Enabled: false\n\n`,
    );
    return 0;
  }
}

export function isShell(argv: readonly string[]): boolean {
  const base = (argv[0] ?? '').split('/').pop() ?? '';
  return ['sh', 'bash', 'ash'].includes(base);
}

function parsePublish(raw: string): PortRequest[] | string {
  let body = raw;
  let protocol: 'tcp' | 'udp' = 'tcp';
  const slash = raw.lastIndexOf('/');
  if (slash !== -1) {
    const proto = raw.slice(slash + 1);
    if (proto !== 'tcp' && proto !== 'udp')
      return `invalid argument "${raw}" for "-p, --publish" flag: invalid proto: ${proto}`;
    protocol = proto;
    body = raw.slice(0, slash);
  }
  const parts = body.split(':');
  const containerPart = parts.pop() ?? '';
  const hostPart = parts.pop() ?? '';
  const ip = parts.join(':');
  const range = (text: string): number[] | null => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (a < 1 || b > 65535 || b < a || b - a > 100) return null;
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  };
  const containerPorts = range(containerPart);
  if (!containerPorts)
    return `invalid argument "${raw}" for "-p, --publish" flag: invalid containerPort: ${containerPart}`;
  const hostPorts = hostPart === '' ? null : range(hostPart);
  if (hostPart !== '' && !hostPorts)
    return `invalid argument "${raw}" for "-p, --publish" flag: invalid hostPort: ${hostPart}`;
  return containerPorts.map((port, i) => ({
    hostIp: ip === '0.0.0.0' ? '' : ip,
    hostPort: hostPorts ? String(hostPorts[i] ?? hostPorts[0]) : '',
    containerPort: port,
    protocol,
  }));
}

/** The row with only the fields a format reads (every field for `json`). */
function pick(format: string, fields: Record<string, () => unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const everything = format === 'json' || !format.includes('{{');
  for (const key of Object.keys(fields)) {
    if (everything || format.includes(`.${key}`)) out[key] = fields[key]!();
  }
  return out;
}

function eventAttributes(attributes: Record<string, string>): string {
  const entries = Object.entries(attributes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
  return entries.length ? ` (${entries.join(', ')})` : '';
}

function layerSize(c: Container): number {
  let size = 0;
  for (const entry of c.layer.values()) if (entry.kind === 'file') size += entry.content.length;
  return size;
}

function stripKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      if (!k.startsWith('__') && typeof v !== 'function') out[k] = stripKeys(v);
    return out;
  }
  return value;
}

function optionsOf(name: string): { long: string; short?: string; value?: string; repeatable?: boolean }[] {
  // The parser's spec table is private; --help lists the options a dry parse accepts.
  const probe = [
    'detach',
    'interactive',
    'tty',
    'publish',
    'publish-all',
    'volume',
    'mount',
    'env',
    'env-file',
    'name',
    'network',
    'network-alias',
    'rm',
    'workdir',
    'user',
    'restart',
    'memory',
    'cpus',
    'pids-limit',
    'entrypoint',
    'hostname',
    'read-only',
    'tmpfs',
    'label',
    'health-cmd',
    'health-interval',
    'health-retries',
    'health-timeout',
    'expose',
    'all',
    'quiet',
    'filter',
    'format',
    'last',
    'latest',
    'size',
    'no-trunc',
    'timeout',
    'signal',
    'force',
    'volumes',
    'follow',
    'tail',
    'since',
    'until',
    'timestamps',
    'no-stream',
    'driver',
    'subnet',
    'alias',
    'human',
    'type',
    'verbose',
    'attach',
  ];
  const words = name.split(' ');
  const shorts: Record<string, string> = {
    detach: 'd',
    interactive: 'i',
    tty: 't',
    publish: 'p',
    'publish-all': 'P',
    volume: 'v',
    env: 'e',
    workdir: 'w',
    user: 'u',
    memory: 'm',
    hostname: 'h',
    label: 'l',
    all: 'a',
    quiet: 'q',
    filter: 'f',
    last: 'n',
    latest: 'l',
    size: 's',
    timeout: 't',
    signal: 's',
    force: 'f',
    volumes: 'v',
    follow: 'f',
    tail: 'n',
    timestamps: 't',
    driver: 'd',
    human: 'H',
    verbose: 'v',
    attach: 'a',
  };
  const valued = new Set([
    'publish',
    'volume',
    'mount',
    'env',
    'env-file',
    'name',
    'network',
    'network-alias',
    'workdir',
    'user',
    'restart',
    'memory',
    'cpus',
    'pids-limit',
    'entrypoint',
    'hostname',
    'tmpfs',
    'label',
    'health-cmd',
    'health-interval',
    'health-retries',
    'health-timeout',
    'expose',
    'filter',
    'format',
    'last',
    'timeout',
    'signal',
    'tail',
    'since',
    'until',
    'driver',
    'subnet',
    'alias',
    'type',
  ]);
  const repeatable = new Set([
    'publish',
    'volume',
    'mount',
    'env',
    'env-file',
    'network-alias',
    'tmpfs',
    'label',
    'expose',
    'filter',
    'alias',
    'subnet',
  ]);
  const numbers = new Set(['last', 'timeout', 'pids-limit', 'health-retries']);
  const sample = commandHelp[name]?.args?.min ?? 0;
  const filler = Array.from({ length: sample }, () => 'x');
  const accepted: { long: string; short?: string; value?: string; repeatable?: boolean }[] = [];
  for (const long of probe) {
    const flagWords = valued.has(long) ? [`--${long}`, '1'] : [`--${long}`];
    const result = parseDockerTokens([
      'docker',
      ...words,
      ...flagWords,
      ...filler,
      ...(name === 'container exec' ? ['ls'] : []),
    ]);
    if (!result.ok && result.error.code === 'unknownOption') continue;
    const spec = result.ok ? result.command.options.find((o) => o.name === long) : undefined;
    if (result.ok && !spec) continue;
    accepted.push({
      long,
      ...(shorts[long] &&
      result.ok &&
      parseDockerTokens([
        'docker',
        ...words,
        `-${shorts[long]}`,
        ...(valued.has(long) ? ['1'] : []),
        ...filler,
        ...(name === 'container exec' ? ['ls'] : []),
      ]).ok
        ? { short: shorts[long] }
        : {}),
      ...(valued.has(long) ? { value: numbers.has(long) ? 'number' : 'string' } : {}),
      ...(repeatable.has(long) ? { repeatable: true } : {}),
    });
  }
  return accepted.sort((a, b) => a.long.localeCompare(b.long));
}
