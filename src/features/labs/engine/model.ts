/** The engine's internal state: images, containers, networks, volumes, the host folder, events. */
import type { ImageSpec, ServerSpec } from './images/catalogue';
import type { ContainerStatus } from './types';

export interface Image {
  id: string;
  spec: ImageSpec;
  repoTags: string[];
  /** Ms epoch of the image's build (from the catalogue). */
  created: number;
  size: number;
  /** True for images given by the lab or pulled (every image here is pulled from somewhere). */
  pulledAt: number;
}

export interface PortRequest {
  hostIp: string;
  /** '' = an ephemeral port. */
  hostPort: string;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

export interface PortBinding {
  hostIp: string;
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

export interface MountSpec {
  type: 'volume' | 'bind' | 'tmpfs';
  /** Volume name, or absolute host path for binds, '' for tmpfs. */
  source: string;
  destination: string;
  readOnly: boolean;
}

export interface Endpoint {
  network: string;
  ip: string;
  aliases: string[];
  mac: string;
  endpointId: string;
}

export interface LogEntry {
  time: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface FsEntry {
  kind: 'file' | 'dir' | 'deleted';
  content: string;
}

export interface Proc {
  argv: string[];
  startedAt: number;
  /** When the main process ends on its own; null = it runs until stopped. */
  endsAt: number | null;
  exitCode: number;
  server: ServerSpec | null;
  memory: number;
  /** Memory grows without bound (`tail /dev/zero`): killed at startedAt + 1 s when a limit is set. */
  hog: boolean;
  /** A shell that waits on its terminal or stdin (ignores SIGTERM as PID 1). */
  ignoresTerm: boolean;
  /** A periodic loop's output: its body's lines every `periodMs`. */
  loop: { lines: LogEntry[]; periodMs: number; from: number } | null;
}

export interface Container {
  id: string;
  name: string;
  image: Image;
  /** The reference as typed (`nginx:1.27-alpine`, `alpine`). */
  imageRef: string;
  created: number;
  cmd: string[];
  entrypoint: string[];
  env: string[];
  user: string;
  workingDir: string;
  hostname: string;
  exposed: string[];
  labels: Record<string, string>;
  tty: boolean;
  openStdin: boolean;
  healthcheck: { test: string[]; intervalMs: number; timeoutMs: number; retries: number; startPeriodMs: number } | null;
  portRequests: PortRequest[];
  publishAll: boolean;
  restartPolicy: { name: 'no' | 'on-failure' | 'always' | 'unless-stopped'; maximumRetryCount: number };
  memoryLimit: number;
  nanoCpus: number;
  pidsLimit: number;
  autoRemove: boolean;
  /** --init: a small init (tini) is PID 1 and forwards signals. */
  init: boolean;
  readOnly: boolean;
  networkMode: string;
  /** Networks asked for (the first from --network, more via `network connect`), with their aliases. */
  networkRequests: { name: string; aliases: string[] }[];
  mounts: MountSpec[];
  status: ContainerStatus;
  exitCode: number;
  oomKilled: boolean;
  error: string;
  restartCount: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** The daemon's restart back-off. */
  restartDelay: number;
  restartAt: number | null;
  /** Stopped by the user: restart policies do not bring it back. */
  manualStop: boolean;
  pausedAt: number | null;
  endpoints: Endpoint[];
  ports: PortBinding[];
  logs: LogEntry[];
  layer: Map<string, FsEntry>;
  tmpfs: Map<string, string>;
  proc: Proc | null;
  pidBase: number;
  execCount: number;
}

export interface Network {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  subnet: string;
  gateway: string;
  /** Third and fourth octets allocated last (serial allocation). */
  lastHost: number;
  base: [number, number];
  created: number;
  internal: boolean;
  builtin: boolean;
  labels: Record<string, string>;
  /** Created with `--subnet`: the daemon's IPAM config then lists the subnet without a gateway (none was given). */
  subnetGiven?: boolean;
}

export interface Volume {
  name: string;
  anonymous: boolean;
  created: number;
  files: Map<string, string>;
  labels: Record<string, string>;
}

export interface EngineEvent {
  time: number;
  type: 'container' | 'image' | 'network' | 'volume';
  action: string;
  actor: string;
  attributes: Record<string, string>;
  /** The line `docker events` prints, computed once. */
  text?: string;
}

export const LAB_DIR = '/home/eleve/lab';
