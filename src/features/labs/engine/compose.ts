/**
 * `docker compose` in the simulated engine (Compose v2's behaviour and wording): the compose file
 * of the lab's folder becomes a project named after the folder, with its network
 * `<project>_default`, its containers `<project>-<service>-<n>`, its named volumes
 * `<project>_<volume>`; `depends_on` with `condition: service_healthy` waits for the healthcheck
 * on the engine's clock. Containers, networks and volumes are made by the engine's own docker
 * commands, so they behave exactly like those the learner creates by hand.
 *
 * What the engine cannot model (secrets, configs, profiles, extends, network_mode, env_file…) is
 * refused with a message that says so: never a pretend success. The French diagnostics of a compose
 * file (schema, undeclared volumes…) are the workbench's compose checker, not this file.
 */
import { parseDocument } from 'yaml';
import type { CliEffect, CliIo, DockerCli } from './cli';
import { displayPorts } from './cli';
import type { Container } from './model';
import { LAB_DIR } from './model';
import { hostRelative, normalizeAbsolute, type Runtime } from './runtime';
import { ellipsis, humanDuration } from './util';

export const COMPOSE_VERSION = 'v2.36.2';

const FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/** Keys of a service the engine models. */
const SERVICE_KEYS = new Set([
  'image',
  'build',
  'command',
  'entrypoint',
  'environment',
  'ports',
  'volumes',
  'networks',
  'depends_on',
  'healthcheck',
  'restart',
  'container_name',
  'working_dir',
  'user',
  'expose',
  'labels',
  'hostname',
  'tty',
  'stdin_open',
  'init',
  'read_only',
  'mem_limit',
  'cpus',
  'deploy',
  'tmpfs',
  'stop_grace_period',
]);
/** Keys of the Compose Specification the engine does not model (refused honestly). */
const UNMODELLED_KEYS = new Set([
  'secrets',
  'configs',
  'profiles',
  'extends',
  'network_mode',
  'env_file',
  'links',
  'external_links',
  'extra_hosts',
  'dns',
  'devices',
  'cap_add',
  'cap_drop',
  'privileged',
  'ipc',
  'pid',
  'logging',
  'sysctls',
  'ulimits',
  'security_opt',
  'platform',
  'pull_policy',
  'scale',
  'develop',
  'annotations',
  'attach',
  'stop_signal',
  'volumes_from',
  'shm_size',
  'post_start',
  'pre_stop',
  'secrets',
  'userns_mode',
  'group_add',
  'domainname',
  'mac_address',
  'isolation',
  'runtime',
  'oom_kill_disable',
  'oom_score_adj',
  'cgroup',
  'cgroup_parent',
  'credential_spec',
  'device_cgroup_rules',
  'gpus',
  'label_file',
  'models',
  'provider',
  'blkio_config',
  'cpu_count',
  'cpu_percent',
  'cpu_shares',
  'cpu_period',
  'cpu_quota',
  'cpu_rt_runtime',
  'cpu_rt_period',
  'cpuset',
  'mem_reservation',
  'mem_swappiness',
  'memswap_limit',
  'pids_limit',
  'storage_opt',
  'use_api_socket',
  'volumes_from',
]);

export interface ComposeService {
  name: string;
  image: string | null;
  build: { context: string; dockerfile: string | null; args: [string, string][]; target: string | null } | null;
  command: string[] | null;
  entrypoint: string[] | null;
  environment: [string, string][];
  ports: { published: string; target: number; protocol: string; hostIp: string }[];
  volumes: { type: 'volume' | 'bind'; source: string; target: string; readOnly: boolean }[];
  networks: { name: string; aliases: string[] }[];
  dependsOn: { service: string; condition: 'service_started' | 'service_healthy' | 'service_completed_successfully' }[];
  healthcheck: {
    test: string[];
    interval: string | null;
    timeout: string | null;
    retries: number | null;
    startPeriod: string | null;
    disable: boolean;
  } | null;
  restart: string | null;
  containerName: string | null;
  workingDir: string | null;
  user: string | null;
  expose: string[];
  labels: [string, string][];
  hostname: string | null;
  tty: boolean;
  stdinOpen: boolean;
  init: boolean;
  readOnly: boolean;
  memLimit: string | null;
  cpus: string | null;
  replicas: number;
  tmpfs: string[];
}

export interface ComposeProject {
  name: string;
  file: string;
  services: ComposeService[];
  volumes: { key: string; name: string; external: boolean }[];
  networks: { key: string; name: string; external: boolean }[];
  warnings: string[];
}

class ComposeError extends Error {}

function asRecord(value: unknown, where: string): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ComposeError(`${where} must be a mapping`);
  return value as Record<string, unknown>;
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function words(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(scalar);
  const text = scalar(value);
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

function pairs(value: unknown, where: string): [string, string][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value))
    return value.map((entry) => {
      const text = scalar(entry);
      const eq = text.indexOf('=');
      return eq === -1 ? [text, ''] : [text.slice(0, eq), text.slice(eq + 1)];
    });
  return Object.entries(asRecord(value, where)).map(([k, v]) => [k, scalar(v)]);
}

/** Reads and models the compose file; throws ComposeError with Compose's own wording. */
export function loadProject(
  rt: Runtime,
  cwd: string,
  fileArg: string | null,
  projectArg: string | null,
  env: ReadonlyMap<string, string>,
): ComposeProject {
  const cwdRel = hostRelative(cwd);
  let fileRel: string | null = null;
  if (fileArg !== null) {
    fileRel = hostRelative(normalizeAbsolute(fileArg.startsWith('/') ? fileArg : `${cwd}/${fileArg}`));
    if (fileRel === null || !rt.hostFiles.has(fileRel))
      throw new ComposeError(
        `open ${normalizeAbsolute(fileArg.startsWith('/') ? fileArg : `${cwd}/${fileArg}`)}: no such file or directory`,
      );
  } else {
    const prefix = cwdRel === null || cwdRel === '' ? '' : `${cwdRel}/`;
    const found = FILE_NAMES.find((name) => rt.hostFiles.has(`${prefix}${name}`));
    if (cwdRel === null || !found) throw new ComposeError('no configuration file provided: not found');
    fileRel = `${prefix}${found}`;
  }
  const text = rt.hostFiles.get(fileRel) ?? '';
  const filePath = `${LAB_DIR}/${fileRel}`;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0]?.line ?? 1;
    throw new ComposeError(
      `yaml: line ${line}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '')}`,
    );
  }
  const root = doc.toJS() as unknown;
  if (root === null || root === undefined) throw new ComposeError(`${filePath}: empty compose file`);
  const top = asRecord(root, 'top-level object');
  const warnings: string[] = [];
  if ('version' in top)
    warnings.push(
      `WARN[0000] ${filePath}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion \n`,
    );
  for (const key of Object.keys(top)) {
    if (
      !['services', 'volumes', 'networks', 'name', 'version', 'secrets', 'configs', 'include', 'models'].includes(
        key,
      ) &&
      !key.startsWith('x-')
    )
      throw new ComposeError(`validating ${filePath}: (root) additional properties '${key}' not allowed`);
    if (['secrets', 'configs', 'include', 'models'].includes(key))
      throw new ComposeError(
        `(Lab : « ${key} » n’est pas simulé par le moteur du lab ; retirez cette section pour lancer le projet ici.)`,
      );
  }
  const folder = (cwdRel === '' || cwdRel === null ? LAB_DIR : `${LAB_DIR}/${cwdRel}`).split('/').pop() ?? 'lab';
  const rawName = projectArg ?? env.get('COMPOSE_PROJECT_NAME') ?? (typeof top.name === 'string' ? top.name : folder);
  const name = rawName.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  if (name === '' || !/^[a-z0-9]/.test(name))
    throw new ComposeError(
      `invalid project name "${rawName}": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
    );
  const servicesRaw = asRecord(top.services, 'services');
  if (Object.keys(servicesRaw).length === 0 && top.services === undefined)
    throw new ComposeError('no service selected');
  const volumesRaw = asRecord(top.volumes, 'volumes');
  const networksRaw = asRecord(top.networks, 'networks');
  const volumes = Object.entries(volumesRaw).map(([key, value]) => {
    const spec = asRecord(value, `volumes.${key}`);
    const external = spec.external === true;
    return { key, name: typeof spec.name === 'string' ? spec.name : external ? key : `${name}_${key}`, external };
  });
  const networks = Object.entries(networksRaw).map(([key, value]) => {
    const spec = asRecord(value, `networks.${key}`);
    const external = spec.external === true;
    return { key, name: typeof spec.name === 'string' ? spec.name : external ? key : `${name}_${key}`, external };
  });
  const services: ComposeService[] = [];
  for (const [serviceName, value] of Object.entries(servicesRaw)) {
    const s = asRecord(value, `services.${serviceName}`);
    for (const key of Object.keys(s)) {
      if (key.startsWith('x-')) continue;
      if (UNMODELLED_KEYS.has(key))
        throw new ComposeError(
          `(Lab : la clé « ${key} » du service « ${serviceName} » n’est pas simulée par le moteur du lab ; retirez-la pour lancer le projet ici.)`,
        );
      if (!SERVICE_KEYS.has(key))
        throw new ComposeError(
          `validating ${filePath}: services.${serviceName} additional properties '${key}' not allowed`,
        );
    }
    let build: ComposeService['build'] = null;
    if (s.build !== undefined) {
      if (typeof s.build === 'string') build = { context: s.build, dockerfile: null, args: [], target: null };
      else {
        const b = asRecord(s.build, `services.${serviceName}.build`);
        build = {
          context: scalar(b.context ?? '.'),
          dockerfile: b.dockerfile === undefined ? null : scalar(b.dockerfile),
          args: pairs(b.args, 'build.args'),
          target: b.target === undefined ? null : scalar(b.target),
        };
      }
    }
    const image = s.image === undefined ? null : scalar(s.image);
    if (image === null && build === null)
      throw new ComposeError(
        `service "${serviceName}" has neither an image nor a build context specified: invalid compose project`,
      );
    const ports = (Array.isArray(s.ports) ? s.ports : []).map((entry: unknown) => {
      if (entry !== null && typeof entry === 'object') {
        const p = entry as Record<string, unknown>;
        return {
          published: scalar(p.published ?? ''),
          target: Number(p.target),
          protocol: scalar(p.protocol ?? 'tcp'),
          hostIp: scalar(p.host_ip ?? ''),
        };
      }
      const text = scalar(entry);
      const [main, protocol = 'tcp'] = text.split('/');
      const parts = main!.split(':');
      const target = Number(parts[parts.length - 1]);
      const published = parts.length >= 2 ? parts[parts.length - 2]! : '';
      const hostIp = parts.length === 3 ? parts[0]! : '';
      return { published, target, protocol, hostIp };
    });
    for (const p of ports) {
      if (!Number.isInteger(p.target) || p.target < 1 || p.target > 65535)
        throw new ComposeError(
          `(Lab : le port « ${p.published ? `${p.published}:` : ''}${String(p.target)} » du service « ${serviceName} » n’est pas lisible par le moteur du lab.)`,
        );
    }
    const volumeMounts = (Array.isArray(s.volumes) ? s.volumes : []).map((entry: unknown) => {
      let source: string;
      let target: string;
      let readOnly = false;
      let type: string | null = null;
      if (entry !== null && typeof entry === 'object') {
        const v = entry as Record<string, unknown>;
        source = scalar(v.source ?? '');
        target = scalar(v.target ?? '');
        readOnly = v.read_only === true;
        type = scalar(v.type ?? 'volume');
      } else {
        const parts = scalar(entry).split(':');
        if (parts.length === 1) {
          source = '';
          target = parts[0]!;
        } else {
          source = parts[0]!;
          target = parts[1]!;
          readOnly = parts[2] === 'ro';
        }
      }
      if (source === '')
        throw new ComposeError(
          `(Lab : les volumes anonymes de Compose (« ${target} ») ne sont pas simulés ; nommez le volume.)`,
        );
      const bind = type === 'bind' || source.startsWith('.') || source.startsWith('/') || source.startsWith('~');
      if (bind) {
        const abs = normalizeAbsolute(
          source.startsWith('/') ? source : `${cwd}/${source.replace(/^~\/?/, '/home/eleve/')}`,
        );
        return { type: 'bind' as const, source: abs, target, readOnly };
      }
      if (!volumes.some((v) => v.key === source))
        throw new ComposeError(
          `service "${serviceName}" refers to undefined volume ${source}: invalid compose project`,
        );
      return { type: 'volume' as const, source, target, readOnly };
    });
    let serviceNetworks: { name: string; aliases: string[] }[];
    if (s.networks === undefined || s.networks === null) serviceNetworks = [{ name: 'default', aliases: [] }];
    else if (Array.isArray(s.networks)) serviceNetworks = s.networks.map((n) => ({ name: scalar(n), aliases: [] }));
    else
      serviceNetworks = Object.entries(asRecord(s.networks, 'networks')).map(([key, v]) => ({
        name: key,
        aliases: words(asRecord(v, `networks.${key}`).aliases) ?? [],
      }));
    for (const n of serviceNetworks) {
      if (n.name !== 'default' && !networks.some((net) => net.key === n.name))
        throw new ComposeError(
          `service "${serviceName}" refers to undefined network ${n.name}: invalid compose project`,
        );
    }
    let dependsOn: ComposeService['dependsOn'] = [];
    if (Array.isArray(s.depends_on))
      dependsOn = s.depends_on.map((d) => ({ service: scalar(d), condition: 'service_started' }));
    else if (s.depends_on !== undefined)
      dependsOn = Object.entries(asRecord(s.depends_on, 'depends_on')).map(([key, v]) => {
        const condition = scalar(asRecord(v, `depends_on.${key}`).condition ?? 'service_started');
        if (!['service_started', 'service_healthy', 'service_completed_successfully'].includes(condition))
          throw new ComposeError(
            `validating ${filePath}: services.${serviceName}.depends_on.${key}.condition must be one of the following: "service_started", "service_healthy", "service_completed_successfully"`,
          );
        return { service: key, condition: condition as ComposeService['dependsOn'][number]['condition'] };
      });
    let healthcheck: ComposeService['healthcheck'] = null;
    if (s.healthcheck !== undefined) {
      const h = asRecord(s.healthcheck, 'healthcheck');
      const test = Array.isArray(h.test)
        ? h.test.map(scalar)
        : h.test === undefined
          ? []
          : ['CMD-SHELL', scalar(h.test)];
      healthcheck = {
        test,
        interval: h.interval === undefined ? null : scalar(h.interval),
        timeout: h.timeout === undefined ? null : scalar(h.timeout),
        retries: h.retries === undefined ? null : Number(h.retries),
        startPeriod: h.start_period === undefined ? null : scalar(h.start_period),
        disable: h.disable === true,
      };
    }
    const deploy = asRecord(s.deploy, 'deploy');
    services.push({
      name: serviceName,
      image,
      build,
      command: words(s.command),
      entrypoint: words(s.entrypoint),
      environment: pairs(s.environment, 'environment'),
      ports,
      volumes: volumeMounts,
      networks: serviceNetworks,
      dependsOn,
      healthcheck,
      restart: s.restart === undefined ? null : scalar(s.restart),
      containerName: s.container_name === undefined ? null : scalar(s.container_name),
      workingDir: s.working_dir === undefined ? null : scalar(s.working_dir),
      user: s.user === undefined ? null : scalar(s.user),
      expose: (Array.isArray(s.expose) ? s.expose : []).map(scalar),
      labels: pairs(s.labels, 'labels'),
      hostname: s.hostname === undefined ? null : scalar(s.hostname),
      tty: s.tty === true,
      stdinOpen: s.stdin_open === true,
      init: s.init === true,
      readOnly: s.read_only === true,
      memLimit: s.mem_limit === undefined ? null : scalar(s.mem_limit),
      cpus: s.cpus === undefined ? null : scalar(s.cpus),
      replicas: typeof deploy.replicas === 'number' ? deploy.replicas : 1,
      tmpfs: (Array.isArray(s.tmpfs) ? s.tmpfs : s.tmpfs === undefined ? [] : [s.tmpfs]).map(scalar),
    });
  }
  for (const service of services) {
    for (const dep of service.dependsOn) {
      if (!services.some((other) => other.name === dep.service))
        throw new ComposeError(
          `service "${service.name}" depends on undefined service "${dep.service}": invalid compose project`,
        );
    }
  }
  const usesDefault = services.some((s) => s.networks.some((n) => n.name === 'default'));
  if (usesDefault && !networks.some((n) => n.key === 'default'))
    networks.unshift({ key: 'default', name: `${name}_default`, external: false });
  return { name, file: filePath, services, volumes, networks, warnings };
}

/** Services in the order Compose starts them (dependencies first); a cycle is Compose's error. */
function startOrder(project: ComposeProject): ComposeService[] {
  const order: ComposeService[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (service: ComposeService, path: string[]): void => {
    const seen = state.get(service.name);
    if (seen === 'done') return;
    if (seen === 'visiting')
      throw new ComposeError(`dependency cycle detected: ${[...path, service.name].join(' -> ')}`);
    state.set(service.name, 'visiting');
    for (const dep of service.dependsOn)
      visit(
        project.services.find((s) => s.name === dep.service)!,
        [...path, service.name],
      );
    state.set(service.name, 'done');
    order.push(service);
  };
  for (const service of project.services) visit(service, []);
  return order;
}

function durationMs(text: string | null, fallback: number): number {
  if (text === null) return fallback;
  let total = 0;
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s|us|ns)/g;
  let m: RegExpExecArray | null;
  let matched = false;
  while ((m = re.exec(text)) !== null) {
    matched = true;
    total += Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, us: 0.001, ns: 0.000001 }[m[2] as 'ms'];
  }
  return matched ? total : fallback;
}

export interface ComposeHost {
  rt: Runtime;
  cli: DockerCli;
  /** Builds an image for a service (`docker build` of the build section); returns the exit code. */
  build(args: string[], io: CliIo): number;
}

const silent: CliIo = { out: () => undefined, err: () => undefined };

export class Compose {
  constructor(private readonly host: ComposeHost) {}

  run(args: string[], io: CliIo, effect: CliEffect, cwd: string, env: ReadonlyMap<string, string>): number {
    let fileArg: string | null = null;
    let projectArg: string | null = null;
    let k = 0;
    while (k < args.length && args[k]!.startsWith('-')) {
      const a = args[k]!;
      if (a === '-f' || a === '--file') {
        fileArg = args[k + 1] ?? null;
        k += 2;
      } else if (a.startsWith('--file=')) {
        fileArg = a.slice(7);
        k += 1;
      } else if (a === '-p' || a === '--project-name') {
        projectArg = args[k + 1] ?? null;
        k += 2;
      } else if (a.startsWith('--project-name=')) {
        projectArg = a.slice(15);
        k += 1;
      } else if (a === '--help' || a === '-h') {
        io.out(HELP);
        return 0;
      } else {
        io.err(`unknown shorthand flag: '${a.replace(/^-+/, '')}' in ${a}\n`);
        return 1;
      }
    }
    const sub = args[k];
    const rest = args.slice(k + 1);
    if (sub === undefined) {
      io.out(HELP);
      return 0;
    }
    if (sub === 'version') {
      io.out(`Docker Compose version ${COMPOSE_VERSION}\n`);
      return 0;
    }
    const known = ['up', 'down', 'ps', 'logs', 'exec', 'config', 'build', 'stop', 'start', 'restart'];
    if (!known.includes(sub)) {
      io.err(
        `(Lab : « docker compose ${sub} » n’est pas simulé dans ce lab. Disponibles : ${known.join(', ')}, version.)\n`,
      );
      return 127;
    }
    let project: ComposeProject;
    try {
      project = loadProject(this.host.rt, cwd, fileArg, projectArg, env);
    } catch (error) {
      if (error instanceof ComposeError) {
        io.err(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
    for (const warning of project.warnings) io.err(warning);
    try {
      switch (sub) {
        case 'up':
          return this.up(project, rest, io);
        case 'down':
          return this.down(project, rest, io);
        case 'ps':
          return this.ps(project, rest, io);
        case 'logs':
          return this.logs(project, rest, io);
        case 'exec':
          return this.exec(project, rest, io, effect);
        case 'config':
          return this.config(project, rest, io);
        case 'build':
          return this.buildAll(project, rest, io, true);
        default:
          return this.simple(project, sub, rest, io);
      }
    } catch (error) {
      if (error instanceof ComposeError) {
        io.err(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
  }

  private containersOf(project: ComposeProject, service?: string): Container[] {
    return this.host.rt.containers
      .filter(
        (c) =>
          c.labels['com.docker.compose.project'] === project.name &&
          (service === undefined || c.labels['com.docker.compose.service'] === service),
      )
      .sort(
        (a, b) =>
          Number(a.labels['com.docker.compose.container-number'] ?? 0) -
          Number(b.labels['com.docker.compose.container-number'] ?? 0),
      );
  }

  private imageOf(project: ComposeProject, service: ComposeService): string {
    return service.image ?? `${project.name}-${service.name}`;
  }

  private buildAll(project: ComposeProject, args: string[], io: CliIo, all: boolean): number {
    const only = args.filter((a) => !a.startsWith('-'));
    for (const service of project.services) {
      if (!service.build || (only.length && !only.includes(service.name))) continue;
      const image = this.imageOf(project, service);
      if (!all && this.host.rt.findImage(image)) continue;
      const buildArgs = ['-t', image];
      if (service.build.dockerfile)
        buildArgs.push('-f', `${service.build.context.replace(/\/$/, '')}/${service.build.dockerfile}`);
      for (const [key, value] of service.build.args) buildArgs.push('--build-arg', `${key}=${value}`);
      if (service.build.target) buildArgs.push('--target', service.build.target);
      if (args.includes('--no-cache')) buildArgs.push('--no-cache');
      buildArgs.push(service.build.context);
      const code = this.host.build(buildArgs, io);
      if (code !== 0) return code;
      io.err(` Service ${service.name}  Built\n`);
    }
    return 0;
  }

  private up(project: ComposeProject, args: string[], io: CliIo): number {
    const rt = this.host.rt;
    const detach = args.includes('-d') || args.includes('--detach');
    const scale = new Map<string, number>();
    const only: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--scale' || a.startsWith('--scale=')) {
        const value = a === '--scale' ? (args[++i] ?? '') : a.slice(8);
        const m = /^([^=]+)=(\d+)$/.exec(value);
        if (!m) {
          io.err(`invalid scale parameter: ${value}\n`);
          return 1;
        }
        if (!project.services.some((s) => s.name === m[1])) {
          io.err(`no such service: ${m[1]}\n`);
          return 1;
        }
        scale.set(m[1]!, Number(m[2]));
      } else if (!a.startsWith('-')) only.push(a);
      else if (
        ![
          '-d',
          '--detach',
          '--build',
          '--no-build',
          '--wait',
          '--force-recreate',
          '--no-recreate',
          '--remove-orphans',
          '--quiet-pull',
        ].includes(a)
      ) {
        io.err(`unknown flag: ${a}\n`);
        return 1;
      }
    }
    if (!detach) {
      io.err(
        '(Lab : sans -d, docker compose up reste attaché aux journaux des services jusqu’à Ctrl+C ; ce terminal ne suit pas un flux. Lancez docker compose up -d puis docker compose logs.)\n',
      );
      return 1;
    }
    for (const name of only) {
      if (!project.services.some((s) => s.name === name)) {
        io.err(`no such service: ${name}\n`);
        return 1;
      }
    }
    let order = startOrder(project);
    if (only.length) {
      const wanted = new Set<string>();
      const add = (name: string): void => {
        if (wanted.has(name)) return;
        wanted.add(name);
        for (const dep of project.services.find((s) => s.name === name)!.dependsOn) add(dep.service);
      };
      only.forEach(add);
      order = order.filter((s) => wanted.has(s.name));
    }
    // Images: build those with a build section (always with --build, else when missing), pull the others.
    for (const service of order) {
      const image = this.imageOf(project, service);
      if (service.build) {
        if (args.includes('--build') || !rt.findImage(image)) {
          const code = this.buildAll(project, [service.name], io, true);
          if (code !== 0) return code;
        }
      } else if (!rt.findImage(image)) {
        const found = rt.lookupRegistry(image);
        if ('error' in found) {
          io.err(
            ` ${service.name} Error pull access denied for ${found.repository}, repository does not exist or may require 'docker login'\nError response from daemon: pull access denied for ${found.repository}, repository does not exist or may require 'docker login'\n`,
          );
          return 1;
        }
        io.err(` ${service.name} Pulling \n ${service.name} Pulled \n`);
        rt.addImage(found.spec, found.repository, found.tag).pulledAt = rt.clock;
      }
    }
    const labels = (extra: Record<string, string>): string[] =>
      Object.entries({ 'com.docker.compose.project': project.name, ...extra }).flatMap(([k, v]) => [
        '--label',
        `${k}=${v}`,
      ]);
    for (const network of project.networks) {
      if (network.external) {
        if (!rt.findNetwork(network.name)) {
          io.err(`network ${network.name} declared as external, but could not be found\n`);
          return 1;
        }
        continue;
      }
      if (rt.findNetwork(network.name)) continue;
      io.err(` Network ${network.name}  Creating\n`);
      const code = this.host.cli.run(
        ['docker', 'network', 'create', ...labels({ 'com.docker.compose.network': network.key }), network.name],
        silent,
        {},
      );
      if (code !== 0) {
        io.err(`(Lab : le réseau ${network.name} n’a pas pu être créé.)\n`);
        return 1;
      }
      io.err(` Network ${network.name}  Created\n`);
    }
    const usedVolumes = new Set(
      order.flatMap((s) => s.volumes.filter((v) => v.type === 'volume').map((v) => v.source)),
    );
    for (const volume of project.volumes) {
      if (!usedVolumes.has(volume.key) && !volume.external) continue;
      if (volume.external) {
        if (!rt.findVolume(volume.name)) {
          io.err(`external volume "${volume.name}" not found\n`);
          return 1;
        }
        continue;
      }
      if (rt.findVolume(volume.name)) continue;
      io.err(` Volume ${volume.name}  Creating\n`);
      this.host.cli.run(
        ['docker', 'volume', 'create', ...labels({ 'com.docker.compose.volume': volume.key }), volume.name],
        silent,
        {},
      );
      io.err(` Volume ${volume.name}  Created\n`);
    }
    // Containers: create what is missing (or remove what --scale drops), then start in dependency order.
    const created: Container[] = [];
    for (const service of order) {
      const wanted = scale.get(service.name) ?? service.replicas;
      if (wanted > 1 && service.containerName) {
        io.err(
          `services.${service.name}: can't set container_name and ${service.name} as container name must be unique: invalid compose project\n`,
        );
        return 1;
      }
      const existing = this.containersOf(project, service.name);
      for (const extra of existing.slice(wanted).reverse()) {
        io.err(
          ` Container ${extra.name}  Stopping\n Container ${extra.name}  Stopped\n Container ${extra.name}  Removing\n Container ${extra.name}  Removed\n`,
        );
        this.host.cli.run(['docker', 'rm', '-f', extra.id], silent, {});
      }
      for (let n = existing.length + 1; n <= wanted; n++) {
        const name = service.containerName ?? `${project.name}-${service.name}-${n}`;
        io.err(` Container ${name}  Creating\n`);
        const container = this.createContainer(project, service, name, n, io);
        if (!container) return 1;
        io.err(` Container ${name}  Created\n`);
        created.push(container);
      }
    }
    for (const service of order) {
      // Wait for the dependencies' conditions.
      for (const dep of service.dependsOn) {
        if (dep.condition === 'service_started') continue;
        for (const c of this.containersOf(project, dep.service)) {
          io.err(` Container ${c.name}  Waiting\n`);
          const verdict = this.waitFor(c, dep.condition);
          if (verdict !== null) {
            io.err(` Container ${c.name}  Error\n`);
            io.err(`dependency failed to start: ${verdict}\n`);
            return 1;
          }
          io.err(` Container ${c.name}  ${dep.condition === 'service_healthy' ? 'Healthy' : 'Exited'}\n`);
        }
      }
      for (const c of this.containersOf(project, service.name)) {
        if (c.status === 'running') {
          if (!created.includes(c)) io.err(` Container ${c.name}  Running\n`);
          continue;
        }
        io.err(` Container ${c.name}  Starting\n`);
        const errors: string[] = [];
        const code = this.host.cli.run(
          ['docker', 'start', c.id],
          { out: () => undefined, err: (t) => errors.push(t) },
          {},
        );
        if (code !== 0) {
          io.err(
            `Error response from daemon: ${errors
              .join('')
              .replace(/^Error response from daemon: /, '')
              .trim()}\n`,
          );
          return 1;
        }
        io.err(` Container ${c.name}  Started\n`);
      }
    }
    return 0;
  }

  /** Advances the clock until the container is healthy (or has exited, for completion); the error, or null. */
  private waitFor(c: Container, condition: 'service_healthy' | 'service_completed_successfully'): string | null {
    const rt = this.host.rt;
    const cli = this.host.cli;
    const hc = c.healthcheck;
    if (condition === 'service_healthy' && (!hc || hc.test[0] === 'NONE'))
      return `container ${c.name} has no healthcheck configured`;
    const step = condition === 'service_healthy' ? Math.max(100, hc!.intervalMs) : 500;
    for (let waited = 0; waited <= 10 * 60_000; waited += step) {
      if (condition === 'service_completed_successfully') {
        if (c.status === 'exited')
          return c.exitCode === 0
            ? null
            : `service "${c.labels['com.docker.compose.service']}" didn't complete successfully: exit ${c.exitCode}`;
      } else {
        if (c.status === 'exited' || c.status === 'dead') return `container ${c.name} exited (${c.exitCode})`;
        const health = cli.health(c);
        if (health === 'healthy') return null;
        if (health === 'unhealthy') return `container ${c.name} is unhealthy`;
      }
      rt.tick(step);
    }
    return `container ${c.name} is unhealthy`;
  }

  private createContainer(
    project: ComposeProject,
    service: ComposeService,
    name: string,
    number: number,
    io: CliIo,
  ): Container | null {
    const rt = this.host.rt;
    const words: string[] = ['docker', 'create', '--name', name];
    const firstNetwork = service.networks[0]!;
    const networkName = (key: string): string =>
      project.networks.find((n) => n.key === key)?.name ?? `${project.name}_${key}`;
    words.push('--network', networkName(firstNetwork.name));
    for (const alias of [service.name, ...firstNetwork.aliases]) words.push('--network-alias', alias);
    for (const [key, value] of service.environment) words.push('-e', `${key}=${value}`);
    for (const p of service.ports)
      words.push(
        '-p',
        `${p.hostIp ? `${p.hostIp}:` : ''}${p.published ? `${p.published}:` : ''}${p.target}/${p.protocol}`,
      );
    for (const v of service.volumes) {
      const source =
        v.type === 'volume' ? (project.volumes.find((x) => x.key === v.source)?.name ?? v.source) : v.source;
      words.push('-v', `${source}:${v.target}${v.readOnly ? ':ro' : ''}`);
    }
    for (const t of service.tmpfs) words.push('--tmpfs', t);
    if (service.restart) words.push('--restart', service.restart);
    if (service.workingDir) words.push('-w', service.workingDir);
    if (service.user) words.push('-u', service.user);
    if (service.hostname) words.push('-h', service.hostname);
    if (service.tty) words.push('-t');
    if (service.stdinOpen) words.push('-i');
    if (service.init) words.push('--init');
    if (service.readOnly) words.push('--read-only');
    if (service.memLimit) words.push('-m', service.memLimit);
    if (service.cpus) words.push('--cpus', service.cpus);
    for (const e of service.expose) words.push('--expose', e);
    const labels: Record<string, string> = {
      'com.docker.compose.project': project.name,
      'com.docker.compose.service': service.name,
      'com.docker.compose.container-number': String(number),
      'com.docker.compose.oneoff': 'False',
      'com.docker.compose.project.config_files': project.file,
      'com.docker.compose.project.working_dir': project.file.slice(0, project.file.lastIndexOf('/')),
      'com.docker.compose.version': COMPOSE_VERSION.slice(1),
    };
    for (const [key, value] of service.labels) labels[key] = value;
    for (const [key, value] of Object.entries(labels)) words.push('--label', `${key}=${value}`);
    if (service.entrypoint) words.push('--entrypoint', service.entrypoint[0] ?? '');
    words.push(this.imageOf(project, service));
    if (service.entrypoint) words.push(...service.entrypoint.slice(1));
    if (service.command) words.push(...service.command);
    const errors: string[] = [];
    const code = this.host.cli.run(words, { out: () => undefined, err: (t) => errors.push(t) }, {});
    if (code !== 0) {
      io.err(
        `Error response from daemon: ${errors
          .join('')
          .replace(/^(?:docker: )?Error response from daemon: /, '')
          .replace(/\n\nRun 'docker create --help'.*$/s, '')
          .trim()}\n`,
      );
      return null;
    }
    const container = rt.findContainer(name);
    if (!container) return null;
    if (service.entrypoint && service.command === null) container.cmd = [];
    if (service.entrypoint) {
      container.entrypoint = [...service.entrypoint];
      container.cmd = service.command ? [...service.command] : [];
    }
    if (service.healthcheck) {
      const h = service.healthcheck;
      container.healthcheck = h.disable
        ? { test: ['NONE'], intervalMs: 0, timeoutMs: 0, retries: 0, startPeriodMs: 0 }
        : {
            test: h.test.length ? h.test : (container.healthcheck?.test ?? ['NONE']),
            intervalMs: durationMs(h.interval, container.healthcheck?.intervalMs ?? 30_000),
            timeoutMs: durationMs(h.timeout, container.healthcheck?.timeoutMs ?? 30_000),
            retries: h.retries ?? container.healthcheck?.retries ?? 3,
            startPeriodMs: durationMs(h.startPeriod, container.healthcheck?.startPeriodMs ?? 0),
          };
    }
    // More networks: connected with the service's name as alias.
    for (const network of service.networks.slice(1)) {
      container.networkRequests.push({ name: networkName(network.name), aliases: [service.name, ...network.aliases] });
    }
    return container;
  }

  private down(project: ComposeProject, args: string[], io: CliIo): number {
    const rt = this.host.rt;
    const volumesToo = args.includes('-v') || args.includes('--volumes');
    const containers = [...this.containersOf(project)];
    // Dependents first: the reverse of the start order.
    const order = startOrder(project)
      .map((s) => s.name)
      .reverse();
    containers.sort(
      (a, b) =>
        order.indexOf(a.labels['com.docker.compose.service'] ?? '') -
        order.indexOf(b.labels['com.docker.compose.service'] ?? ''),
    );
    for (const c of containers) {
      const running = c.status === 'running' || c.status === 'paused' || c.status === 'restarting';
      if (running) {
        io.err(` Container ${c.name}  Stopping\n`);
        this.host.cli.run(['docker', 'stop', c.id], silent, {});
        io.err(` Container ${c.name}  Stopped\n`);
      }
      io.err(` Container ${c.name}  Removing\n`);
      this.host.cli.run(['docker', 'rm', '-f', c.id], silent, {});
      io.err(` Container ${c.name}  Removed\n`);
    }
    if (volumesToo) {
      for (const volume of project.volumes) {
        if (volume.external || !rt.findVolume(volume.name)) continue;
        io.err(` Volume ${volume.name}  Removing\n`);
        const errors: string[] = [];
        const code = this.host.cli.run(
          ['docker', 'volume', 'rm', volume.name],
          { out: () => undefined, err: (t) => errors.push(t) },
          {},
        );
        io.err(code === 0 ? ` Volume ${volume.name}  Removed\n` : ` Volume ${volume.name}  Error\n${errors.join('')}`);
      }
    }
    for (const network of project.networks) {
      if (network.external || !rt.findNetwork(network.name)) continue;
      io.err(` Network ${network.name}  Removing\n`);
      const code = this.host.cli.run(['docker', 'network', 'rm', network.name], silent, {});
      io.err(code === 0 ? ` Network ${network.name}  Removed\n` : ` Network ${network.name}  Error\n`);
    }
    return 0;
  }

  private ps(project: ComposeProject, args: string[], io: CliIo): number {
    const all = args.includes('-a') || args.includes('--all');
    const quiet = args.includes('-q') || args.includes('--quiet');
    const only = args.filter((a) => !a.startsWith('-'));
    const list = this.containersOf(project).filter(
      (c) =>
        (all || c.status === 'running' || c.status === 'restarting' || c.status === 'paused') &&
        (only.length === 0 || only.includes(c.labels['com.docker.compose.service'] ?? '')),
    );
    list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (quiet) {
      for (const c of list) io.out(`${c.id}\n`);
      return 0;
    }
    const rows = list.map((c) => ({
      Name: c.name,
      Image: c.imageRef,
      Command: `"${ellipsis([...c.entrypoint, ...c.cmd].join(' '), 20)}"`,
      Service: c.labels['com.docker.compose.service'] ?? '',
      RunningFor: `${humanDuration(this.host.rt.clock - c.created)} ago`,
      Status: this.host.cli.statusText(c),
      Ports: displayPorts(c),
    }));
    return this.host.cli.formatRows(
      'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}',
      rows,
      {
        Name: 'NAME',
        Image: 'IMAGE',
        Command: 'COMMAND',
        Service: 'SERVICE',
        RunningFor: 'CREATED',
        Status: 'STATUS',
        Ports: 'PORTS',
      },
      io,
    );
  }

  private logs(project: ComposeProject, args: string[], io: CliIo): number {
    const rt = this.host.rt;
    const only = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--tail' && args[i - 1] !== '-n');
    for (const name of only) {
      if (!project.services.some((s) => s.name === name)) {
        io.err(`no such service: ${name}\n`);
        return 1;
      }
    }
    const tailIndex = args.findIndex((a) => a === '--tail' || a === '-n');
    const tail = tailIndex === -1 ? null : Number(args[tailIndex + 1]);
    const noPrefix = args.includes('--no-log-prefix');
    const containers = this.containersOf(project).filter(
      (c) => only.length === 0 || only.includes(c.labels['com.docker.compose.service'] ?? ''),
    );
    const prefixOf = (c: Container): string =>
      `${c.labels['com.docker.compose.service']}-${c.labels['com.docker.compose.container-number']}`;
    const width = Math.max(0, ...containers.map((c) => prefixOf(c).length));
    const entries: { time: number; order: number; stream: 'stdout' | 'stderr'; text: string }[] = [];
    let order = 0;
    for (const c of containers) {
      rt.flushLoop(c, rt.clock);
      let logs = c.logs.filter((l) => l.time <= rt.clock);
      if (tail !== null && Number.isFinite(tail)) logs = tail === 0 ? [] : logs.slice(-tail);
      for (const l of logs)
        entries.push({
          time: l.time,
          order: order++,
          stream: l.stream,
          text: noPrefix ? l.text : `${prefixOf(c).padEnd(width)}  | ${l.text}`,
        });
    }
    entries.sort((a, b) => a.time - b.time || a.order - b.order);
    for (const e of entries) io.out(`${e.text}\n`);
    if (args.includes('-f') || args.includes('--follow'))
      io.err(
        '(Lab : « -f » suit les journaux en continu ; ce terminal affiche ce qui est écrit jusqu’ici puis rend la main.)\n',
      );
    return 0;
  }

  private exec(project: ComposeProject, args: string[], io: CliIo, effect: CliEffect): number {
    const options: string[] = [];
    let i = 0;
    let tty = true;
    let index = 1;
    while (i < args.length && args[i]!.startsWith('-')) {
      const a = args[i]!;
      if (a === '-T' || a === '--no-TTY') tty = false;
      else if (a === '-u' || a === '--user' || a === '-w' || a === '--workdir' || a === '-e' || a === '--env') {
        options.push(a, args[i + 1] ?? '');
        i += 1;
      } else if (a === '--index') {
        index = Number(args[i + 1] ?? 1);
        i += 1;
      } else if (a === '-d' || a === '--detach') options.push('-d');
      i += 1;
    }
    const service = args[i];
    const command = args.slice(i + 1);
    if (!service || command.length === 0) {
      io.err(`"docker compose exec" requires at least 2 arguments.\nSee 'docker compose exec --help'.\n`);
      return 1;
    }
    if (!project.services.some((s) => s.name === service)) {
      io.err(`no such service: ${service}\n`);
      return 1;
    }
    const c = this.containersOf(project, service).find(
      (x) => x.labels['com.docker.compose.container-number'] === String(index),
    );
    if (!c || c.status !== 'running') {
      io.err(`service "${service}" is not running\n`);
      return 1;
    }
    return this.host.cli.run(['docker', 'exec', ...(tty ? ['-it'] : ['-i']), ...options, c.id, ...command], io, effect);
  }

  private simple(project: ComposeProject, sub: string, args: string[], io: CliIo): number {
    const only = args.filter((a) => !a.startsWith('-'));
    const verb = { stop: ['Stopping', 'Stopped'], start: ['Starting', 'Started'], restart: ['Restarting', 'Started'] }[
      sub as 'stop'
    ];
    for (const c of this.containersOf(project)) {
      if (only.length && !only.includes(c.labels['com.docker.compose.service'] ?? '')) continue;
      io.err(` Container ${c.name}  ${verb[0]}\n`);
      this.host.cli.run(['docker', sub, c.id], silent, {});
      io.err(` Container ${c.name}  ${verb[1]}\n`);
    }
    return 0;
  }

  /** `docker compose config`: the normalised model, keys in order, as Compose prints it. */
  private config(project: ComposeProject, args: string[], io: CliIo): number {
    if (args.includes('--services')) {
      for (const s of project.services) io.out(`${s.name}\n`);
      return 0;
    }
    if (args.includes('--volumes')) {
      for (const v of project.volumes) io.out(`${v.key}\n`);
      return 0;
    }
    if (args.includes('-q') || args.includes('--quiet')) return 0;
    const out: string[] = [`name: ${project.name}`, 'services:'];
    const q = (text: string): string =>
      /^[\w./@-][\w./@:-]*$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~|\d[\d.]*)$/i.test(text)
        ? text
        : JSON.stringify(text);
    for (const s of [...project.services].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      out.push(`  ${s.name}:`);
      if (s.build) {
        out.push(
          '    build:',
          `      context: ${q(normalizeAbsolute(`${project.file.slice(0, project.file.lastIndexOf('/'))}/${s.build.context}`))}`,
        );
        out.push(`      dockerfile: ${q(s.build.dockerfile ?? 'Dockerfile')}`);
        if (s.build.args.length) {
          out.push('      args:');
          for (const [k, v] of s.build.args) out.push(`        ${k}: ${q(v)}`);
        }
        if (s.build.target) out.push(`      target: ${q(s.build.target)}`);
      }
      if (s.command) out.push('    command:', ...s.command.map((w) => `      - ${q(w)}`));
      if (s.containerName) out.push(`    container_name: ${q(s.containerName)}`);
      if (s.dependsOn.length) {
        out.push('    depends_on:');
        for (const d of s.dependsOn)
          out.push(`      ${d.service}:`, `        condition: ${d.condition}`, '        required: true');
      }
      if (s.replicas !== 1) out.push('    deploy:', `      replicas: ${s.replicas}`);
      if (s.entrypoint) out.push('    entrypoint:', ...s.entrypoint.map((w) => `      - ${q(w)}`));
      if (s.environment.length) {
        out.push('    environment:');
        for (const [k, v] of [...s.environment].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`      ${k}: ${q(v)}`);
      }
      if (s.expose.length) out.push('    expose:', ...s.expose.map((e) => `      - ${q(e)}`));
      if (s.healthcheck) {
        const h = s.healthcheck;
        out.push('    healthcheck:');
        if (h.disable) out.push('      disable: true');
        else {
          out.push('      test:', ...h.test.map((w) => `        - ${q(w)}`));
          if (h.timeout) out.push(`      timeout: ${h.timeout}`);
          if (h.interval) out.push(`      interval: ${h.interval}`);
          if (h.retries !== null) out.push(`      retries: ${h.retries}`);
          if (h.startPeriod) out.push(`      start_period: ${h.startPeriod}`);
        }
      }
      if (s.hostname) out.push(`    hostname: ${q(s.hostname)}`);
      out.push(`    image: ${q(this.imageOf(project, s))}`);
      if (s.labels.length) {
        out.push('    labels:');
        for (const [k, v] of s.labels) out.push(`      ${k}: ${q(v)}`);
      }
      out.push('    networks:');
      for (const n of s.networks) {
        if (n.aliases.length)
          out.push(`      ${n.name}:`, '        aliases:', ...n.aliases.map((a) => `          - ${q(a)}`));
        else out.push(`      ${n.name}: null`);
      }
      if (s.ports.length) {
        out.push('    ports:');
        for (const p of s.ports) {
          out.push('      - mode: ingress');
          if (p.hostIp) out.push(`        host_ip: ${p.hostIp}`);
          out.push(`        target: ${p.target}`);
          if (p.published) out.push(`        published: "${p.published}"`);
          out.push(`        protocol: ${p.protocol}`);
        }
      }
      if (s.restart) out.push(`    restart: ${s.restart}`);
      if (s.user) out.push(`    user: ${q(s.user)}`);
      if (s.volumes.length) {
        out.push('    volumes:');
        for (const v of s.volumes) {
          out.push(`      - type: ${v.type}`, `        source: ${q(v.source)}`, `        target: ${q(v.target)}`);
          if (v.readOnly) out.push('        read_only: true');
          out.push(v.type === 'volume' ? '        volume: {}' : '        bind: {}');
        }
      }
      if (s.workingDir) out.push(`    working_dir: ${q(s.workingDir)}`);
    }
    if (project.networks.length) {
      out.push('networks:');
      for (const n of project.networks) {
        out.push(`  ${n.key}:`, `    name: ${q(n.name)}`);
        if (n.external) out.push('    external: true');
      }
    }
    if (project.volumes.length) {
      out.push('volumes:');
      for (const v of project.volumes) {
        out.push(`  ${v.key}:`, `    name: ${q(v.name)}`);
        if (v.external) out.push('    external: true');
      }
    }
    io.out(`${out.join('\n')}\n`);
    return 0;
  }
}

const HELP = `
Usage:  docker compose [OPTIONS] COMMAND

Define and run multi-container applications with Docker

Options:
  -f, --file stringArray           Compose configuration files
  -p, --project-name string        Project name

Commands:
  build       Build or rebuild services
  config      Parse, resolve and render compose file in canonical format
  down        Stop and remove containers, networks
  exec        Execute a command in a running container
  logs        View output from containers
  ps          List containers
  restart     Restart service containers
  start       Start services
  stop        Stop services
  up          Create and start containers
  version     Show the Docker Compose version information

Run 'docker compose COMMAND --help' for more information on a command.
`;
