/** Bad input and invariants: no line makes the engine throw, state stays coherent, and it is deterministic. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createEngine, type Engine } from './index';
import type { SimulatedEngine } from './engine';

const images = ['alpine:3.20', 'nginx:1.27-alpine', 'redis:7.4-alpine', 'postgres:17'];

const vocabulary = [
  'docker',
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
  'network',
  'volume',
  'system',
  'container',
  'image',
  'create',
  'ls',
  'prune',
  'connect',
  'disconnect',
  'df',
  'events',
  'version',
  'info',
  '-d',
  '-it',
  '-a',
  '-q',
  '-f',
  '-p',
  '8080:80',
  '-P',
  '-v',
  'data:/data',
  './site:/usr/share/nginx/html',
  '--name',
  'web',
  'db',
  '--network',
  'app',
  '--rm',
  '--restart',
  'always',
  'on-failure:2',
  '-m',
  '64m',
  '--cpus',
  '0.5',
  '-e',
  'A=1',
  '--format',
  '{{.Names}}',
  '{{json .State}}',
  '{{range .Mounts}}{{.Source}}{{end}}',
  'alpine:3.20',
  'nginx:1.27-alpine',
  'postgres:17',
  'sh',
  '-c',
  'echo',
  'exit 3',
  'sleep',
  '10',
  'tail',
  '/dev/zero',
  'wget',
  '-qO-',
  'http://web',
  'nslookup',
  'ping',
  '-c',
  '1',
  '&&',
  '||',
  ';',
  '|',
  '>',
  '>>',
  "'",
  '"',
  '$?',
  '$HOME',
  '\\',
  'exit',
  'cat',
  'ls',
  '/',
  'true',
  '--help',
  '--filter',
  'status=exited',
  'name=web',
  '-t',
  '--tail',
  '2',
  'clear',
  'history',
  'curl',
  'localhost:8080',
];

const line = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }).map((words) => words.join(' ')),
  fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((words) => `docker ${words.join(' ')}`),
);

function invariants(engine: Engine): void {
  const view = engine.view();
  const names = view.containers.map((c) => c.name);
  expect(new Set(names).size).toBe(names.length);
  const ids = view.containers.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const network of view.networks) {
    const ips = view.containers.flatMap((c) =>
      c.networks.filter((n) => n.name === network.name && n.ip).map((n) => n.ip),
    );
    expect(new Set(ips).size, `addresses on ${network.name}`).toBe(ips.length);
  }
  const bound = view.containers.flatMap((c) => c.ports.map((p) => `${p.hostIp}:${p.hostPort}/${p.protocol}`));
  expect(new Set(bound).size, 'each host port once').toBe(bound.length);
  for (const c of view.containers) {
    if (c.status !== 'running' && c.status !== 'paused') {
      expect(c.ports, `${c.name} (${c.status}) holds no port`).toEqual([]);
      expect(c.networks, `${c.name} (${c.status}) holds no address`).toEqual([]);
    }
  }
  const engineInternals = engine as SimulatedEngine;
  const owners = [...engineInternals.rt.hostPorts.values()];
  for (const owner of owners) expect(ids, 'a released port points to no removed container').toContain(owner);
  expect(owners.length).toBe(bound.length);
}

describe('bad input', () => {
  test('no line makes run() throw, and each result is well formed', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const engine = createEngine({ images });
        for (const text of lines) {
          const result = engine.run(text);
          expect(typeof result.stdout).toBe('string');
          expect(typeof result.stderr).toBe('string');
          expect(Number.isInteger(result.exitCode)).toBe(true);
          expect((result.stdout + result.stderr).includes(String.fromCharCode(27))).toBe(false);
          expect(() => engine.complete(text, text.length)).not.toThrow();
          expect(typeof engine.prompt()).toBe('string');
        }
        engine.tick(120_000);
        invariants(engine);
      }),
      { numRuns: 150 },
    );
  });

  test('a line over 4 KB is refused with a message and changes nothing', () => {
    const engine = createEngine({ images });
    const long = `docker run -d --name big alpine:3.20 echo ${'x'.repeat(4100)}`;
    const result = engine.run(long);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('4096 octets');
    expect(engine.view().containers).toHaveLength(0);
  });

  test('past 200 containers, docker run is refused with a message', () => {
    const engine = createEngine({ images });
    for (let i = 0; i < 200; i++) expect(engine.run(`docker create --name c${i} alpine:3.20`).exitCode).toBe(0);
    const refused = engine.run('docker run -d --name one-too-many alpine:3.20 sleep 10');
    expect(refused.exitCode).toBe(125);
    expect(refused.stderr).toContain('au plus 200 conteneurs');
    expect(engine.view().containers).toHaveLength(200);
  });

  test('an endless output is capped with a note', () => {
    const engine = createEngine({ images });
    engine.run('docker run -d --name bavard alpine:3.20 sh -c "while true; do echo tic; sleep 1; done"');
    engine.tick(3 * 3_600_000);
    const logs = engine.run('docker logs bavard');
    expect(logs.stdout.split('\n').length).toBeLessThanOrEqual(2002);
    expect(logs.stdout).toContain('sortie tronquée à 2000 lignes');
  });
});

const validCommands = fc.constantFrom(
  'docker run -d --name web -p 8080:80 nginx:1.27-alpine',
  'docker run -d --name web2 -p 8080:80 nginx:1.27-alpine',
  'docker run -d -P nginx:1.27-alpine',
  'docker run -d --name api --network app alpine:3.20 sleep 30',
  'docker run -d --name db --network app -e POSTGRES_PASSWORD=x postgres:17',
  'docker run -d --name cache --restart always redis:7.4-alpine',
  'docker run -d --restart on-failure:2 alpine:3.20 sh -c "exit 1"',
  'docker run --rm alpine:3.20 echo bonjour',
  'docker run -d -m 32m alpine:3.20 tail /dev/zero',
  'docker run -d -v data:/data alpine:3.20 sleep 20',
  'docker network create app',
  'docker network connect app web',
  'docker network disconnect app web',
  'docker network rm app',
  'docker stop web',
  'docker kill web2',
  'docker start web',
  'docker start web2',
  'docker restart api',
  'docker pause web',
  'docker unpause web',
  'docker rm -f web',
  'docker rm web2',
  'docker rm -f api',
  'docker rm -f db',
  'docker container prune -f',
  'docker volume prune -f',
  'docker system prune -f',
  'docker exec api wget -qO- http://web',
  'docker rename web site',
  'docker rename site web',
);

describe('random sequences of valid commands', () => {
  test('names stay unique, addresses unique per network, ports held once and released by removal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(validCommands, fc.integer({ min: 0, max: 20_000 })), { maxLength: 25 }),
        (steps) => {
          const engine = createEngine({ images });
          for (const [command, wait] of steps) {
            engine.run(command);
            engine.tick(wait);
            invariants(engine);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  test('determinism: the same setup, seed and lines give the same outputs and the same state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(validCommands, line), fc.integer({ min: 0, max: 5_000 })), { maxLength: 15 }),
        fc.integer(),
        (steps, seed) => {
          const play = () => {
            const engine = createEngine({ images }, { seed });
            const outputs = steps.map(([command, wait]) => {
              const result = engine.run(command);
              engine.tick(wait);
              return result;
            });
            const view = engine.view();
            return { outputs, containers: view.containers, networks: view.networks, volumes: view.volumes };
          };
          expect(play()).toEqual(play());
        },
      ),
      { numRuns: 60 },
    );
  });
});
