import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  advanceSteps,
  evaluateCheck,
  normalizeImageRef,
  parseMemory,
  parsePublish,
  type CheckContext,
  type LabCheck,
} from './lab-checks';
import { containerView, fakeView } from './testing/fake-view';

const sameWords = (expected: string, given: string) =>
  expected.trim().split(/\s+/).join(' ') === given.trim().split(/\s+/).join(' ');

function context(view = fakeView(), commands: string[] = []): CheckContext {
  return { view, commands, sameCommand: sameWords };
}

const web = containerView({
  name: 'web',
  ports: [{ containerPort: 80, protocol: 'tcp', hostIp: '0.0.0.0', hostPort: 8080 }],
  memoryLimit: 64 * 1024 * 1024,
  env: ['PATH=/bin', 'POSTGRES_PASSWORD=secret'],
  mounts: [
    { type: 'volume', source: 'data', destination: '/var/lib/postgresql/data', readOnly: false },
    { type: 'bind', source: '/home/eleve/lab/site', destination: '/usr/share/nginx/html', readOnly: true },
  ],
  networks: [{ name: 'reseau', ip: '172.18.0.2', aliases: ['web'] }],
});
const db = containerView({ name: 'db', image: 'postgres:16-alpine', status: 'exited', exitCode: 1 });

describe('container', () => {
  const ctx = context(fakeView({ containers: [web, db] }));
  test('matches a running container by its name, image, ports, limits, env, mounts and network', () => {
    const check: LabCheck = {
      container: {
        name: 'web',
        status: 'running',
        image: 'nginx:1.27-alpine',
        publishes: '8080->80',
        memory: '64m',
        env: ['POSTGRES_PASSWORD', 'POSTGRES_PASSWORD=secret'],
        mounts: [
          { volume: 'data', destination: '/var/lib/postgresql/data' },
          { bind: 'site', destination: '/usr/share/nginx/html', readOnly: true },
        ],
        network: 'reseau',
      },
    };
    expect(evaluateCheck(check, ctx)).toBe(true);
  });
  test('fails on any field that differs', () => {
    expect(evaluateCheck({ container: { name: 'web', status: 'exited' } }, ctx)).toBe(false);
    expect(evaluateCheck({ container: { name: 'web', publishes: '8081->80' } }, ctx)).toBe(false);
    expect(evaluateCheck({ container: { name: 'web', publishes: '8080->80/udp' } }, ctx)).toBe(false);
    expect(evaluateCheck({ container: { name: 'web', memory: '128m' } }, ctx)).toBe(false);
    expect(evaluateCheck({ container: { name: 'web', env: 'MYSQL_ROOT_PASSWORD' } }, ctx)).toBe(false);
    expect(evaluateCheck({ container: { name: 'web', network: 'bridge' } }, ctx)).toBe(false);
    expect(
      evaluateCheck({ container: { name: 'web', mounts: [{ volume: 'autre', destination: '/data' }] } }, ctx),
    ).toBe(false);
    expect(evaluateCheck({ container: { name: 'nope' } }, ctx)).toBe(false);
  });
  test('exists: false holds only when no container has the name', () => {
    expect(evaluateCheck({ container: { name: 'nope', exists: false } }, ctx)).toBe(true);
    expect(evaluateCheck({ container: { name: 'web', exists: false } }, ctx)).toBe(false);
  });
  test('exitCode needs a stopped container with that code', () => {
    expect(evaluateCheck({ exitCode: { container: 'db', is: 1 } }, ctx)).toBe(true);
    expect(evaluateCheck({ exitCode: { container: 'db', is: 0 } }, ctx)).toBe(false);
    expect(evaluateCheck({ exitCode: { container: 'web', is: 0 } }, ctx)).toBe(false);
  });
  test('containers counts by status and image', () => {
    expect(evaluateCheck({ containers: { status: 'exited', count: 1 } }, ctx)).toBe(true);
    expect(evaluateCheck({ containers: { status: 'exited', count: 0 } }, ctx)).toBe(false);
    expect(evaluateCheck({ containers: { image: 'nginx:1.27-alpine', atLeast: 1, atMost: 1 } }, ctx)).toBe(true);
    expect(evaluateCheck({ containers: { atLeast: 3 } }, ctx)).toBe(false);
  });
});

describe('other predicates', () => {
  const view = fakeView({
    containers: [web],
    volumes: [
      { name: 'data', anonymous: false, usedBy: [], files: {} },
      { name: 'logs', anonymous: false, usedBy: ['web'], files: {} },
    ],
    networks: [{ id: 'r', name: 'reseau', driver: 'bridge', containers: ['api', 'db'] }],
    images: [{ id: 'sha256:1', tags: ['monapp:1.0', 'nginx:latest'], size: 1 }],
    hostFiles: { 'site/index.html': '<h1>Bonjour</h1>' },
    resolvable: ['api→db'],
    pages: { 'http://localhost:8080': 200 },
  });
  const ctx = context(view, ['docker logs   db']);
  test.each<[LabCheck, boolean]>([
    [{ volume: { name: 'data', exists: true, unused: true } }, true],
    [{ volume: { name: 'logs', unused: true } }, false],
    [{ volume: { name: 'logs', usedBy: 'web' } }, true],
    [{ volume: { name: 'gone', exists: false } }, true],
    [{ volume: { name: 'gone' } }, false],
    [{ network: { name: 'reseau', contains: ['api', 'db'] } }, true],
    [{ network: { name: 'reseau', contains: ['web'] } }, false],
    [{ network: { name: 'autre', exists: false } }, true],
    [{ image: { tag: 'monapp:1.0' } }, true],
    [{ image: { tag: 'nginx' } }, true],
    [{ image: { tag: 'monapp:2.0', exists: false } }, true],
    [{ resolves: { from: 'api', name: 'db' } }, true],
    [{ resolves: { from: 'db', name: 'api' } }, false],
    [{ http: { from: 'host', url: 'http://localhost:8080', status: 200 } }, true],
    [{ http: { from: 'host', url: 'http://localhost:8080', status: 404 } }, false],
    [{ http: { from: 'host', url: 'http://localhost:8080', contains: 'Bonjour' } }, true],
    [{ http: { from: 'host', url: 'http://localhost:9090' } }, false],
    [{ hostFile: { path: 'site/index.html', contains: 'Bonjour' } }, true],
    [{ hostFile: { path: './site/index.html' } }, true],
    [{ hostFile: { path: 'site/autre.html', exists: false } }, true],
    [{ commandRan: 'docker logs db' }, true],
    [{ commandRan: 'docker logs web' }, false],
  ])('%j is %s', (check, expected) => {
    expect(evaluateCheck(check, ctx)).toBe(expected);
  });
});

describe('combinators', () => {
  const ctx = context(fakeView({ containers: [web] }));
  const yes: LabCheck = { container: { name: 'web' } };
  const no: LabCheck = { container: { name: 'nope' } };
  test('all, any and not follow boolean logic', () => {
    expect(evaluateCheck({ all: [yes, yes] }, ctx)).toBe(true);
    expect(evaluateCheck({ all: [yes, no] }, ctx)).toBe(false);
    expect(evaluateCheck({ any: [no, yes] }, ctx)).toBe(true);
    expect(evaluateCheck({ any: [no, no] }, ctx)).toBe(false);
    expect(evaluateCheck({ not: no }, ctx)).toBe(true);
  });

  const leaf = fc.constantFrom(yes, no);
  const checkTree: fc.Arbitrary<LabCheck> = fc.letrec<{ node: LabCheck }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((all): LabCheck => ({ all })),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((any): LabCheck => ({ any })),
      tie('node').map((not): LabCheck => ({ not })),
    ),
  })).node;
  const truth = (check: LabCheck): boolean => {
    if ('all' in check) return check.all.every(truth);
    if ('any' in check) return check.any.some(truth);
    if ('not' in check) return !truth(check.not);
    return check === yes;
  };

  test('any tree of combinators evaluates like the boolean formula it spells', () => {
    fc.assert(fc.property(checkTree, (check) => evaluateCheck(check, ctx) === truth(check)));
  });
  test('not(not(c)) is c, and De Morgan holds', () => {
    fc.assert(
      fc.property(checkTree, checkTree, (a, b) => {
        expect(evaluateCheck({ not: { not: a } }, ctx)).toBe(evaluateCheck(a, ctx));
        expect(evaluateCheck({ not: { all: [a, b] } }, ctx)).toBe(
          evaluateCheck({ any: [{ not: a }, { not: b }] }, ctx),
        );
      }),
    );
  });
});

describe('steps advance in order', () => {
  const steps = [
    { id: 'lancer', check: { container: { name: 'web', status: 'running' } } as LabCheck },
    { id: 'arreter', check: { container: { name: 'web', status: 'exited' } } as LabCheck },
    { id: 'supprimer', check: { container: { name: 'web', exists: false } } as LabCheck },
  ];
  test('a later step already true is not done before the earlier ones', () => {
    expect(advanceSteps(steps, new Set(), context())).toEqual([]);
  });
  test('the current step and the following ones that hold turn done together', () => {
    const running = context(fakeView({ containers: [containerView({ name: 'web' })] }));
    expect(advanceSteps(steps, new Set(), running)).toEqual(['lancer']);
    expect(advanceSteps(steps, new Set(['lancer', 'arreter']), context())).toEqual(['supprimer']);
  });
  test('never throws, whatever the view holds', () => {
    const broken = {
      ...fakeView(),
      resolve: () => {
        throw new Error('boom');
      },
    };
    expect(
      advanceSteps([{ id: 'x', check: { resolves: { from: 'a', name: 'b' } } }], new Set(), context(broken)),
    ).toEqual([]);
  });
});

describe('value readers', () => {
  test('image references are normalised like Docker does', () => {
    expect(normalizeImageRef('nginx')).toBe('nginx:latest');
    expect(normalizeImageRef('docker.io/library/nginx:1.27')).toBe('nginx:1.27');
    expect(normalizeImageRef('prom/prometheus')).toBe('prom/prometheus:latest');
    expect(normalizeImageRef('localhost:5000/app')).toBe('localhost:5000/app:latest');
  });
  test('memory sizes read like -m', () => {
    expect(parseMemory('64m')).toBe(67108864);
    expect(parseMemory('1g')).toBe(1073741824);
    expect(parseMemory('512k')).toBe(524288);
    expect(parseMemory(1000)).toBe(1000);
    expect(parseMemory('beaucoup')).toBeNull();
  });
  test('published ports read as HOST->CONTAINER', () => {
    expect(parsePublish('8080->80')).toEqual({ hostPort: 8080, containerPort: 80, protocol: 'tcp' });
    expect(parsePublish('53->53/udp')).toEqual({ hostPort: 53, containerPort: 53, protocol: 'udp' });
    expect(parsePublish('80:80')).toBeNull();
    expect(parsePublish('70000->80')).toBeNull();
  });
});
