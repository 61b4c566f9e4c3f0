/** The engine's public types: the contract between the engine, the recorder and the labs UI. */

export interface LabSetup {
  /** Image references present locally at start ("nginx:1.27-alpine"); each must be in the engine's image catalogue. */
  images?: string[];
  /** Files in the learner's host folder, path relative to the lab folder (/home/eleve/lab) → content. */
  hostFiles?: Record<string, string>;
  /** docker command lines run silently, in order, to build the starting state (a crashed db, a network…). */
  commands?: string[];
}

export interface RunResult {
  /** Plain text, may contain "\n"; never HTML, never ANSI sequences. */
  stdout: string;
  stderr: string;
  /** What `echo $?` prints next. */
  exitCode: number;
  /** `clear` (the UI clears the output). */
  clear?: boolean;
}

/** Replace line.slice(from, cursor) by a candidate. */
export interface Completion {
  from: number;
  candidates: string[];
}

export interface Engine {
  /** Runs one line typed at the prompt (host shell or, after `docker run -it … sh`, the container's shell). Never throws. */
  run(line: string): RunResult;
  /** "$ " on the host; the container's prompt (e.g. "/ # ") inside an interactive shell. */
  prompt(): string;
  complete(line: string, cursor: number): Completion;
  /** Advances the simulated clock (the UI calls it with real elapsed time; tests call it explicitly). */
  tick(ms: number): void;
  /** Ms since epoch of the simulated clock. */
  now(): number;
  /** A read-only, plain-data view of the state, for the labs' step checks. */
  view(): EngineView;
  /** The lab folder's files now (path relative to /home/eleve/lab → content), as the learner's commands left them. */
  readHostFiles(): Record<string, string>;
  /**
   * Writes files of the lab folder on the running engine (the workbench editor saves): `merge` adds or replaces the
   * given files, `replace` makes the folder exactly these files. A path that is absolute, climbs out (`..`), is empty,
   * or a content over MAX_HOST_FILE_BYTES is refused (listed with the reason) and the others are written.
   */
  writeHostFiles(
    files: Record<string, string>,
    mode?: 'merge' | 'replace',
  ): { refused: { path: string; reason: string }[] };
  /** Removes one file of the lab folder; false when it did not exist. */
  removeHostFile(path: string): boolean;
}

/** What the last `docker build` did (null before any build). */
export interface BuildView {
  ok: boolean;
  /** The tags asked with -t, as typed. */
  tags: string[];
  /** The built image's ID (64 hex), null when the build failed. */
  imageId: string | null;
  /**
   * Each numbered step in the order of the output (FROM included), with whether it came from the cache: with
   * BuildKit, the steps that make an operation (FROM an image, RUN, COPY, ADD, WORKDIR); with the legacy builder,
   * every instruction.
   */
  steps: { label: string; instruction: string; cached: boolean }[];
}

export interface EngineOptions {
  seed?: number;
  /** Ms epoch, default 2026-12-01T09:00:00Z. */
  startTime?: number;
}

export interface NetworkView {
  id: string;
  name: string;
  driver: 'bridge' | 'host' | 'null';
  subnet?: string;
  /** Container names. */
  containers: string[];
}

export interface VolumeView {
  name: string;
  anonymous: boolean;
  /** Container names. */
  usedBy: string[];
  /** The volume's files (path inside the volume → content). */
  files: Record<string, string>;
}

export interface EngineView {
  containers: ContainerView[];
  images: { id: string; tags: string[]; size: number }[];
  networks: NetworkView[];
  volumes: VolumeView[];
  hostFiles: Record<string, string>;
  /** The last `docker build` (docker compose builds included), or null. */
  lastBuild: BuildView | null;
  /** Name resolution as seen from inside a container: the address, or null (default bridge: no DNS between containers). */
  resolve(fromContainer: string, name: string): string | null;
  /** What an HTTP GET from a container (or from the host, fromContainer = null) to url would get. */
  http(
    fromContainer: string | null,
    url: string,
  ): { ok: true; status: number; body: string } | { ok: false; error: string };
}

export type ContainerStatus = 'created' | 'running' | 'restarting' | 'paused' | 'exited' | 'dead' | 'removing';

export interface ContainerView {
  id: string;
  name: string;
  image: string;
  status: ContainerStatus;
  exitCode: number;
  oomKilled: boolean;
  restartCount: number;
  restartPolicy: { name: 'no' | 'on-failure' | 'always' | 'unless-stopped'; maximumRetryCount: number };
  health: 'none' | 'starting' | 'healthy' | 'unhealthy';
  ports: { containerPort: number; protocol: 'tcp' | 'udp'; hostIp: string; hostPort: number }[];
  networks: { name: string; ip: string; aliases: string[] }[];
  mounts: { type: 'volume' | 'bind' | 'tmpfs'; source: string; destination: string; readOnly: boolean }[];
  env: string[];
  user: string;
  cmd: string[];
  entrypoint: string[];
  workingDir: string;
  /** Bytes, 0 = none. */
  memoryLimit: number;
  nanoCpus: number;
  pidsLimit: number;
  autoRemove: boolean;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  logs: { time: number; stream: 'stdout' | 'stderr'; text: string }[];
}
