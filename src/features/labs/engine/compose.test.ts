/**
 * docker compose in the simulated engine: the project, its network, containers and volumes by Compose v2's names,
 * depends_on with service_healthy, down / down -v, --scale, config, logs, exec, and honest refusals.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from './index';

const STACK =
  'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: secret\n    volumes:\n      - data:/var/lib/postgresql/data\n    healthcheck:\n      test: ["CMD", "pg_isready", "-U", "postgres"]\n      interval: 1s\n      retries: 20\n  web:\n    image: nginx:1.27-alpine\n    ports:\n      - "8080:80"\n    depends_on:\n      db:\n        condition: service_healthy\nvolumes:\n  data:\n';

function stack() {
  return createEngine({
    images: ['postgres:17', 'nginx:1.27-alpine', 'alpine:3.20'],
    hostFiles: { 'compose.yaml': STACK },
  });
}

describe('docker compose', () => {
  test('up -d creates the network, the volume and the containers, and waits for the healthy database', () => {
    const engine = stack();
    const up = engine.run('docker compose up -d');
    expect(up.exitCode).toBe(0);
    expect(up.stderr.split('\n').filter(Boolean)).toEqual([
      ' Network lab_default  Creating',
      ' Network lab_default  Created',
      ' Volume lab_data  Creating',
      ' Volume lab_data  Created',
      ' Container lab-db-1  Creating',
      ' Container lab-db-1  Created',
      ' Container lab-web-1  Creating',
      ' Container lab-web-1  Created',
      ' Container lab-db-1  Starting',
      ' Container lab-db-1  Started',
      ' Container lab-db-1  Waiting',
      ' Container lab-db-1  Healthy',
      ' Container lab-web-1  Starting',
      ' Container lab-web-1  Started',
    ]);
    const view = engine.view();
    expect(view.containers.map((c) => [c.name, c.status, c.health])).toEqual([
      ['lab-db-1', 'running', 'healthy'],
      ['lab-web-1', 'running', 'none'],
    ]);
    expect(view.resolve('lab-web-1', 'db')).toBe(view.containers[0]!.networks[0]!.ip);
    expect(view.http(null, 'http://localhost:8080/')).toMatchObject({ ok: true, status: 200 });
    const ps = engine.run('docker compose ps').stdout.split('\n');
    expect(ps[0]).toMatch(/^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$/);
    expect(ps[1]).toMatch(/^lab-db-1 +postgres:17 +"docker-entrypoint\.s…" +db .*Up .*\(healthy\) +5432\/tcp$/);
    engine.tick(2000);
    expect(engine.run('docker compose logs db').stdout).toContain(
      'db-1  | PostgreSQL init process complete; ready for start up.\n',
    );
    expect(engine.run('docker compose exec -T db pg_isready -U postgres').stdout).toBe(
      '/var/run/postgresql:5432 - accepting connections\n',
    );
  });

  test('down keeps the named volume and the data; down -v removes it', () => {
    const engine = stack();
    engine.run('docker compose up -d');
    const down = engine.run('docker compose down');
    expect(down.exitCode).toBe(0);
    expect(down.stderr).toContain(' Network lab_default  Removed\n');
    expect(engine.view().containers).toEqual([]);
    expect(engine.view().volumes.map((v) => v.name)).toEqual(['lab_data']);
    engine.run('docker compose up -d');
    expect(engine.run('docker compose logs db').stdout).toContain('Skipping initialization');
    const downV = engine.run('docker compose down -v');
    expect(downV.stderr).toContain(' Volume lab_data  Removed\n');
    expect(engine.view().volumes).toEqual([]);
    expect(engine.view().networks.map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
  });

  test('an unhealthy dependency stops up with Compose’s error', () => {
    const engine = createEngine({
      images: ['postgres:17', 'alpine:3.20'],
      hostFiles: {
        'compose.yaml':
          'services:\n  db:\n    image: postgres:17\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n      interval: 1s\n      retries: 2\n  app:\n    image: alpine:3.20\n    command: sleep 60\n    depends_on:\n      db:\n        condition: service_healthy\n',
      },
    });
    const up = engine.run('docker compose up -d');
    expect(up.exitCode).toBe(1);
    expect(up.stderr).toMatch(/dependency failed to start: container lab-db-1 exited \(1\)\n$/);
  });

  test('--scale makes several containers that answer to the service name', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        'compose.yaml': 'services:\n  worker:\n    image: alpine:3.20\n    command: ["sleep", "3600"]\n',
      },
    });
    expect(engine.run('docker compose up -d --scale worker=3').exitCode).toBe(0);
    expect(engine.view().containers.map((c) => c.name)).toEqual(['lab-worker-1', 'lab-worker-2', 'lab-worker-3']);
    expect(engine.run('docker exec lab-worker-1 nslookup worker').stdout.match(/^Address: 172/gm)).toHaveLength(3);
    engine.run('docker compose up -d --scale worker=1');
    expect(engine.view().containers.map((c) => c.name)).toEqual(['lab-worker-1']);
  });

  test('config prints the normalised model', () => {
    const engine = stack();
    const config = engine.run('docker compose config');
    expect(config.exitCode).toBe(0);
    expect(config.stdout).toContain('name: lab\nservices:\n  db:\n    environment:\n      POSTGRES_PASSWORD: secret\n');
    expect(config.stdout).toContain(
      '    depends_on:\n      db:\n        condition: service_healthy\n        required: true\n',
    );
    expect(config.stdout).toContain(
      '      - mode: ingress\n        target: 80\n        published: "8080"\n        protocol: tcp\n',
    );
    expect(config.stdout).toMatch(
      /networks:\n {2}default:\n {4}name: lab_default\nvolumes:\n {2}data:\n {4}name: lab_data\n$/,
    );
    expect(engine.run('docker compose config --services').stdout).toBe('db\nweb\n');
  });

  test('a build section is built by up, and the image runs', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        'compose.yaml': 'services:\n  app:\n    build: .\n',
        Dockerfile: 'FROM alpine:3.20\nCMD ["sleep", "3600"]\n',
      },
    });
    const up = engine.run('docker compose up -d');
    expect(up.exitCode).toBe(0);
    expect(up.stderr).toContain('naming to docker.io/library/lab-app:latest done');
    expect(engine.view().containers[0]).toMatchObject({ name: 'lab-app-1', image: 'lab-app', status: 'running' });
  });

  test('honest refusals and Compose’s errors', () => {
    const engine = createEngine({ images: ['alpine:3.20'] });
    expect(engine.run('docker compose up -d').stderr).toBe('no configuration file provided: not found\n');
    engine.writeHostFiles({ 'compose.yaml': 'services:\n  a:\n    image: alpine:3.20\n    secrets: [x]\n' });
    expect(engine.run('docker compose up -d').stderr).toMatch(/la clé « secrets » du service « a » n’est pas simulée/);
    engine.writeHostFiles({ 'compose.yaml': 'services:\n  a:\n    imagee: alpine:3.20\n' });
    expect(engine.run('docker compose up -d').stderr).toBe(
      "validating /home/eleve/lab/compose.yaml: services.a additional properties 'imagee' not allowed\n",
    );
    engine.writeHostFiles({ 'compose.yaml': 'services:\n  a:\n    image: alpine:3.20\n    depends_on: [b]\n' });
    expect(engine.run('docker compose up -d').stderr).toBe(
      'service "a" depends on undefined service "b": invalid compose project\n',
    );
    engine.writeHostFiles({ 'compose.yaml': 'services:\n  a:\n    image: alpine:3.20\n' });
    const attached = engine.run('docker compose up');
    expect(attached.exitCode).toBe(1);
    expect(attached.stderr).toMatch(/sans -d/);
    expect(engine.view().containers).toEqual([]);
    expect(engine.run('docker-compose up -d').exitCode).toBe(0);
    expect(engine.view().containers.map((c) => c.name)).toEqual(['lab-a-1']);
  });
});
