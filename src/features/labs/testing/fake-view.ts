/**
 * Test helpers: an engine state built by hand, for the step checks' unit tests. Test code only.
 */
import type { ContainerView, EngineView } from '../engine-api';

export function containerView(overrides: Partial<ContainerView> & { name: string }): ContainerView {
  return {
    id: `${overrides.name.padEnd(12, '0').slice(0, 12)}`,
    image: 'nginx:1.27-alpine',
    status: 'running',
    exitCode: 0,
    oomKilled: false,
    restartCount: 0,
    restartPolicy: { name: 'no', maximumRetryCount: 0 },
    health: 'none',
    ports: [],
    networks: [{ name: 'bridge', ip: '172.17.0.2', aliases: [] }],
    mounts: [],
    env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    user: '',
    cmd: [],
    entrypoint: [],
    workingDir: '/',
    memoryLimit: 0,
    nanoCpus: 0,
    pidsLimit: 0,
    autoRemove: false,
    createdAt: 0,
    startedAt: 0,
    finishedAt: null,
    logs: [],
    ...overrides,
  };
}

export interface FakeViewOptions {
  containers?: ContainerView[];
  images?: EngineView['images'];
  networks?: EngineView['networks'];
  volumes?: EngineView['volumes'];
  hostFiles?: Record<string, string>;
  lastBuild?: EngineView['lastBuild'];
  /** "from→name" pairs that resolve. */
  resolvable?: string[];
  /** url (from the host) → status. */
  pages?: Record<string, number>;
}

export function fakeView(options: FakeViewOptions = {}): EngineView {
  return {
    containers: options.containers ?? [],
    images: options.images ?? [],
    networks: options.networks ?? [
      { id: 'b1', name: 'bridge', driver: 'bridge', subnet: '172.17.0.0/16', containers: [] },
      { id: 'h1', name: 'host', driver: 'host', containers: [] },
      { id: 'n1', name: 'none', driver: 'null', containers: [] },
    ],
    volumes: options.volumes ?? [],
    hostFiles: options.hostFiles ?? {},
    lastBuild: options.lastBuild ?? null,
    resolve: (from, name) => ((options.resolvable ?? []).includes(`${from}→${name}`) ? '172.18.0.3' : null),
    http: (from, url) => {
      const status = from === null ? options.pages?.[url] : undefined;
      return status === undefined
        ? { ok: false, error: 'Connection refused' }
        : { ok: true, status, body: '<h1>Bonjour</h1>' };
    },
  };
}
