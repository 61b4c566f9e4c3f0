/**
 * docker build in the simulated engine: BuildKit's output, the layer cache (a second build is all CACHED, an edited
 * source reruns from the first COPY that includes it), multi-stage and --target, ARG and ENV, history, CMD and
 * ENTRYPOINT, the modelled RUN commands, Docker's errors, and the host folder the workbench editor writes.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from './index';

const NODE_APP = {
  Dockerfile:
    'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nEXPOSE 3000\nCMD ["server.js"]\n',
  'package.json': '{"dependencies":{"express":"4.21.2"},"devDependencies":{"vitest":"3.0.0"}}\n',
  'package-lock.json': '{"lockfileVersion":3}\n',
  'server.js': 'console.log("bonjour")\n',
  '.dockerignore': 'node_modules\n*.log\n',
  'debug.log': 'local\n',
};

function stepLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /^#\d+ (?:\[\d+\/\d+\]|CACHED|DONE)/.test(line));
}

describe('docker build (BuildKit output)', () => {
  test('a first build runs every step and names the image', () => {
    const engine = createEngine({ images: ['node:22-alpine'], hostFiles: NODE_APP });
    const result = engine.run('docker build -t app:1 .');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe('#0 building with "default" instance using docker driver');
    expect(result.stderr).toContain('#1 [internal] load build definition from Dockerfile\n');
    expect(result.stderr).toContain('#2 [internal] load metadata for docker.io/library/node:22-alpine\n');
    expect(result.stderr).toContain('#4 [1/5] FROM docker.io/library/node:22-alpine\n');
    expect(result.stderr).toContain('#6 [2/5] WORKDIR /app\n#6 DONE 0.0s\n');
    expect(result.stderr).toContain('#8 [4/5] RUN npm ci --omit=dev\n');
    // USER, EXPOSE and CMD only change the config: BuildKit gives them no step of their own.
    expect(result.stderr).not.toMatch(/\] (USER|EXPOSE|CMD) /);
    expect(result.stderr).toMatch(/#8 \d\.\d{3} added 8 packages, and audited 9 packages in 3s\n/);
    expect(result.stderr).toMatch(
      /#9 \[5\/5\] COPY \. \.\n#9 DONE \d\.\ds\n\n#10 exporting to image\n[^]*#10 naming to docker\.io\/library\/app:1 done\n#10 DONE 0\.1s\n$/,
    );
    expect(result.stderr).not.toContain('CACHED');
    expect(engine.view().images.find((image) => image.tags.includes('app:1'))).toBeDefined();
  });

  test('the same build twice: every step CACHED the second time', () => {
    const engine = createEngine({ images: ['node:22-alpine'], hostFiles: NODE_APP });
    engine.run('docker build -t app:1 .');
    const again = engine.run('docker build -t app:1 .');
    expect(again.exitCode).toBe(0);
    expect(again.stderr.match(/CACHED/g)?.length).toBe(4);
    // Every numbered step after FROM says CACHED, none ran.
    expect(stepLines(again.stderr).filter((line) => / \[\d\/5\] (?!FROM)/.test(line))).toHaveLength(4);
    expect(again.stderr).not.toMatch(/^#\d+ \d\.\d{3} /m);
    expect(engine.view().lastBuild?.steps.map((s) => s.cached)).toEqual([true, true, true, true, true]);
  });

  test('editing one source file reuses the steps before the COPY that includes it and reruns the rest', () => {
    const engine = createEngine({ images: ['node:22-alpine'], hostFiles: NODE_APP });
    const first = engine.run('docker build -q -t app:1 .');
    engine.run(`echo 'console.log("v2")' >> server.js`);
    const second = engine.run('docker build -t app:2 .');
    expect(second.exitCode).toBe(0);
    expect(second.stderr).toContain('#6 [2/5] WORKDIR /app\n#6 CACHED\n');
    expect(second.stderr).toContain('#7 [3/5] COPY package.json package-lock.json ./\n#7 CACHED\n');
    expect(second.stderr).toContain('#8 [4/5] RUN npm ci --omit=dev\n#8 CACHED\n');
    expect(second.stderr).toMatch(/#9 \[5\/5\] COPY \. \.\n#9 DONE \d\.\ds\n/);
    expect(second.stderr).toMatch(/#10 exporting to image\n/);
    expect(engine.view().lastBuild?.steps.map((s) => s.cached)).toEqual([true, true, true, true, false]);
    const ids = engine.view().images.filter((image) => image.tags.some((tag) => tag.startsWith('app:')));
    expect(ids).toHaveLength(2);
    expect(first.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    // A file the .dockerignore leaves out changes nothing.
    engine.run('echo autre >> debug.log');
    const third = engine.run('docker build -t app:2 .');
    expect(third.stderr.match(/CACHED/g)?.length).toBe(4);
  });

  test('--no-cache reruns every step', () => {
    const engine = createEngine({ images: ['node:22-alpine'], hostFiles: NODE_APP });
    engine.run('docker build -t app:1 .');
    const result = engine.run('docker build --no-cache -t app:1 .');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).not.toContain('CACHED');
    expect(engine.view().lastBuild?.steps.filter((s) => !s.cached)).toHaveLength(4);
  });

  test('the built image runs: dependencies installed, .dockerignore honoured, node hands the .js to node', () => {
    const engine = createEngine({ images: ['node:22-alpine'], hostFiles: NODE_APP });
    engine.run('docker build -t app:1 .');
    expect(engine.run('docker run --rm app:1 ls /app').stdout).toBe(
      '.dockerignore\nDockerfile\nnode_modules\npackage-lock.json\npackage.json\nserver.js\n',
    );
    expect(engine.run('docker run --rm app:1 ls /app/node_modules').stdout).toBe('express\n');
    expect(
      engine.run('docker inspect -f "{{json .Config.Entrypoint}} {{json .Config.Cmd}} {{.Config.User}}" app:1').stdout,
    ).toBe('["docker-entrypoint.sh"] ["server.js"] node\n');
    expect(engine.run('docker inspect -f "{{json .Config.ExposedPorts}}" app:1').stdout).toContain('3000/tcp');
    const history = engine.run('docker history app:1').stdout.split('\n');
    expect(history[1]).toMatch(/^[0-9a-f]{12} .* CMD \["server\.js"\] +0B +buildkit\.dockerfile\.v0$/);
    expect(history.find((line) => line.includes('RUN /bin/sh -c npm ci'))).toMatch(/\s1\.\d+MB\s/);
    expect(history.find((line) => line.includes('USER node'))).toMatch(/\s0B\s/);
  });

  test('ARG lives only during the build, ENV stays in the image', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        Dockerfile:
          'FROM alpine:3.20\nARG VERSION=1.0\nENV MODE=production\nRUN echo "v$VERSION $MODE" > /info\nCMD ["sh", "-c", "echo [$VERSION] [$MODE]; cat /info"]\n',
      },
    });
    expect(engine.run('docker build --build-arg VERSION=2.0 -t app:1 .').exitCode).toBe(0);
    expect(engine.run('docker run --rm app:1').stdout).toBe('[] [production]\nv2.0 production\n');
    const history = engine.run('docker history --no-trunc --format "{{.CreatedBy}}" app:1').stdout.split('\n');
    expect(history.slice(0, 4)).toEqual([
      'CMD ["sh" "-c" "echo [$VERSION] [$MODE]; cat /info"]',
      'RUN |1 VERSION=2.0 /bin/sh -c echo "v$VERSION $MODE" > /info # buildkit',
      'ENV MODE=production',
      'ARG VERSION=1.0',
    ]);
    // Another value of the ARG: the RUN that reads it runs again.
    const again = engine.run('docker build -t app:1 .');
    expect(again.stderr).toMatch(/\[2\/2\] RUN echo "v\$VERSION \$MODE" > \/info\n#\d+ DONE/);
  });

  test('multi-stage: --target stops at a stage, the final stage copies from an earlier one', () => {
    const engine = createEngine({
      images: ['alpine:3.20', 'busybox:latest'],
      hostFiles: {
        Dockerfile:
          'FROM alpine:3.20 AS build\nWORKDIR /src\nCOPY app.sh .\nRUN printf \'#!/bin/sh\\n\' > run && cat app.sh >> run && chmod +x run\n\nFROM alpine:3.20 AS unused\nRUN echo inutile > /x\n\nFROM busybox:latest AS final\nCOPY --from=build /src/run /usr/local/bin/run\nCMD ["run"]\n',
        'app.sh': 'echo "bonjour"\n',
      },
    });
    const target = engine.run('docker build --target build -t app:build .');
    expect(target.exitCode).toBe(0);
    expect(target.stderr).toContain('[build 4/4] RUN printf');
    expect(target.stderr).not.toContain('final');
    const full = engine.run('docker build -t app:final .');
    expect(full.stderr).toMatch(/#(\d+) \[build 2\/4\] WORKDIR \/src\n#\1 CACHED\n/);
    expect(full.stderr).toContain('[final 2/2] COPY --from=build /src/run /usr/local/bin/run');
    expect(full.stderr).not.toContain('unused');
    expect(engine.run('docker run --rm app:final').stdout).toBe('bonjour\n');
    const missing = engine.run('docker build --target nope -t app:x .');
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toMatch(
      /ERROR: failed to build: failed to solve: target stage "nope" could not be found\n$/,
    );
  });

  test('ENTRYPOINT resets the CMD inherited from the base image but keeps one set in the Dockerfile', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        Dockerfile: 'FROM alpine:3.20\nENTRYPOINT ["echo", "bonjour"]\n',
        'Dockerfile.cmd': 'FROM alpine:3.20\nCMD ["le monde"]\nENTRYPOINT ["echo", "bonjour"]\n',
        'Dockerfile.shell': 'FROM alpine:3.20\nENTRYPOINT echo bonjour\n',
      },
    });
    engine.run('docker build -q -t reset:1 .');
    engine.run('docker build -q -f Dockerfile.cmd -t reset:2 .');
    engine.run('docker build -q -f Dockerfile.shell -t reset:3 .');
    expect(engine.run('docker inspect -f "{{json .Config.Cmd}}" reset:1').stdout).toBe('null\n');
    expect(engine.run('docker run --rm reset:1').stdout).toBe('bonjour\n');
    expect(engine.run('docker run --rm reset:2').stdout).toBe('bonjour le monde\n');
    expect(engine.run('docker inspect -f "{{json .Config.Entrypoint}}" reset:3').stdout).toBe(
      '["/bin/sh","-c","echo bonjour"]\n',
    );
    expect(engine.run('docker run --rm reset:3 ignoré').stdout).toBe('bonjour\n');
  });

  test('modelled RUN commands change files and sizes; a failing RUN fails the build with its code', () => {
    const engine = createEngine({
      images: ['alpine:3.20', 'debian:bookworm'],
      hostFiles: {
        Dockerfile:
          'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN addgroup -S app && adduser -S -G app app\nUSER app\n',
        'Dockerfile.apt': 'FROM alpine:3.20\nRUN apt-get update\n',
        'Dockerfile.debian': 'FROM debian:bookworm\nRUN apt-get install -y curl\n',
      },
    });
    expect(engine.run('docker build -t tools .').exitCode).toBe(0);
    expect(engine.run('docker run --rm tools whoami').stdout).toBe('app\n');
    expect(engine.run('docker history --format "{{.Size}} {{.CreatedBy}}" tools').stdout).toMatch(
      /^2\.6MB RUN \/bin\/sh -c apk add --no-cache curl/m,
    );
    const apt = engine.run('docker build -f Dockerfile.apt -t x .');
    expect(apt.exitCode).toBe(1);
    expect(apt.stderr).toContain('/bin/sh: apt-get: not found\n');
    expect(apt.stderr).toContain(
      'ERROR: failed to build: failed to solve: process "/bin/sh -c apt-get update" did not complete successfully: exit code: 127\n',
    );
    expect(apt.stderr).toContain(
      'Dockerfile.apt:2\n--------------------\n   1 |     FROM alpine:3.20\n   2 | >>> RUN apt-get update\n--------------------\n',
    );
    const noLists = engine.run('docker build -f Dockerfile.debian -t y .');
    expect(noLists.exitCode).toBe(1);
    expect(noLists.stderr).toContain('E: Unable to locate package curl');
    expect(noLists.stderr).toContain('exit code: 100');
  });

  test('a RUN the simulator does not model runs without file changes and says so', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: { Dockerfile: 'FROM alpine:3.20\nRUN sed -i s/a/b/ /etc/os-release\n' },
    });
    const result = engine.run('docker build -t x .');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(
      /\(Lab : « sed -i s\/a\/b\/ \/etc\/os-release » n’est pas simulé ; l’étape continue sans ses effets sur les fichiers de l’image\.\)/,
    );
  });

  test('Docker’s errors: no Dockerfile, unknown instruction, COPY of a missing file, bad tag', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        'Dockerfile.typo': 'FROM alpine:3.20\nRUNN echo\n',
        'Dockerfile.copy': 'FROM alpine:3.20\nCOPY absent.txt /app/\n',
      },
    });
    const none = engine.run('docker build -t x .');
    expect(none.exitCode).toBe(1);
    expect(none.stderr).toMatch(
      /ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n$/,
    );
    const typo = engine.run('docker build -f Dockerfile.typo -t x .');
    expect(typo.stderr).toMatch(
      /dockerfile parse error on line 2: unknown instruction: RUNN \(did you mean run\?\)\n$/,
    );
    const copy = engine.run('docker build -f Dockerfile.copy -t x .');
    expect(copy.exitCode).toBe(1);
    expect(copy.stderr).toMatch(/failed to calculate checksum of ref [0-9a-z:]+: "\/absent\.txt": not found\n$/);
    const tag = engine.run('docker build -f Dockerfile.copy -t App:1 .');
    expect(tag.stderr).toBe('ERROR: failed to build: invalid tag "App:1": repository name must be lowercase\n');
    expect(
      engine
        .view()
        .images.map((image) => image.tags)
        .flat(),
    ).toEqual(['alpine:3.20']);
  });

  test('a 10-step build of the course’s size stays fast', () => {
    const engine = createEngine({
      images: ['node:22-alpine'],
      hostFiles: {
        ...NODE_APP,
        Dockerfile:
          'FROM node:22-alpine\nWORKDIR /app\nRUN apk add --no-cache curl\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN mkdir -p /app/data\nENV NODE_ENV=production\nUSER node\nEXPOSE 3000\nCMD ["server.js"]\n',
        ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/module-${i}.js`, `export const n = ${i};\n`])),
      },
    });
    const started = performance.now();
    expect(engine.run('docker build -t app:1 .').exitCode).toBe(0);
    const first = performance.now() - started;
    engine.run('echo "// edit" >> src/module-3.js');
    const again = performance.now();
    expect(engine.run('docker build -t app:2 .').exitCode).toBe(0);
    const second = performance.now() - again;
    expect(first).toBeLessThan(100);
    expect(second).toBeLessThan(100);
  });
});

describe('the host folder on a running engine', () => {
  test('writeHostFiles merges or replaces, refuses paths outside the folder, and a build sees the new files', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: { Dockerfile: 'FROM alpine:3.20\nCOPY a.txt /\n', 'a.txt': 'un\n' },
    });
    engine.run('docker build -q -t x:1 .');
    const written = engine.writeHostFiles({
      'a.txt': 'deux\n',
      '../evil': 'x',
      '/etc/passwd': 'x',
      'src/b.txt': 'b\n',
    });
    expect(written.refused.map((r) => r.path)).toEqual(['../evil', '/etc/passwd']);
    expect(engine.readHostFiles()).toEqual({
      Dockerfile: 'FROM alpine:3.20\nCOPY a.txt /\n',
      'a.txt': 'deux\n',
      'src/b.txt': 'b\n',
    });
    const rebuilt = engine.run('docker build -t x:2 .');
    expect(rebuilt.stderr).toMatch(/\[2\/2\] COPY a\.txt \/\n#\d+ DONE/);
    expect(engine.run('docker run --rm x:2 cat /a.txt').stdout).toBe('deux\n');
    expect(engine.run('cat src/b.txt').stdout).toBe('b\n');
    engine.writeHostFiles({ Dockerfile: 'FROM alpine:3.20\n' }, 'replace');
    expect(Object.keys(engine.readHostFiles())).toEqual(['Dockerfile']);
    expect(engine.removeHostFile('Dockerfile')).toBe(true);
    expect(engine.removeHostFile('Dockerfile')).toBe(false);
    expect(engine.view().hostFiles).toEqual({});
    expect(engine.writeHostFiles({ big: 'x'.repeat(300 * 1024) }).refused[0]?.reason).toMatch(/Kio/);
  });
});

describe('BuildKit step numbering (dockerfile2llb: FROM an image, RUN, COPY, ADD and WORKDIR are numbered)', () => {
  test('ENV, USER, EXPOSE, CMD, LABEL and ARG get no line; WORKDIR does; the index is padded to the total’s width', () => {
    const instructions = Array.from({ length: 10 }, (_, n) => `RUN echo ${n} > /f${n}`).join('\n');
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        Dockerfile: `FROM alpine:3.20\nARG V=1\nENV A=1\nLABEL x=y\nWORKDIR /app\nUSER nobody\n${instructions}\nEXPOSE 80\nCMD ["sh"]\n`,
      },
    });
    const result = engine.run('docker build -t app:1 .');
    expect(result.exitCode).toBe(0);
    const numbered = result.stderr.split('\n').filter((line) => /^#\d+ \[ ?\d+\/\d+\]/.test(line));
    expect(numbered).toHaveLength(12);
    expect(numbered[0]).toMatch(/^#\d+ \[ 1\/12\] FROM docker\.io\/library\/alpine:3\.20$/);
    expect(numbered[1]).toMatch(/^#\d+ \[ 2\/12\] WORKDIR \/app$/);
    expect(numbered[2]).toMatch(/^#\d+ \[ 3\/12\] RUN echo 0 > \/f0$/);
    expect(numbered[11]).toMatch(/^#\d+ \[12\/12\] RUN echo 9 > \/f9$/);
    expect(result.stderr).not.toMatch(/\] (ARG|ENV|LABEL|USER|EXPOSE|CMD) /);
    // The config instructions still apply.
    expect(engine.run('docker inspect -f "{{.Config.User}} {{json .Config.Cmd}}" app:1').stdout).toBe(
      'nobody ["sh"]\n',
    );
  });

  test('a stage built FROM another stage, or FROM scratch, has no FROM step', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: {
        Dockerfile:
          'FROM alpine:3.20 AS base\nRUN echo a > /a\n\nFROM base AS next\nRUN echo b > /b\n\nFROM scratch\nCOPY --from=next /b /b\n',
      },
    });
    const result = engine.run('docker build -t app:1 .');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('[base 1/2] FROM docker.io/library/alpine:3.20\n');
    expect(result.stderr).toContain('[next 1/1] RUN echo b > /b\n');
    expect(result.stderr).toContain('[stage-2 1/1] COPY --from=next /b /b\n');
    expect(result.stderr).not.toMatch(/FROM (scratch|docker\.io\/library\/base)/);
  });

  test('the legacy builder still numbers every instruction', () => {
    const engine = createEngine({
      images: ['alpine:3.20'],
      hostFiles: { Dockerfile: 'FROM alpine:3.20\nENV A=1\nRUN echo a > /a\nCMD ["sh"]\n' },
    });
    const result = engine.run('DOCKER_BUILDKIT=0 docker build -t app:1 .');
    expect(`${result.stdout}${result.stderr}`).toContain('Step 2/4 : ENV A=1');
    expect(`${result.stdout}${result.stderr}`).toContain('Step 4/4 : CMD ["sh"]');
  });
});
