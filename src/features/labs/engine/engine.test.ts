import { describe, expect, test } from 'vitest';
import { createEngine } from './index';

const lab = () =>
  createEngine({
    images: ['alpine:3.20', 'nginx:1.27-alpine', 'postgres:17'],
    hostFiles: { 'site/index.html': '<h1>Bonjour</h1>\n' },
  });

describe('a first container', () => {
  test('docker run -d prints the 64-hex ID and docker ps lists it, padded like the CLI', () => {
    const engine = lab();
    const run = engine.run('docker run -d --name web -p 8080:80 nginx:1.27-alpine');
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const ps = engine.run('docker ps');
    const [header, row] = ps.stdout.split('\n');
    expect(header).toBe(
      'CONTAINER ID   IMAGE               COMMAND                  CREATED                  STATUS                  PORTS                                     NAMES',
    );
    expect(row).toBe(
      `${run.stdout.slice(0, 12)}   nginx:1.27-alpine   "/docker-entrypoint.…"   Less than a second ago   Up Less than a second   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web`,
    );
  });

  test('an empty docker ps prints only the header', () => {
    expect(lab().run('docker ps').stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
  });

  test('the clock moves the humanised durations', () => {
    const engine = lab();
    engine.run('docker run --name once alpine:3.20 echo bonjour');
    engine.tick(10_000);
    expect(engine.run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (0) 10 seconds ago\n');
    engine.tick(60_000);
    expect(engine.run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (0) About a minute ago\n');
    engine.tick(3_600_000);
    expect(engine.run('docker ps -a --format "{{.RunningFor}}"').stdout).toBe('About an hour ago\n');
  });

  test('logs, stop and rm', () => {
    const engine = lab();
    engine.run('docker run -d --name web -p 8080:80 nginx:1.27-alpine');
    expect(engine.run('curl -s localhost:8080').stdout).toContain('Welcome to nginx!');
    const logs = engine.run('docker logs web');
    expect(logs.stdout).toContain('"GET / HTTP/1.1" 200 615');
    expect(engine.run('docker logs --tail 1 web').stdout.trim().split('\n')).toHaveLength(1);
    const rmRunning = engine.run('docker rm web');
    expect(rmRunning.exitCode).toBe(1);
    expect(rmRunning.stderr).toBe(
      'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n',
    );
    expect(engine.run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(engine.run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (0) Less than a second ago\n');
    expect(engine.run('docker rm web').stdout).toBe('web\n');
    expect(engine.view().containers).toHaveLength(0);
    expect(engine.run('curl localhost:8080').exitCode).toBe(7);
  });

  test('a container whose command exits keeps its status, and echo $? reads it', () => {
    const engine = lab();
    expect(engine.run("docker run --name trois alpine:3.20 sh -c 'exit 3'").exitCode).toBe(3);
    expect(engine.run('echo $?').stdout).toBe('3\n');
    expect(engine.run("docker inspect -f '{{.State.ExitCode}}' trois").stdout).toBe('3\n');
    expect(engine.run('docker run --rm alpine:3.20 echo salut')).toEqual({
      stdout: 'salut\n',
      stderr: '',
      exitCode: 0,
    });
    expect(engine.view().containers.map((c) => c.name)).toEqual(['trois']);
  });

  test('stopping a sleep takes the 10-second grace period and ends with 137', () => {
    const engine = lab();
    engine.run('docker run -d --name dort alpine:3.20 sleep 3600');
    const before = engine.now();
    engine.run('docker stop dort');
    expect(engine.now() - before).toBe(10_000);
    expect(engine.view().containers[0]?.exitCode).toBe(137);
  });
});

describe('ports', () => {
  test('a taken host port: exit 125, the container is left Created', () => {
    const engine = lab();
    engine.run('docker run -d --name web -p 8080:80 nginx:1.27-alpine');
    const second = engine.run('docker run -d --name web2 -p 8080:80 nginx:1.27-alpine');
    expect(second.exitCode).toBe(125);
    expect(second.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
    expect(engine.view().containers.find((c) => c.name === 'web2')?.status).toBe('created');
  });

  test('EXPOSE publishes nothing; -P picks ephemeral ports from 32768', () => {
    const engine = lab();
    engine.run('docker run -d --name web-a nginx:1.27-alpine');
    expect(engine.run('docker ps --format "{{.Ports}}"').stdout).toBe('80/tcp\n');
    expect(engine.run('curl -s localhost:80').exitCode).toBe(7);
    engine.run('docker run -d --name web-b -P nginx:1.27-alpine');
    expect(engine.run('docker port web-b').stdout).toBe('80/tcp -> 0.0.0.0:32768\n80/tcp -> [::]:32768\n');
  });
});
