/**
 * The simulated engine as the labs see it: the interface agreed with the engine's core
 * (CONTRACT-engine.md, section 2). Everything in the labs is typed against this file only.
 */
export interface LabSetup {
  /** Image references present locally at start ("nginx:1.27-alpine"); each must be in the engine's image catalogue. */
  images?: string[];
  /** Files in the learner's host folder, path relative to the lab folder (/home/eleve/lab) → content. */
  hostFiles?: Record<string, string>;
  /** docker command lines run silently, in order, to build the starting state. */
  commands?: string[];
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  clear?: boolean;
}

export interface Completion {
  from: number;
  candidates: string[];
}

export interface Engine {
  run(line: string): RunResult;
  prompt(): string;
  complete(line: string, cursor: number): Completion;
  tick(ms: number): void;
  now(): number;
  view(): EngineView;
}

export interface EngineOptions {
  seed?: number;
  startTime?: number;
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
  memoryLimit: number;
  nanoCpus: number;
  pidsLimit: number;
  autoRemove: boolean;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  logs: { time: number; stream: 'stdout' | 'stderr'; text: string }[];
}

export interface EngineView {
  containers: ContainerView[];
  images: { id: string; tags: string[]; size: number }[];
  networks: {
    id: string;
    name: string;
    driver: 'bridge' | 'host' | 'null';
    subnet?: string;
    containers: string[];
  }[];
  volumes: { name: string; anonymous: boolean; usedBy: string[] }[];
  hostFiles: Record<string, string>;
  resolve(fromContainer: string, name: string): string | null;
  http(
    fromContainer: string | null,
    url: string,
  ): { ok: true; status: number; body: string } | { ok: false; error: string };
}
