/**
 * Fills in deploy/nginx.conf for a base path (and, for the tests, another port and root).
 * `BASE_PATH=/cours-docker/ node deploy/nginx-conf.mjs > default.conf` (the Dockerfile does this);
 * `node deploy/nginx-conf.mjs --base` prints the normalised base path.
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

export function renderNginxConf({ base, listen, root } = {}) {
  let conf = template.replaceAll('${BASE_PATH}', normalizeBase(base));
  if (listen !== undefined) conf = replaceLine(conf, 'listen 8080;', `listen ${listen};`);
  if (root !== undefined) conf = replaceLine(conf, 'root /usr/share/nginx/html;', `root ${root};`);
  return conf;
}

// CLI: the configuration, or with --base the normalised base path (for the Dockerfile).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = process.env.BASE_PATH;
  process.stdout.write(process.argv.includes('--base') ? normalizeBase(base) : renderNginxConf({ base }));
}
