/**
 * Fills in deploy/nginx.conf for a base path and a build (and, for the tests, another port and root).
 * `BASE_PATH=/cours-docker/ node deploy/nginx-conf.mjs > default.conf` after `npm run build` (the
 * Dockerfile does this): the Content-Security-Policy is the build's own, read from dist/_headers,
 * which adds to the template's policy the hashes of the inline head script and styles of the
 * prerendered pages (src/build/prerender). `node deploy/nginx-conf.mjs --base` prints the
 * normalised base path.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const template = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8');

/** Same rule as src/build/base-path.ts: '/' or '/segment/…/'. */
export function normalizeBase(value) {
  const trimmed = (value ?? '/').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

function replaceLine(text, line, replacement) {
  if (!text.includes(line)) throw new Error(`deploy/nginx.conf: expected the line « ${line} »`);
  return text.replace(line, replacement);
}

const directives = (policy) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((sources) => sources[0]);

/** The Content-Security-Policy of a `_headers` file (the build's: dist/_headers). */
export function builtPolicy(headersText) {
  const match = /^\s*Content-Security-Policy:\s*(.+)$/m.exec(headersText);
  if (!match) throw new Error('_headers: no Content-Security-Policy line');
  return match[1].trim();
}

/**
 * The template's policy with what the build added: the same directives, where `script-src` and
 * `style-src` may only gain sha256 hashes. Anything else (a new source, 'unsafe-inline') is refused.
 */
export function checkBuiltPolicy(templatePolicy, policy) {
  const expected = directives(templatePolicy);
  const actual = directives(policy);
  const fail = (why) => {
    throw new Error(`the build's Content-Security-Policy does not extend deploy/nginx.conf's: ${why}`);
  };
  if (actual.length !== expected.length) fail(`${actual.length} directives instead of ${expected.length}`);
  expected.forEach((sources, index) => {
    const got = actual[index];
    if (got[0] !== sources[0]) fail(`${got[0]} where ${sources[0]} was expected`);
    if (sources.some((source, i) => got[i] !== source)) fail(`${sources[0]} lost or reordered a source`);
    const extra = got.slice(sources.length);
    const hashesAllowed = sources[0] === 'script-src' || sources[0] === 'style-src';
    if (extra.some((source) => !hashesAllowed || !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))) {
      fail(`${sources[0]} gained ${extra.join(' ')}`);
    }
  });
  return policy;
}

const POLICY_LINE = /add_header Content-Security-Policy "([^"]*)" always;/;

export function renderNginxConf({ base, listen, root, policy } = {}) {
  let conf = template.replaceAll('${BASE_PATH}', normalizeBase(base));
  if (listen !== undefined) conf = replaceLine(conf, 'listen 8080;', `listen ${listen};`);
  if (root !== undefined) conf = replaceLine(conf, 'root /usr/share/nginx/html;', `root ${root};`);
  if (policy !== undefined) {
    const line = POLICY_LINE.exec(conf);
    if (!line) throw new Error('deploy/nginx.conf: no Content-Security-Policy line');
    checkBuiltPolicy(line[1], policy);
    conf = conf.replace(line[0], () => `add_header Content-Security-Policy "${policy}" always;`);
  }
  return conf;
}

// CLI: the configuration for the build in dist/ (run from the project), or with --base the
// normalised base path (for the Dockerfile).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = process.env.BASE_PATH;
  if (process.argv.includes('--base')) {
    process.stdout.write(normalizeBase(base));
  } else {
    let headers;
    try {
      headers = readFileSync('dist/_headers', 'utf8');
    } catch {
      process.stderr.write('nginx-conf: dist/_headers is missing: run `npm run build` first\n');
      process.exit(1);
    }
    process.stdout.write(renderNginxConf({ base, policy: builtPolicy(headers) }));
  }
}
