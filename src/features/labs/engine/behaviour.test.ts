import { describe, expect, test } from 'vitest';
import { createEngine } from './index';

const lab = () =>
  createEngine({
    images: ['alpine:3.20', 'nginx:1.27-alpine', 'postgres:17', 'hello-world:latest'],
    hostFiles: { 'site/index.html': '<h1>Bonjour</h1>\n' },
  });

describe('networks and name resolution', () => {
  test('the default bridge has no DNS between containers; a user network resolves names', () => {
    const engine = lab();
    engine.run('docker run -d --name db alpine:3.20 sleep 600');
    expect(engine.run('docker run --rm alpine:3.20 nslookup db').stdout).toContain("** server can't find db: NXDOMAIN");
    engine.run('docker network create app');
    engine.run('docker run -d --name db2 --network app alpine:3.20 sleep 600');
    const lookup = engine.run('docker run --rm --network app alpine:3.20 nslookup db2');
    expect(lookup.exitCode).toBe(0);
    expect(lookup.stdout).toContain('Server:\t\t127.0.0.11');
    expect(lookup.stdout).toContain('Address: 172.18.0.2');
    expect(engine.view().resolve('db2', 'db2')).toBe('172.18.0.2');
    expect(engine.view().resolve('db', 'db2')).toBeNull();
  });

  test('wget by name reaches nginx on a shared network, and is refused where nothing listens', () => {
    const engine = lab();
    engine.run('docker network create app');
    engine.run('docker run -d --name web --network app nginx:1.27-alpine');
    engine.run('docker run -d --name api --network app alpine:3.20 sleep 600');
    expect(engine.run('docker exec api wget -qO- http://web').stdout).toContain('Welcome to nginx!');
    const refused = engine.run('docker exec api wget -qO- http://web:8080');
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toBe("wget: can't connect to remote host (172.18.0.2): Connection refused\n");
    expect(engine.view().http('api', 'http://web/')).toMatchObject({ ok: true, status: 200 });
  });
});

describe('volumes and bind mounts', () => {
  test('a named volume outlives its container; a bind mount serves the host folder', () => {
    const engine = lab();
    engine.run('docker run --rm -v data:/data alpine:3.20 sh -c "echo garde > /data/note"');
    expect(engine.view().volumes).toMatchObject([{ name: 'data', anonymous: false, usedBy: [] }]);
    expect(engine.view().volumes).toHaveLength(1);
    expect(engine.run('docker run --rm -v data:/data alpine:3.20 cat /data/note').stdout).toBe('garde\n');
    engine.run('docker run -d --name site -p 8080:80 -v ./site:/usr/share/nginx/html:ro nginx:1.27-alpine');
    expect(engine.run('curl -s localhost:8080').stdout).toBe('<h1>Bonjour</h1>\n');
    expect(engine.run('echo modifié > site/index.html').exitCode).toBe(0);
    expect(engine.run('curl -s localhost:8080').stdout).toBe('modifié\n');
  });
});

describe('failures, limits and restart policies', () => {
  test('postgres without POSTGRES_PASSWORD exits 1 with the image message', () => {
    const engine = lab();
    engine.run('docker run -d --name db postgres:17');
    const logs = engine.run('docker logs db');
    expect(logs.stderr).toContain('Error: Database is uninitialized and superuser password is not specified.');
    expect(engine.view().containers[0]).toMatchObject({ status: 'exited', exitCode: 1 });
  });

  test('exceeding the memory limit kills the container: 137 and OOMKilled', () => {
    const engine = lab();
    engine.run('docker run -d --name gourmand -m 64m alpine:3.20 tail /dev/zero');
    engine.tick(2000);
    expect(engine.run('docker inspect -f "{{.State.ExitCode}} {{.State.OOMKilled}}" gourmand').stdout).toBe(
      '137 true\n',
    );
  });

  test('in the foreground, docker run waits for the kernel to kill it, with no time passing between commands', () => {
    const engine = lab();
    const run = engine.run('docker run --name gourmand -m 32m alpine:3.20 tail /dev/zero');
    expect(run).toMatchObject({ stdout: '', stderr: '', exitCode: 137 });
    expect(engine.view().containers[0]).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: true });
    expect(engine.run('echo $?').stdout).toBe('137\n');
  });

  test('in the foreground without a memory limit, tail /dev/zero is left running, as with -d', () => {
    const engine = lab();
    expect(engine.run('docker run --name gourmand alpine:3.20 tail /dev/zero').exitCode).toBe(0);
    expect(engine.view().containers[0]).toMatchObject({ status: 'running', oomKilled: false });
  });

  test('on-failure:3 restarts three times with the back-off, then stays down', () => {
    const engine = lab();
    engine.run('docker run -d --name crash --restart on-failure:3 alpine:3.20 sh -c "exit 1"');
    engine.tick(100);
    expect(engine.view().containers[0]?.restartCount).toBe(1);
    engine.tick(60_000);
    expect(engine.view().containers[0]).toMatchObject({ restartCount: 3, status: 'exited', exitCode: 1 });
  });

  test('an image without a shell answers like runc, exit 127', () => {
    const engine = lab();
    const result = engine.run('docker run -it hello-world sh');
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toContain('exec: "sh": executable file not found in $PATH: unknown');
  });

  test('an unknown image: pull access denied; an unknown tag: manifest unknown', () => {
    const engine = lab();
    const unknown = engine.run('docker pull nosuchimage');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toBe(
      "Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
    );
    expect(engine.run('docker pull nginx:9.9').stderr).toBe(
      'Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown\n',
    );
  });
});

describe('interactive shells and commands inside containers', () => {
  test('docker run -it alpine sh switches the prompt until exit, which sets the exit code', () => {
    const engine = lab();
    expect(engine.prompt()).toBe('$ ');
    engine.run('docker run -it --name boite alpine:3.20 sh');
    expect(engine.prompt()).toBe('/ # ');
    expect(engine.run('false || echo repli $?').stdout).toBe('repli 1\n');
    expect(engine.run('apt-get install curl').stderr).toBe('sh: apt-get: not found\n');
    expect(engine.run('vi').stderr).toMatch(/^vi : commande non simulée dans ce lab\. Disponibles : /);
    engine.run('exit 4');
    expect(engine.prompt()).toBe('$ ');
    expect(engine.view().containers[0]).toMatchObject({ status: 'exited', exitCode: 4 });
  });

  test('docker exec -it keeps the container running after exit', () => {
    const engine = lab();
    engine.run('docker run -d --name web nginx:1.27-alpine');
    engine.run('docker exec -it web sh');
    expect(engine.prompt()).toBe('/ # ');
    expect(engine.run('cat /usr/share/nginx/html/index.html').stdout).toContain('Welcome to nginx!');
    engine.run('exit');
    expect(engine.prompt()).toBe('$ ');
    expect(engine.view().containers[0]?.status).toBe('running');
  });
});

describe('CLI surface', () => {
  test('--help prints the usage in the CLI format', () => {
    const help = lab().run('docker stop --help');
    expect(
      help.stdout.startsWith(
        'Usage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nStop one or more running containers\n',
      ),
    ).toBe(true);
    expect(help.stdout).toContain('  -t, --timeout int');
  });

  test('unknown flags and missing arguments answer like the CLI', () => {
    const engine = lab();
    expect(engine.run('docker run --foo x')).toEqual({
      stdout: '',
      stderr:
        "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(engine.run('docker logs').stderr).toBe(
      "docker: 'docker logs' requires 1 argument\n\nUsage:  docker logs [OPTIONS] CONTAINER\n\nRun 'docker logs --help' for more information\n",
    );
    expect(engine.run('docker frobnicate').exitCode).toBe(1);
    expect(engine.run('ls; vim x').stderr).toMatch(/vim : commande non simulée dans ce lab/);
  });

  test('completion offers subcommands, flags and names', () => {
    const engine = lab();
    engine.run('docker run -d --name web nginx:1.27-alpine');
    engine.run('docker network create app');
    expect(engine.complete('docker lo', 9)).toEqual({ from: 7, candidates: ['logs'] });
    expect(engine.complete('docker logs w', 13)).toEqual({ from: 12, candidates: ['web'] });
    expect(engine.complete('docker run --netw', 17).candidates).toEqual(['--network', '--network-alias']);
    expect(engine.complete('docker network inspect a', 24).candidates).toEqual(['app']);
    expect(engine.complete('docker run -d ngi', 17).candidates).toEqual(['nginx:1.27-alpine']);
  });

  test('clear asks the UI to clear; history lists the lines typed', () => {
    const engine = lab();
    engine.run('docker ps');
    expect(engine.run('clear').clear).toBe(true);
    expect(engine.run('history').stdout).toBe('    1  docker ps\n    2  clear\n    3  history\n');
  });
});

test('>&2 sends a command’s output to the standard error, as a container’s log on stderr', () => {
  const engine = createEngine({ images: ['alpine:3.20'] });
  engine.run(
    `docker run -d --name bavard alpine:3.20 sh -c 'echo dehors; echo erreur >&2; echo aussi 1>&2; sleep 600'`,
  );
  engine.tick(1000);
  expect(engine.run('docker logs bavard')).toMatchObject({ stdout: 'dehors\n', stderr: 'erreur\naussi\n' });
  expect(engine.run('docker logs bavard 2>/dev/null').stdout).toBe('dehors\n');
});
