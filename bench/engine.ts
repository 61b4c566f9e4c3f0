/**
 * How long each kind of command takes with 200 containers in the simulated engine (target: under one
 * frame, 16 ms). Run with `npm run bench:engine`; not a test: it prints figures, it asserts nothing.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createEngine, type Engine } from '../src/features/labs/engine/index';

const FRAME_MS = 16;
const ROUNDS = 30;
/** Untimed rounds first: the terminal's engine is warm after the learner's first commands too. */
const WARMUP = 5;

function populate(): Engine {
  const engine = createEngine({
    images: ['alpine:3.20', 'nginx:1.27-alpine', 'redis:7.4-alpine', 'postgres:17'],
    hostFiles: { 'site/index.html': '<h1>Bonjour</h1>\n' },
  });
  engine.run('docker network create app');
  engine.run('docker volume create data');
  for (let i = 0; i < 199; i++) {
    const kind = i % 4;
    const line =
      kind === 0
        ? `docker run -d --name web${i} -p ${10000 + i}:80 nginx:1.27-alpine`
        : kind === 1
          ? `docker run -d --name api${i} --network app alpine:3.20 sleep 86400`
          : kind === 2
            ? `docker run --name job${i} alpine:3.20 sh -c "echo fini; exit ${i % 3}"`
            : `docker run -d --name cache${i} --network app -v data:/data redis:7.4-alpine`;
    const result = engine.run(line);
    if (result.exitCode !== 0 && kind !== 2) throw new Error(`${line}: ${result.stderr}`);
  }
  engine.tick(90_000);
  return engine;
}

interface Case {
  name: string;
  line?: string;
  /** Runs before each timed round, untimed (to restore the state the command changes). */
  before?: (engine: Engine) => void;
  act?: (engine: Engine) => void;
}

const cases: Case[] = [
  {
    name: 'docker run -d (200th container)',
    line: 'docker run -d --name bench nginx:1.27-alpine',
    before: (e) => void e.run('docker rm -f bench'),
  },
  { name: 'docker run --rm (foreground)', line: 'docker run --rm alpine:3.20 echo bonjour' },
  { name: 'docker ps', line: 'docker ps' },
  { name: 'docker ps -a', line: 'docker ps -a' },
  { name: 'docker ps -a --filter status=exited', line: 'docker ps -a --filter status=exited' },
  { name: 'docker ps --format table', line: 'docker ps -a --format "table {{.Names}}\\t{{.Status}}\\t{{.Ports}}"' },
  { name: 'docker logs', line: 'docker logs web0' },
  { name: 'docker logs --tail 5 -t', line: 'docker logs --tail 5 -t web0' },
  { name: 'docker inspect', line: 'docker inspect web0' },
  {
    name: 'docker inspect -f',
    line: 'docker inspect -f "{{.State.Status}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}" api1',
  },
  { name: 'docker exec wget', line: 'docker exec api1 wget -qO- http://web0' },
  { name: 'docker exec nslookup', line: 'docker exec api1 nslookup cache3' },
  { name: 'docker stop + start', line: 'docker stop web4', before: (e) => void e.run('docker start web4') },
  { name: 'docker restart', line: 'docker restart cache7' },
  { name: 'docker kill', line: 'docker kill web8', before: (e) => void e.run('docker start web8') },
  { name: 'docker pause', line: 'docker pause web12', before: (e) => void e.run('docker unpause web12') },
  {
    name: 'docker rm -f',
    line: 'docker rm -f bench2',
    before: (e) => void e.run('docker run -d --name bench2 alpine:3.20 sleep 100'),
  },
  { name: 'docker port', line: 'docker port web0' },
  { name: 'docker top', line: 'docker top web0' },
  { name: 'docker stats --no-stream', line: 'docker stats --no-stream' },
  { name: 'docker diff', line: 'docker diff job2' },
  { name: 'docker images', line: 'docker images' },
  { name: 'docker history', line: 'docker history nginx:1.27-alpine' },
  { name: 'docker network ls', line: 'docker network ls' },
  { name: 'docker network inspect app', line: 'docker network inspect app' },
  { name: 'docker volume ls', line: 'docker volume ls' },
  { name: 'docker system df', line: 'docker system df' },
  { name: 'docker system df -v', line: 'docker system df -v' },
  { name: 'docker events --since 10m', line: 'docker events --since 10m' },
  { name: 'docker info', line: 'docker info' },
  { name: 'docker run --help', line: 'docker run --help' },
  { name: 'unknown command', line: 'docker frobnicate' },
  { name: 'shell: echo $?', line: 'echo $?' },
  { name: 'curl localhost (host)', line: 'curl -s localhost:10000' },
  { name: 'complete (container names)', act: (e) => void e.complete('docker logs we', 14) },
  { name: 'complete (flags)', act: (e) => void e.complete('docker run --ne', 15) },
  { name: 'tick 1 s', act: (e) => e.tick(1000) },
  { name: 'view()', act: (e) => void e.view() },
];

function measure(engine: Engine, item: Case): number[] {
  const times: number[] = [];
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    item.before?.(engine);
    const start = performance.now();
    if (item.line !== undefined) engine.run(item.line);
    else item.act?.(engine);
    if (round >= WARMUP) times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

const setupStart = performance.now();
const engine = populate();
const setupMs = performance.now() - setupStart;
console.log(`Moteur simulé : ${engine.view().containers.length} conteneurs créés en ${setupMs.toFixed(0)} ms.\n`);
const rows: [string, string, string, string][] = [];
let over = 0;
for (const item of cases) {
  const times = measure(engine, item);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p90 = times[Math.floor(times.length * 0.9)] ?? 0;
  if (median >= FRAME_MS) over += 1;
  rows.push([item.name, median.toFixed(2), p90.toFixed(2), median < FRAME_MS ? 'ok' : 'TROP LENT']);
}
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`Charge de la machine (loadavg 1 min) : ${loadavg()[0]?.toFixed(1)} pour ${cpus().length} cœurs.\n`);
console.log(`${'commande'.padEnd(width)}  médiane ms   p90 ms  médiane < ${FRAME_MS} ms`);
for (const [name, median, p90, verdict] of rows) {
  console.log(`${name.padEnd(width)}  ${median.padStart(10)}  ${p90.padStart(7)}  ${verdict}`);
}
console.log(
  `\n${rows.length - over}/${rows.length} sortes de commandes répondent en moins d’une image (${FRAME_MS} ms), sur ${ROUNDS} essais chacune (après ${WARMUP} essais de chauffe).`,
);
