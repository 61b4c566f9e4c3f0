/**
 * Records scenarios on a real Docker Engine into tests/fixtures/engine/<id>.json (see docs/engine-fidelity.md).
 *
 *   npx tsx scripts/record-engine/record.ts               # every scenario
 *   npx tsx scripts/record-engine/record.ts --only a,b    # some of them
 *   npx tsx scripts/record-engine/record.ts --list        # their ids and titles
 *   npx tsx scripts/record-engine/record.ts --refresh     # rewrite titles, notes, compare and modern from
 *                                                         # scenarios.ts into the fixtures, without a daemon
 *
 * Needs a running daemon (as root: `dockerd >/tmp/dockerd.log 2>&1 &`) and Debian's static busybox (/bin/busybox).
 * Never needed by `npm test`. It only removes what its own scenarios created, and refuses to start when the daemon
 * holds containers, networks, volumes or images it did not make (their presence would change the recorded tables).
 */
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { fixtureSchema, type Fixture, type FixtureStep } from '../../tests/fixtures/engine/schema';
import { SCENARIOS, type Scenario } from './scenarios';
import { BASE_TAG, STAND_INS } from './standins';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const imagesDir = join(here, 'images');
const fixturesDir = join(root, 'tests/fixtures/engine');
/** The learner's folder in the simulated engine; the recorder uses the same path so that bind mounts read alike. */
export const LAB_DIR = '/home/eleve/lab';
const cacheDir = '/tmp/cours-docker-record';
const DEFAULT_NETWORKS = new Set(['bridge', 'host', 'none']);
const standInTags = new Set(STAND_INS.map((s) => s.tag));

interface Shell {
  stdout: string;
  stderr: string;
  status: number;
}

function sh(command: string, options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Shell {
  const result = spawnSync('bash', ['-c', command], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    env: { ...process.env, ...options.env },
    maxBuffer: 32 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  return { stdout: result.stdout, stderr: result.stderr, status: result.status ?? 128 + 9 };
}

function must(command: string, options?: Parameters<typeof sh>[1]): string {
  const result = sh(command, options);
  if (result.status !== 0) throw new Error(`\`${command}\` failed (${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

// ---------------------------------------------------------------------------------------------------------------
// What the daemon holds

interface Inventory {
  containers: Set<string>;
  networks: Set<string>;
  volumes: Set<string>;
  imageIds: Set<string>;
  imageTags: Set<string>;
  /** Images that carry a stand-in tag: provideImages() manages them, not the clean-up. */
  standInIds: Set<string>;
}

/** One GET on the daemon's API over its socket: much cheaper than a `docker` process on a loaded machine. */
function api(path: string): Promise<unknown> {
  const socketPath = process.env.DOCKER_HOST?.startsWith('unix://')
    ? process.env.DOCKER_HOST.slice('unix://'.length)
    : '/var/run/docker.sock';
  return new Promise((done, fail) => {
    const req = request({ socketPath, path: `/v1.41${path}`, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        if ((res.statusCode ?? 500) >= 400) fail(new Error(`GET ${path}: ${res.statusCode} ${body}`));
        else done(JSON.parse(body) as unknown);
      });
    });
    req.on('error', fail);
    req.end();
  });
}

async function inventory(): Promise<Inventory> {
  const containers = (await api('/containers/json?all=1')) as { Id: string }[];
  const networks = (await api('/networks')) as { Name: string }[];
  const volumes = ((await api('/volumes')) as { Volumes: { Name: string }[] | null }).Volumes ?? [];
  const images = (await api('/images/json?all=1')) as { Id: string; RepoTags: string[] | null }[];
  const tagged = images.flatMap((image) =>
    (image.RepoTags ?? []).filter((tag) => !tag.startsWith('<none>')).map((tag) => ({ tag, id: image.Id })),
  );
  return {
    containers: new Set(containers.map((c) => c.Id)),
    networks: new Set(networks.map((n) => n.Name).filter((name) => !DEFAULT_NETWORKS.has(name))),
    volumes: new Set(volumes.map((v) => v.Name)),
    imageIds: new Set(images.map((image) => image.Id)),
    imageTags: new Set(tagged.map((t) => t.tag)),
    standInIds: new Set(tagged.filter((t) => standInTags.has(t.tag)).map((t) => t.id)),
  };
}

/** Refuses to record next to someone else's objects. */
async function checkDaemonIsOurs(allowForeign: boolean) {
  const inv = await inventory();
  const foreign = [
    ...[...inv.containers].map((id) => `container ${id.slice(0, 12)}`),
    ...[...inv.networks].map((name) => `network ${name}`),
    ...[...inv.volumes].map((name) => `volume ${name}`),
    ...[...inv.imageTags].filter((tag) => !standInTags.has(tag) && tag !== BASE_TAG).map((tag) => `image ${tag}`),
  ];
  if (foreign.length === 0) return;
  const message = `The daemon holds objects this recorder did not create:\n  ${foreign.join('\n  ')}`;
  if (!allowForeign) {
    throw new Error(`${message}\nThey would show in the recorded tables. Remove them, or pass --allow-foreign.`);
  }
  console.warn(`${message}\n(--allow-foreign: recording anyway; they are left alone.)`);
}

/** Removes what appeared since `before`: containers, then networks, volumes, new tags, new images. */
async function removeCreatedSince(before: Inventory) {
  const now = await inventory();
  const containers = [...now.containers].filter((id) => !before.containers.has(id));
  if (containers.length) sh(`docker rm -f -v ${containers.join(' ')}`);
  for (const name of now.networks) if (!before.networks.has(name)) sh(`docker network rm ${quote(name)}`);
  const volumes = [...(await inventory()).volumes].filter((name) => !before.volumes.has(name));
  if (volumes.length) sh(`docker volume rm -f ${volumes.map(quote).join(' ')}`);
  const tags = [...now.imageTags].filter((tag) => !before.imageTags.has(tag) && !standInTags.has(tag));
  if (tags.length) sh(`docker rmi ${tags.map(quote).join(' ')}`);
  const after = await inventory();
  // New images, and stand-ins the scenario untagged (rmi -f of an image in use leaves it dangling): both go.
  const ids = [...after.imageIds].filter(
    (id) => (!before.imageIds.has(id) || before.standInIds.has(id)) && !after.standInIds.has(id),
  );
  for (const id of ids.reverse()) sh(`docker rmi -f ${id}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Stand-in images: built once per content, saved, loaded per scenario so that each starts with exactly its images

function contextFiles(dirs: string[]): [string, string][] {
  const files: [string, string][] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(join(imagesDir, dir)).sort()) {
      const path = join(imagesDir, dir, name);
      if (statSync(path).isFile()) files.push([name, path]);
    }
  }
  return files;
}

function hashOf(files: [string, string][], extra = ''): string {
  const hash = createHash('sha256').update(extra);
  for (const [name, path] of files) hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function buildContext(name: string, files: [string, string][]): string {
  const dir = join(cacheDir, 'context', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [file, path] of files) copyFileSync(path, join(dir, file));
  return dir;
}

const tarOf = (tag: string) => join(cacheDir, `${tag.replace(/[/:]/g, '_')}.tar`);

function buildStandIns() {
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync('/bin/busybox')) throw new Error('/bin/busybox is missing: apt-get install -y busybox-static');
  const baseFiles: [string, string][] = [...contextFiles(['base']), ['busybox', '/bin/busybox']];
  const baseHash = hashOf(baseFiles);
  let baseBuilt = false;
  const env = { DOCKER_BUILDKIT: '0' };
  for (const standIn of STAND_INS) {
    const files = contextFiles([standIn.dir, ...(standIn.shared ?? [])]);
    const hash = hashOf(files, baseHash + standIn.tag);
    const stamp = `${tarOf(standIn.tag)}.${hash}`;
    if (existsSync(stamp) && existsSync(tarOf(standIn.tag))) continue;
    if (!baseBuilt) {
      console.log(`building ${BASE_TAG}`);
      must(`docker build -q -t ${BASE_TAG} .`, { cwd: buildContext('base', baseFiles), env });
      baseBuilt = true;
    }
    console.log(`building ${standIn.tag}`);
    const context = buildContext(standIn.dir, files);
    sh(`docker rmi ${quote(standIn.tag)}`);
    must(`docker build -q -t ${quote(standIn.tag)} .`, { cwd: context, env });
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(`${tarOf(standIn.tag).slice(cacheDir.length + 1)}.`)) rmSync(join(cacheDir, old));
    }
    must(`docker save -o ${quote(tarOf(standIn.tag))} ${quote(standIn.tag)}`);
    writeFileSync(stamp, '');
    // The built image keeps its builder's parent chain; the saved one is loaded per scenario, like a pulled image.
    must(`docker rmi ${quote(standIn.tag)}`);
  }
  if (baseBuilt) must(`docker rmi ${BASE_TAG}`);
}

/**
 * Loads the stand-ins in `wanted` that are missing. With `exact`, also removes the other stand-ins, for the scenarios
 * that list or count images; otherwise they stay (reloading costs time) and the fixture lists them as present.
 * Returns the stand-in tags present at the scenario's start.
 */
async function provideImages(wanted: string[], exact: boolean): Promise<string[]> {
  for (const tag of wanted) {
    if (!standInTags.has(tag)) throw new Error(`no stand-in image for ${tag} (see scripts/record-engine/standins.ts)`);
  }
  const present = (await inventory()).imageTags;
  const kept: string[] = [];
  for (const tag of present) {
    if (!standInTags.has(tag) || wanted.includes(tag)) continue;
    if (exact) must(`docker rmi ${quote(tag)}`);
    else kept.push(tag);
  }
  for (const tag of wanted) if (!present.has(tag)) must(`docker load -q -i ${quote(tarOf(tag))}`);
  return [...wanted, ...kept.sort()];
}

// ---------------------------------------------------------------------------------------------------------------
// Recording

function prepareLab(hostFiles: Record<string, string> = {}) {
  rmSync(LAB_DIR, { recursive: true, force: true });
  mkdirSync(LAB_DIR, { recursive: true });
  for (const [path, content] of Object.entries(hostFiles)) {
    const file = join(LAB_DIR, path);
    if (!file.startsWith(`${LAB_DIR}/`)) throw new Error(`host file outside the lab folder: ${path}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

function sleep(ms: number) {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

interface Versions {
  client: string;
  server: string;
}

async function record(scenario: Scenario, versions: Versions): Promise<Fixture> {
  const images = await provideImages(scenario.images, scenario.exactImages ?? false);
  prepareLab(scenario.hostFiles);
  const start = await inventory();
  const steps: FixtureStep[] = [];
  try {
    for (const step of scenario.steps) {
      sleep(step.waitMs ?? 0);
      const result = sh(step.command, { cwd: LAB_DIR, timeoutMs: step.timeoutMs ?? 90_000 });
      const recorded: FixtureStep = {
        command: step.command,
        waitMs: step.waitMs ?? 0,
        stdout: result.stdout,
        stderr: result.stderr,
        exitCode: result.status,
        compare: step.compare ?? 'normalized',
      };
      if (step.modern) recorded.modern = step.modern;
      if (step.note) recorded.note = step.note;
      if (step.normalizeAddresses) recorded.normalizeAddresses = true;
      if (step.normalizePorts) recorded.normalizePorts = true;
      if (step.normalizeNumbers) recorded.normalizeNumbers = true;
      if (step.compareLines !== undefined) recorded.compareLines = step.compareLines;
      if (step.expectExit !== undefined && step.expectExit !== result.status) {
        throw new Error(
          `${scenario.id}: \`${step.command}\` exited ${result.status}, expected ${step.expectExit}\n${result.stdout}${result.stderr}`,
        );
      }
      steps.push(recorded);
    }
  } finally {
    await removeCreatedSince(start);
    prepareLab();
  }
  const fixture: Fixture = {
    id: scenario.id,
    title: scenario.title,
    teaches: scenario.teaches,
    recorded: {
      date: new Date().toISOString().slice(0, 10),
      client: versions.client,
      server: versions.server,
      images: 'stand-ins (busybox-static), scripts/record-engine/images',
    },
    images,
    ...(scenario.hostFiles ? { hostFiles: scenario.hostFiles } : {}),
    ...(scenario.notes ? { notes: scenario.notes } : {}),
    ...(scenario.sources ? { sources: scenario.sources } : {}),
    steps,
  };
  return fixtureSchema.parse(fixture);
}

/** Carries what scenarios.ts says about a recording (not what the Engine printed) into an existing fixture. */
function refresh(scenario: Scenario, fixture: Fixture): Fixture {
  if (fixture.steps.length !== scenario.steps.length) throw new Error(`${scenario.id}: steps changed, re-record it`);
  const steps = fixture.steps.map((recorded, index) => {
    const step = scenario.steps[index];
    if (!step || step.command !== recorded.command)
      throw new Error(`${scenario.id}: step ${index + 1} changed, re-record it`);
    const next: FixtureStep = {
      command: recorded.command,
      waitMs: recorded.waitMs,
      stdout: recorded.stdout,
      stderr: recorded.stderr,
      exitCode: recorded.exitCode,
      compare: step.compare ?? 'normalized',
    };
    if (step.modern) next.modern = step.modern;
    if (step.note) next.note = step.note;
    if (step.normalizeAddresses) next.normalizeAddresses = true;
    if (step.normalizePorts) next.normalizePorts = true;
    if (step.normalizeNumbers) next.normalizeNumbers = true;
    if (step.compareLines !== undefined) next.compareLines = step.compareLines;
    return next;
  });
  const { notes: _notes, sources: _sources, hostFiles, ...rest } = fixture;
  return fixtureSchema.parse({
    ...rest,
    title: scenario.title,
    teaches: scenario.teaches,
    ...(hostFiles ? { hostFiles } : {}),
    ...(scenario.notes ? { notes: scenario.notes } : {}),
    ...(scenario.sources ? { sources: scenario.sources } : {}),
    steps,
  });
}

async function writeFixture(fixture: Fixture) {
  const file = join(fixturesDir, `${fixture.id}.json`);
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(JSON.stringify(fixture), { ...options, parser: 'json', filepath: file }));
}

async function main(argv: string[]) {
  const only = argv.includes('--only') ? (argv[argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : null;
  if (argv.includes('--list')) {
    for (const s of SCENARIOS) console.log(`${s.id}  ${s.title}`);
    return;
  }
  const ids = new Set(SCENARIOS.map((s) => s.id));
  if (ids.size !== SCENARIOS.length) throw new Error('two scenarios share an id');
  for (const id of only ?? []) if (!ids.has(id)) throw new Error(`unknown scenario: ${id}`);
  if (argv.includes('--refresh')) {
    for (const scenario of SCENARIOS) {
      if (only && !only.includes(scenario.id)) continue;
      const file = join(fixturesDir, `${scenario.id}.json`);
      if (!existsSync(file)) continue;
      await writeFixture(refresh(scenario, fixtureSchema.parse(JSON.parse(readFileSync(file, 'utf8')))));
    }
    return;
  }

  const info = sh('docker info --format "{{.ServerVersion}}"', { timeoutMs: 20_000 });
  if (info.status !== 0) {
    throw new Error(
      `The Docker daemon does not answer (${info.stderr.trim()}). As root: dockerd >/tmp/dockerd.log 2>&1 &`,
    );
  }
  const versions: Versions = {
    client: must(`docker version --format '{{.Client.Version}}'`).trim(),
    server: must(`docker version --format '{{.Server.Version}}'`).trim(),
  };
  console.log(`client ${versions.client}, daemon ${versions.server}`);
  await checkDaemonIsOurs(argv.includes('--allow-foreign'));
  buildStandIns();

  mkdirSync(fixturesDir, { recursive: true });
  let failed = 0;
  for (const scenario of SCENARIOS) {
    if (only && !only.includes(scenario.id)) continue;
    const t0 = Date.now();
    try {
      const fixture = await record(scenario, versions);
      await writeFixture(fixture);
      console.log(`ok   ${scenario.id} (${Math.round((Date.now() - t0) / 100) / 10} s)`);
    } catch (error) {
      failed += 1;
      console.error(`FAIL ${scenario.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  await provideImages([], true);
  if (failed) {
    console.error(`${failed} scenario(s) failed`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
