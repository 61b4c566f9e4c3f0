/**
 * The engine's state and its rules: creating and starting containers, the clock (processes that
 * end, restart policies with the daemon's back-off, out-of-memory kills), networks and their
 * addresses, published ports, volumes, name resolution and HTTP between containers.
 */
import { startApp } from './apps';
import { catalogue, findImageSpec, splitReference, type ImageSpec, type LogLine } from './images/catalogue';
import type {
  Container,
  EngineEvent,
  Endpoint,
  FsEntry,
  Image,
  LogEntry,
  MountSpec,
  Network,
  PortBinding,
  Proc,
  Volume,
} from './model';
import { LAB_DIR } from './model';
import { Prng, hashHex } from './util';

export const LIMITS = { containers: 200, networks: 100, volumes: 100, images: 100, logLines: 5000 };

const adjectives = [
  'admiring',
  'agile',
  'bold',
  'brave',
  'calm',
  'clever',
  'cool',
  'curious',
  'eager',
  'elegant',
  'fervent',
  'festive',
  'focused',
  'gallant',
  'gentle',
  'happy',
  'jolly',
  'keen',
  'kind',
  'lucid',
  'modest',
  'nifty',
  'optimistic',
  'patient',
  'peaceful',
  'quirky',
  'relaxed',
  'serene',
  'sharp',
  'stoic',
  'tender',
  'upbeat',
  'vibrant',
  'wizardly',
  'youthful',
  'zealous',
];
const surnames = [
  'archimedes',
  'babbage',
  'bohr',
  'curie',
  'darwin',
  'einstein',
  'euler',
  'fermat',
  'galileo',
  'hopper',
  'hypatia',
  'kepler',
  'lamarr',
  'lovelace',
  'meitner',
  'newton',
  'noether',
  'pascal',
  'ritchie',
  'shannon',
  'tesla',
  'thompson',
  'turing',
  'wozniak',
];

export interface StartError {
  message: string;
}

function ipToString(a: number, b: number, c: number, d: number): string {
  return `${a}.${b}.${c}.${d}`;
}

export class Runtime {
  clock: number;
  readonly startTime: number;
  readonly prng: Prng;
  images: Image[] = [];
  containers: Container[] = [];
  networks: Network[] = [];
  volumes: Volume[] = [];
  hostFiles = new Map<string, string>();
  hostDirs = new Set<string>();
  events: EngineEvent[] = [];
  /** "0.0.0.0:8080/tcp" → container id. */
  hostPorts = new Map<string, string>();
  nextEphemeral = 32768;
  nextPid = 1000;
  nextSubnet = 18;

  constructor(seed: number, startTime: number) {
    this.prng = new Prng(seed);
    this.clock = startTime;
    this.startTime = startTime;
    this.networks.push(
      this.makeNetwork('bridge', 'bridge', [172, 17], true),
      this.makeNetwork('host', 'host', [0, 0], true),
      this.makeNetwork('none', 'null', [0, 0], true),
    );
  }

  private makeNetwork(name: string, driver: Network['driver'], base: [number, number], builtin: boolean): Network {
    const hasSubnet = driver === 'bridge';
    return {
      id: this.prng.hex(64),
      name,
      driver,
      subnet: hasSubnet ? `${base[0]}.${base[1]}.0.0/16` : '',
      gateway: hasSubnet ? `${base[0]}.${base[1]}.0.1` : '',
      lastHost: 1,
      base,
      created: this.clock,
      internal: false,
      builtin,
      labels: {},
    };
  }

  event(type: EngineEvent['type'], action: string, actor: string, attributes: Record<string, string>): void {
    this.events.push({ time: this.clock, type, action, actor, attributes });
    if (this.events.length > 5000) this.events.splice(0, this.events.length - 5000);
  }

  /* ------------------------------------------------------------------ images */

  /** The catalogue entry and canonical tag for a reference, or why it cannot be pulled. */
  lookupRegistry(
    reference: string,
  ):
    | { spec: ImageSpec; repository: string; tag: string }
    | { error: 'denied' | 'manifest'; repository: string; tag: string } {
    const { repository, tag } = splitReference(reference);
    const spec = findImageSpec(repository, tag);
    if (!spec) return { error: 'denied', repository, tag };
    if (!spec.tags.includes(tag)) return { error: 'manifest', repository, tag };
    return { spec, repository, tag };
  }

  findImage(reference: string): Image | undefined {
    const ref = reference.trim();
    if (/^(sha256:)?[0-9a-f]{4,64}$/.test(ref)) {
      const hex = ref.replace(/^sha256:/, '');
      const byId = this.images.find((image) => image.id.startsWith(hex));
      if (byId) return byId;
    }
    const { repository, tag } = splitReference(ref);
    return this.images.find((image) => image.repoTags.includes(`${repository}:${tag}`));
  }

  addImage(spec: ImageSpec, repository: string, tag: string): Image {
    const existing = this.findImage(`${repository}:${tag}`);
    if (existing) return existing;
    const image: Image = {
      id: hashHex(`image:${spec.repository}:${tag}`),
      spec,
      repoTags: [`${repository}:${tag}`],
      created: Date.parse(spec.created),
      size: spec.size,
      pulledAt: this.clock,
    };
    const same = this.images.find((other) => other.id === image.id);
    if (same) {
      same.repoTags.push(`${repository}:${tag}`);
      return same;
    }
    this.images.push(image);
    return image;
  }

  /* ------------------------------------------------------------------ lookup */

  findContainer(ref: string): Container | undefined {
    if (ref === '') return undefined;
    const name = ref.replace(/^\//, '');
    const exactId = this.containers.find((c) => c.id === ref);
    if (exactId) return exactId;
    const byName = this.containers.find((c) => c.name === name);
    if (byName) return byName;
    if (/^[0-9a-f]+$/.test(ref)) {
      const matches = this.containers.filter((c) => c.id.startsWith(ref));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  findNetwork(ref: string): Network | undefined {
    if (ref === '') return undefined;
    return (
      this.networks.find((n) => n.name === ref) ??
      this.networks.find((n) => n.id === ref) ??
      (/^[0-9a-f]+$/.test(ref) ? this.networks.find((n) => n.id.startsWith(ref)) : undefined)
    );
  }

  findVolume(name: string): Volume | undefined {
    return this.volumes.find((v) => v.name === name);
  }

  randomName(): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = `${adjectives[this.prng.int(adjectives.length)]}_${surnames[this.prng.int(surnames.length)]}`;
      if (!this.containers.some((c) => c.name === name)) return name;
    }
    return `lab_${this.prng.hex(8)}`;
  }

  /* ------------------------------------------------------------------ networks */

  createNetwork(name: string, subnet?: string): Network {
    let base: [number, number];
    if (subnet) {
      const parts = subnet.split('/')[0]!.split('.').map(Number);
      base = [parts[0] ?? 10, parts[1] ?? 0];
    } else {
      const used = new Set(this.networks.map((n) => `${n.base[0]}.${n.base[1]}`));
      let second = this.nextSubnet;
      while (used.has(`172.${second}`) && second < 32) second += 1;
      if (second < 32) {
        base = [172, second];
        this.nextSubnet = second + 1;
      } else {
        let third = 0;
        while (used.has(`192.168.${third}`)) third += 16;
        base = [192, 168];
      }
    }
    const network = this.makeNetwork(name, 'bridge', base, false);
    if (subnet) {
      network.subnet = subnet;
      network.subnetGiven = true;
    }
    this.networks.push(network);
    this.event('network', 'create', network.id, { name, type: 'bridge' });
    return network;
  }

  private allocateIp(network: Network): string {
    const used = new Set(
      this.containers.flatMap((c) => c.endpoints.filter((e) => e.network === network.name).map((e) => e.ip)),
    );
    for (let step = 1; step < 65534; step++) {
      const host = ((network.lastHost - 2 + step + 65533) % 65533) + 2; // 2 … 65534
      const ip = ipToString(network.base[0], network.base[1], Math.floor(host / 256), host % 256);
      if (!used.has(ip) && host % 256 !== 255 && host % 256 !== 0) {
        network.lastHost = host;
        return ip;
      }
    }
    return '';
  }

  connect(container: Container, network: Network, aliases: string[]): Endpoint {
    const ip = network.driver === 'bridge' ? this.allocateIp(network) : '';
    const endpoint: Endpoint = {
      network: network.name,
      ip,
      aliases,
      mac: network.driver === 'bridge' ? this.macFor() : '',
      endpointId: this.prng.hex(64),
    };
    container.endpoints.push(endpoint);
    this.event('network', 'connect', network.id, { container: container.id, name: network.name, type: network.driver });
    return endpoint;
  }

  private macFor(): string {
    return `02:42:${[0, 0, 0, 0].map(() => this.prng.hex(2)).join(':')}`;
  }

  disconnectAll(container: Container): void {
    for (const endpoint of container.endpoints) {
      const network = this.findNetwork(endpoint.network);
      if (network)
        this.event('network', 'disconnect', network.id, {
          container: container.id,
          name: network.name,
          type: network.driver,
        });
    }
    container.endpoints = [];
  }

  /* ------------------------------------------------------------------ start / stop */

  /** Starts a created or exited container; the error text is the daemon's. */
  start(container: Container): StartError | null {
    if (container.status === 'running' || container.status === 'paused') return null;
    // Networks first, then ports (the daemon programs ports while joining the endpoint).
    const networks = container.networkRequests.map((request) => ({ request, network: this.findNetwork(request.name) }));
    for (const { request, network } of networks) {
      if (!network) return { message: `network ${request.name} not found` };
    }
    for (const { request, network } of networks) {
      const aliases = network!.builtin ? [] : [...request.aliases];
      this.connect(container, network!, aliases);
    }
    const wanted: PortBinding[] = [];
    const requests = [...container.portRequests];
    if (container.publishAll) {
      for (const exposed of container.exposed) {
        const [port, proto] = exposed.split('/');
        if (!requests.some((r) => r.containerPort === Number(port) && r.protocol === proto)) {
          requests.push({
            hostIp: '',
            hostPort: '',
            containerPort: Number(port),
            protocol: proto === 'udp' ? 'udp' : 'tcp',
          });
        }
      }
    }
    const primary = container.networkRequests[0]?.name ?? 'bridge';
    const publishable = primary !== 'host' && primary !== 'none';
    if (publishable) {
      for (const request of requests) {
        const hostIp = request.hostIp === '' ? '0.0.0.0' : request.hostIp;
        let hostPort: number;
        if (request.hostPort === '') {
          hostPort = this.ephemeralPort(request.protocol);
        } else {
          hostPort = Number(request.hostPort);
          const taken = this.portTaken(hostIp, hostPort, request.protocol, wanted);
          if (taken) {
            const endpoint = container.endpoints[0];
            this.disconnectAll(container);
            return {
              message: `failed to set up container networking: driver failed programming external connectivity on endpoint ${container.name} (${endpoint?.endpointId ?? this.prng.hex(64)}): Bind for ${hostIp}:${hostPort} failed: port is already allocated`,
            };
          }
        }
        wanted.push({ hostIp, hostPort, containerPort: request.containerPort, protocol: request.protocol });
      }
    }
    container.ports = wanted;
    for (const binding of wanted)
      this.hostPorts.set(`${binding.hostIp}:${binding.hostPort}/${binding.protocol}`, container.id);
    this.prepareVolumes(container);
    container.status = 'running';
    container.startedAt = this.clock;
    container.finishedAt = container.finishedAt ?? null;
    container.exitCode = 0;
    container.oomKilled = false;
    container.error = '';
    container.restartAt = null;
    container.pidBase = this.nextPid;
    this.nextPid += 17;
    container.proc = this.launch(container);
    this.event('container', 'start', container.id, this.attrs(container));
    this.settle(container);
    return null;
  }

  private portTaken(hostIp: string, port: number, protocol: string, pending: PortBinding[]): boolean {
    const all = hostIp === '0.0.0.0';
    for (const key of this.hostPorts.keys()) {
      const [ip, rest] = [key.slice(0, key.lastIndexOf(':')), key.slice(key.lastIndexOf(':') + 1)];
      if (rest !== `${port}/${protocol}`) continue;
      if (all || ip === '0.0.0.0' || ip === hostIp) return true;
    }
    return pending.some((p) => p.hostPort === port && p.protocol === protocol);
  }

  private ephemeralPort(protocol: string): number {
    for (let k = 0; k < 28232; k++) {
      const port = this.nextEphemeral;
      this.nextEphemeral = port >= 60999 ? 32768 : port + 1;
      if (!this.portTaken('0.0.0.0', port, protocol, [])) return port;
    }
    return 0;
  }

  private releasePorts(container: Container): void {
    for (const binding of container.ports)
      this.hostPorts.delete(`${binding.hostIp}:${binding.hostPort}/${binding.protocol}`);
    container.ports = [];
  }

  /** Creates anonymous volumes and copies the image's files into a new empty named volume. */
  private prepareVolumes(container: Container): void {
    for (const mount of container.mounts) {
      if (mount.type !== 'volume') continue;
      let volume = this.findVolume(mount.source);
      if (!volume) {
        volume = {
          name: mount.source,
          anonymous: /^[0-9a-f]{64}$/.test(mount.source),
          created: this.clock,
          files: new Map(),
          labels: {},
        };
        if (volume.anonymous) volume.labels['com.docker.volume.anonymous'] = '';
        this.volumes.push(volume);
        this.event('volume', 'create', volume.name, { driver: 'local' });
      }
      if (volume.files.size === 0) {
        for (const [path, content] of Object.entries(container.image.spec.files ?? {})) {
          if (path.startsWith(`${mount.destination}/`))
            volume.files.set(path.slice(mount.destination.length + 1), content);
        }
      }
      this.event('volume', 'mount', volume.name, {
        container: container.id,
        destination: mount.destination,
        driver: 'local',
        propagation: '',
        'read/write': String(!mount.readOnly),
      });
    }
  }

  attrs(container: Container): Record<string, string> {
    return { image: container.imageRef, name: container.name };
  }

  /** What PID 1 does: a server, a one-shot program, a script with a timeline. */
  launch(container: Container): Proc {
    const spec = container.image.spec;
    let argv = [...container.entrypoint, ...container.cmd];
    const env = envMap(container.env);
    const proc: Proc = {
      argv,
      startedAt: this.clock,
      endsAt: null,
      exitCode: 0,
      server: null,
      memory: 600 * 1024,
      hog: false,
      ignoresTerm: false,
      loop: null,
    };
    const log = (line: LogLine): void => {
      this.appendLog(
        container,
        this.clock + (line.at ?? 0),
        line.stream,
        this.fillTimes(line.text, this.clock + (line.at ?? 0), container),
      );
    };
    const entry = argv[0] ?? '';
    const base = entry.split('/').pop() ?? '';
    if (/entrypoint(\.sh)?$/.test(base) && argv.length > 1) {
      let rest = argv.slice(1);
      const first = rest[0] ?? '';
      if (
        spec.entrypointDefault &&
        (first.startsWith('-') || (spec.entrypointDefault === 'node' && !this.isCommand(spec, first)))
      ) {
        rest = [spec.entrypointDefault, ...rest];
      }
      argv = rest;
    }
    proc.argv = argv;
    const program = argv[0] ?? '';
    const programBase = program.split('/').pop() ?? '';
    if (spec.server && (spec.server.binaries.includes(program) || spec.server.binaries.includes(programBase))) {
      const marker = spec.server.dataMarker;
      const initialized = marker ? this.readFile(container, marker.path) !== null : false;
      const started = spec.server.start(env, initialized);
      if (marker && !initialized && started.exitCode === undefined)
        this.writeFile(container, marker.path, marker.content);
      for (const line of started.logs) log(line);
      if (started.exitCode !== undefined) {
        const last = started.logs.reduce((max, line) => Math.max(max, line.at ?? 0), 0);
        proc.endsAt = this.clock + last;
        proc.exitCode = started.exitCode;
      } else {
        proc.server = spec.server;
        proc.memory = spec.server.memory;
      }
      return proc;
    }
    if (spec.oneShot && (program === spec.oneShot.binary || programBase === spec.oneShot.binary.replace(/^\//, ''))) {
      for (const text of spec.oneShot.lines) log({ stream: 'stdout', text });
      proc.endsAt = this.clock;
      return proc;
    }
    if (argv.length === 0) {
      proc.endsAt = this.clock;
      proc.exitCode = 0;
      return proc;
    }
    // The labs' small apps: node or python running a file of the container (apps.ts).
    const app = this.isCommand(spec, program)
      ? startApp(argv, {
          workingDir: container.workingDir || '/',
          env,
          readFile: (path) => this.readFile(container, path),
          nodeVersion: spec.versions?.node ?? 'v22.18.0',
        })
      : null;
    if (app) {
      for (const line of app.logs) log(line);
      if (app.exitCode !== undefined) {
        proc.endsAt = this.clock;
        proc.exitCode = app.exitCode;
        return proc;
      }
      proc.memory = 30 * 1024 * 1024;
      proc.ignoresTerm = true;
      if (app.server) {
        const answer = { status: app.server.status, body: app.server.body };
        proc.server = {
          binaries: [],
          listens: [app.server.port],
          memory: proc.memory,
          start: () => ({ logs: [] }),
          http: () => answer,
          loopbackOnly: app.server.loopbackOnly,
        };
      }
      return proc;
    }
    const outcome = this.runMain(container, argv);
    for (const entryLog of outcome.logs)
      this.appendLog(container, this.clock + entryLog.offset, entryLog.stream, entryLog.text);
    proc.memory = outcome.memory;
    proc.hog = outcome.hog;
    proc.ignoresTerm = true;
    proc.loop = outcome.loop ? { ...outcome.loop, from: this.clock + outcome.loop.from } : null;
    proc.endsAt = outcome.forever ? null : this.clock + outcome.duration;
    proc.exitCode = outcome.exitCode;
    if (outcome.interactiveShell) {
      const waits = container.tty || container.openStdin;
      proc.endsAt = waits ? null : this.clock;
    }
    return proc;
  }

  /** Set by the CLI layer: runs the main command's timeline through the container shell. */
  runMain: (container: Container, argv: string[]) => MainOutcome = () => ({
    logs: [],
    duration: 0,
    exitCode: 0,
    forever: false,
    memory: 0,
    hog: false,
    interactiveShell: false,
    loop: null,
  });

  isCommand(spec: ImageSpec, name: string): boolean {
    return name.startsWith('/') || toolsOf(spec).has(name);
  }

  fillTimes(text: string, at: number, container: Container): string {
    if (!text.includes('{')) return text;
    const iso = new Date(at).toISOString();
    const date = iso.slice(0, 10);
    const time = iso.slice(11, 19);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const d = new Date(at);
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    return text
      .replace('{nginxTime}', `${date.replace(/-/g, '/')} ${time}`)
      .replace(
        '{redisTime}',
        `${d.getUTCDate().toString().padStart(2, '0')} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time}.${iso.slice(20, 23)}`,
      )
      .replace('{pgTime}', `${date} ${time}`)
      .replace('{isoTime}', iso)
      .replace(
        '{httpdTime}',
        `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${d.getUTCDate().toString().padStart(2, '0')} ${time}.${iso.slice(20, 23)}000 ${d.getUTCFullYear()}`,
      )
      .replace(
        '{phpTime}',
        `${d.getUTCDate().toString().padStart(2, '0')}-${months[d.getUTCMonth()]}-${d.getUTCFullYear()} ${time}`,
      )
      .replace(
        '{klogTime}',
        `${(d.getUTCMonth() + 1).toString().padStart(2, '0')}${d.getUTCDate().toString().padStart(2, '0')} ${time}.${iso.slice(20, 23)}000`,
      )
      .replace('{ip}', container.endpoints[0]?.ip ?? '127.0.0.1');
  }

  appendLog(container: Container, time: number, stream: LogEntry['stream'], text: string): void {
    container.logs.push({ time, stream, text });
    if (container.logs.length > LIMITS.logLines) container.logs.splice(0, container.logs.length - LIMITS.logLines);
  }

  /** Ends the main process now (or at `at`) with a code; applies --rm and restart policies. */
  exit(container: Container, code: number, at: number, oom = false): void {
    if (container.status !== 'running' && container.status !== 'paused') return;
    const proc = container.proc;
    if (proc?.loop) this.flushLoop(container, at);
    container.status = 'exited';
    container.exitCode = code;
    container.oomKilled = oom;
    container.finishedAt = at;
    container.proc = null;
    container.pausedAt = null;
    this.releasePorts(container);
    this.disconnectAll(container);
    if (oom) this.event('container', 'oom', container.id, this.attrs(container));
    this.event('container', 'die', container.id, { ...this.attrs(container), exitCode: String(code) });
    if (container.autoRemove) {
      this.remove(container, true);
      return;
    }
    if (this.shouldRestart(container)) {
      const ran = at - (container.startedAt ?? at);
      container.restartDelay =
        ran >= 10_000 || container.restartDelay === 0 ? 100 : Math.min(container.restartDelay * 2, 60_000);
      container.restartAt = at + container.restartDelay;
      container.status = 'restarting';
    }
  }

  private shouldRestart(container: Container): boolean {
    if (container.manualStop) return false;
    const policy = container.restartPolicy;
    if (policy.name === 'always' || policy.name === 'unless-stopped') return true;
    if (policy.name === 'on-failure') {
      if (container.exitCode === 0) return false;
      return policy.maximumRetryCount === 0 || container.restartCount < policy.maximumRetryCount;
    }
    return false;
  }

  /** Applies whatever happens immediately after a start (a program that exits at once). */
  settle(container: Container): void {
    this.advanceContainer(container, this.clock);
  }

  /** Moves one container's timeline up to `to`. */
  advanceContainer(container: Container, to: number): void {
    for (let guard = 0; guard < 200; guard++) {
      if (container.status === 'running' && container.proc) {
        const proc = container.proc;
        const oomAt = this.oomTime(container, proc);
        const endAt = proc.endsAt;
        if (oomAt !== null && oomAt <= to && (endAt === null || oomAt <= endAt)) {
          this.exit(container, 137, oomAt, true);
          continue;
        }
        if (endAt !== null && endAt <= to) {
          this.exit(container, proc.exitCode, endAt);
          continue;
        }
        return;
      }
      if (container.status === 'restarting' && container.restartAt !== null && container.restartAt <= to) {
        const at = container.restartAt;
        const saved = this.clock;
        this.clock = at;
        container.restartCount += 1;
        container.status = 'exited';
        const error = this.start(container);
        this.clock = saved;
        if (error) {
          container.status = 'exited';
          container.error = error.message;
          container.restartAt = null;
          return;
        }
        continue;
      }
      return;
    }
  }

  /** When the kernel kills the container for going over its memory limit, or null (it stays within). */
  oomTime(container: Container, proc: Proc): number | null {
    if (container.memoryLimit <= 0) return null;
    if (proc.hog) return proc.startedAt + 1000;
    if (proc.memory > container.memoryLimit) return proc.startedAt + 200;
    return null;
  }

  flushLoop(container: Container, until: number): void {
    const loop = container.proc?.loop;
    if (!loop) return;
    let added = 0;
    while (loop.from <= until && added < LIMITS.logLines) {
      for (const line of loop.lines) this.appendLog(container, loop.from + (line.time ?? 0), line.stream, line.text);
      loop.from += loop.periodMs;
      added += 1;
    }
    if (added >= LIMITS.logLines) loop.from = Math.max(loop.from, until - loop.periodMs);
  }

  tick(ms: number): void {
    const to = this.clock + Math.max(0, Math.floor(ms));
    for (const container of [...this.containers]) {
      this.advanceContainer(container, to);
      if (container.status === 'running') this.flushLoop(container, to);
    }
    this.clock = to;
  }

  stop(container: Container, timeoutSeconds: number | null, signal: 'TERM' | 'KILL'): void {
    container.manualStop = true;
    if (container.status === 'restarting') {
      container.status = 'exited';
      container.restartAt = null;
      this.event('container', 'stop', container.id, this.attrs(container));
      return;
    }
    if (container.status !== 'running' && container.status !== 'paused') return;
    const proc = container.proc;
    let code = 0;
    if (signal === 'KILL') {
      code = 137;
      this.event('container', 'kill', container.id, { ...this.attrs(container), signal: '9' });
    } else {
      this.event('container', 'kill', container.id, { ...this.attrs(container), signal: '15' });
      if (proc && proc.server === null && proc.ignoresTerm && !container.init) {
        const wait = (timeoutSeconds ?? 10) * 1000;
        this.clock += wait;
        for (const other of this.containers) if (other !== container) this.advanceContainer(other, this.clock);
        code = 137;
        this.event('container', 'kill', container.id, { ...this.attrs(container), signal: '9' });
      } else {
        code = proc?.server ? 0 : 143;
      }
    }
    this.exit(container, code, this.clock);
    if (signal === 'TERM' && this.containers.includes(container))
      this.event('container', 'stop', container.id, this.attrs(container));
  }

  remove(container: Container, removeAnonymous: boolean): void {
    this.releasePorts(container);
    this.disconnectAll(container);
    const index = this.containers.indexOf(container);
    if (index !== -1) this.containers.splice(index, 1);
    this.event('container', 'destroy', container.id, this.attrs(container));
    if (removeAnonymous) {
      for (const mount of container.mounts) {
        if (mount.type !== 'volume') continue;
        const volume = this.findVolume(mount.source);
        if (volume?.anonymous && !this.volumeUsers(volume.name).length) {
          this.volumes.splice(this.volumes.indexOf(volume), 1);
          this.event('volume', 'destroy', volume.name, { driver: 'local' });
        }
      }
    }
  }

  volumeUsers(name: string): Container[] {
    return this.containers.filter((c) => c.mounts.some((m) => m.type === 'volume' && m.source === name));
  }

  /* ------------------------------------------------------------------ files */

  /** Which store holds a path inside a container. */
  locate(
    container: Container,
    path: string,
  ): { store: 'layer' | 'volume' | 'bind' | 'tmpfs'; key: string; mount: MountSpec | null; volume?: Volume } {
    let best: MountSpec | null = null;
    for (const mount of container.mounts) {
      if (path === mount.destination || path.startsWith(`${mount.destination}/`)) {
        if (!best || mount.destination.length > best.destination.length) best = mount;
      }
    }
    if (!best) return { store: 'layer', key: path, mount: null };
    const rel = path === best.destination ? '' : path.slice(best.destination.length + 1);
    if (best.type === 'volume') return { store: 'volume', key: rel, mount: best, volume: this.findVolume(best.source) };
    if (best.type === 'tmpfs') return { store: 'tmpfs', key: `${best.destination}/${rel}`, mount: best };
    const hostRel = hostRelative(best.source);
    return { store: 'bind', key: hostRel === null ? '' : joinRel(hostRel, rel), mount: best };
  }

  readFile(container: Container, path: string): string | null {
    const where = this.locate(container, path);
    if (where.store === 'volume') return where.volume?.files.get(where.key) ?? null;
    if (where.store === 'bind') return this.hostFiles.get(where.key) ?? null;
    if (where.store === 'tmpfs') return container.tmpfs.get(where.key) ?? null;
    const entry = container.layer.get(path);
    if (entry) return entry.kind === 'file' ? entry.content : null;
    const generated = this.generatedFile(container, path);
    if (generated !== null) return generated;
    return container.image.spec.files?.[path] ?? null;
  }

  private generatedFile(container: Container, path: string): string | null {
    if (path === '/etc/hostname') return `${container.hostname}\n`;
    if (path === '/etc/hosts') {
      const ips = container.endpoints.filter((e) => e.ip).map((e) => `${e.ip}\t${container.hostname}`);
      return `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n${ips.join('\n')}${ips.length ? '\n' : ''}`;
    }
    if (path === '/etc/resolv.conf') {
      const userNet = container.endpoints.some((e) => !this.findNetwork(e.network)?.builtin);
      // As recorded (tests/fixtures/engine/user-network-dns.json): on a user network, Docker's embedded DNS.
      return userNet ? 'nameserver 127.0.0.11\noptions ndots:0\n' : 'nameserver 10.0.2.3\n';
    }
    if (path === '/etc/passwd') return 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n';
    return null;
  }

  writeFile(container: Container, path: string, content: string): string | null {
    const where = this.locate(container, path);
    if (where.mount?.readOnly || (container.readOnly && where.store === 'layer')) return 'Read-only file system';
    if (where.store === 'volume') {
      where.volume?.files.set(where.key, content);
      return null;
    }
    if (where.store === 'bind') {
      if (where.key === '') return 'Is a directory';
      this.hostFiles.set(where.key, content);
      return null;
    }
    if (where.store === 'tmpfs') {
      container.tmpfs.set(where.key, content);
      return null;
    }
    container.layer.set(path, { kind: 'file', content });
    return null;
  }

  /** Every path (files) visible under a directory of a container, for ls. */
  listDir(container: Container, dir: string): { names: Set<string>; exists: boolean } {
    const names = new Set<string>();
    const prefix = dir === '/' ? '/' : `${dir}/`;
    let exists = dir === '/' || baseDirs.has(dir);
    const addFrom = (path: string): void => {
      if (!path.startsWith(prefix)) return;
      exists = true;
      const rest = path.slice(prefix.length);
      const name = rest.split('/')[0];
      if (name) names.add(name);
    };
    for (const d of baseDirs) addFrom(d);
    for (const path of Object.keys(container.image.spec.files ?? {})) addFrom(path);
    for (const path of container.image.spec.dirs ?? []) {
      addFrom(path);
      if (path === dir) exists = true;
    }
    for (const [path, entry] of container.layer) {
      if (entry.kind === 'deleted') {
        if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
          names.delete(path.slice(prefix.length));
        continue;
      }
      addFrom(path);
      if (path === dir && entry.kind === 'dir') exists = true;
    }
    for (const mount of container.mounts) {
      addFrom(mount.destination);
      if (mount.destination === dir) exists = true;
      if (dir === mount.destination || dir.startsWith(`${mount.destination}/`)) {
        const where = this.locate(container, dir);
        const keys =
          where.store === 'volume'
            ? [...(where.volume?.files.keys() ?? [])]
            : where.store === 'bind'
              ? [...this.hostFiles.keys(), ...this.hostDirs]
              : [...container.tmpfs.keys()];
        const keyPrefix = where.store === 'tmpfs' ? `${dir}/` : where.key === '' ? '' : `${where.key}/`;
        for (const key of keys) {
          if (!key.startsWith(keyPrefix)) continue;
          const name = key.slice(keyPrefix.length).split('/')[0];
          if (name) names.add(name);
        }
        if (
          where.store === 'bind' &&
          where.key !== '' &&
          !this.hostDirs.has(where.key) &&
          ![...this.hostFiles.keys()].some((k) => k.startsWith(`${where.key}/`))
        ) {
          // an empty bound folder
        }
      }
    }
    if (dir === '/etc') ['hostname', 'hosts', 'resolv.conf', 'passwd', 'os-release'].forEach((n) => names.add(n));
    return { names, exists: exists || names.size > 0 };
  }
}

export interface MainOutcome {
  logs: { offset: number; stream: 'stdout' | 'stderr'; text: string }[];
  duration: number;
  exitCode: number;
  forever: boolean;
  memory: number;
  hog: boolean;
  interactiveShell: boolean;
  loop: { lines: LogEntry[]; periodMs: number; from: number } | null;
}

export const baseDirs = new Set([
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
  '/usr/bin',
  '/usr/local',
  '/usr/local/bin',
  '/usr/share',
  '/var/log',
  '/var/lib',
  '/var/cache',
]);

export function envMap(env: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of env) {
    const eq = entry.indexOf('=');
    if (eq === -1) continue;
    map.set(entry.slice(0, eq), entry.slice(eq + 1));
  }
  return map;
}

/** A host path inside the lab folder, relative to it ('' = the folder itself), or null outside it. */
export function hostRelative(absolute: string): string | null {
  const clean = normalizeAbsolute(absolute);
  if (clean === LAB_DIR) return '';
  if (clean.startsWith(`${LAB_DIR}/`)) return clean.slice(LAB_DIR.length + 1);
  return null;
}

export function joinRel(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return `${a}/${b}`;
}

export function normalizeAbsolute(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

const busyboxApplets = [
  'sh',
  'ash',
  'echo',
  'cat',
  'ls',
  'env',
  'printenv',
  'hostname',
  'ps',
  'id',
  'whoami',
  'sleep',
  'exit',
  'mkdir',
  'rm',
  'touch',
  'wget',
  'nslookup',
  'ping',
  'pwd',
  'true',
  'false',
  'date',
  'uname',
  'head',
  'tail',
  'test',
  '[',
  'cd',
  'export',
  'kill',
  'df',
  'free',
  'top',
  'vi',
  'grep',
  'sed',
  'awk',
  'cp',
  'mv',
  'chmod',
  'chown',
  'ln',
  'find',
  'tar',
  'gzip',
  'wc',
  'sort',
  'uniq',
  'tr',
  'cut',
  'xargs',
  'nc',
  'netstat',
  'ip',
  'ifconfig',
  'route',
  'traceroute',
  'which',
  'seq',
  'yes',
  'du',
  'stat',
  'basename',
  'dirname',
  'more',
  'less',
  'tee',
  'mount',
  'dmesg',
  'su',
  'printf',
  'adduser',
  'addgroup',
  'deluser',
  'delgroup',
];
const debianTools = [
  'bash',
  'sh',
  'dash',
  'echo',
  'cat',
  'ls',
  'env',
  'printenv',
  'hostname',
  'id',
  'whoami',
  'sleep',
  'exit',
  'mkdir',
  'rm',
  'touch',
  'pwd',
  'true',
  'false',
  'date',
  'uname',
  'head',
  'tail',
  'test',
  '[',
  'cd',
  'export',
  'kill',
  'df',
  'getent',
  'grep',
  'sed',
  'awk',
  'cp',
  'mv',
  'chmod',
  'chown',
  'ln',
  'find',
  'tar',
  'gzip',
  'wc',
  'sort',
  'uniq',
  'tr',
  'cut',
  'xargs',
  'which',
  'seq',
  'yes',
  'du',
  'stat',
  'basename',
  'dirname',
  'more',
  'tee',
  'mount',
  'su',
  'printf',
  'apt',
  'apt-get',
  'dpkg',
  'useradd',
  'groupadd',
  'usermod',
  'adduser',
  'addgroup',
];

export function toolsOf(spec: ImageSpec): Set<string> {
  const tools =
    spec.toolset === 'none'
      ? []
      : spec.toolset === 'debian'
        ? debianTools
        : spec.toolset === 'alpine'
          ? [...busyboxApplets, 'getent', 'apk']
          : busyboxApplets;
  return new Set([...tools, ...(spec.extraTools ?? [])]);
}

export { catalogue };
export type { FsEntry };
