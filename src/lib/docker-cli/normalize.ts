/** Values reduced to one spelling, so equivalent ones compare equal (ports, volumes, mounts, sizes, images, paths). */
import { type ArgumentKind, type ValueKind } from './commands';

/** `$(pwd)/data`, `${PWD}/data`, `./data/` → `./data`; trailing slashes dropped. */
export function normalizePath(raw: string): string {
  let path = raw.replace(/^(?:\$\(pwd\)|\$\{PWD\}|\$PWD)(?=\/|$)/, '.');
  if (path === '') return path;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  if (path === '') return '/';
  if (path === './' || path === '.') return '.';
  return path;
}

/** `8080:80` ≡ `0.0.0.0:8080:80` ≡ `8080:80/tcp`. */
export function normalizePort(raw: string): string {
  const value = raw.trim();
  const slash = value.lastIndexOf('/');
  let protocol = 'tcp';
  let body = value;
  if (slash !== -1) {
    protocol = value.slice(slash + 1).toLowerCase() || 'tcp';
    body = value.slice(0, slash);
  }
  const parts = body.split(':');
  const container = parts.pop() ?? '';
  const host = parts.pop() ?? '';
  let ip = parts.join(':');
  if (ip === '0.0.0.0' || ip === '[::]') ip = '';
  let result = container;
  if (host !== '' || ip !== '') result = `${host}:${result}`;
  if (ip !== '') result = `${ip}:${result}`;
  return protocol === 'tcp' ? result : `${result}/${protocol}`;
}

function splitPort(normalized: string): { prefix: string; host: string; container: string; suffix: string } {
  const slash = normalized.lastIndexOf('/');
  const suffix = slash === -1 ? '' : normalized.slice(slash);
  const body = slash === -1 ? normalized : normalized.slice(0, slash);
  const parts = body.split(':');
  const container = parts.pop() ?? '';
  const host = parts.pop() ?? '';
  return { prefix: parts.join(':'), host, container, suffix };
}

export function isReversedPort(expected: string, given: string): boolean {
  const e = splitPort(expected);
  const g = splitPort(given);
  return (
    e.host !== '' &&
    e.host !== e.container &&
    e.prefix === g.prefix &&
    e.suffix === g.suffix &&
    e.host === g.container &&
    e.container === g.host
  );
}

/** `src:dst[:opts]`: paths normalised, options sorted, the default `rw` dropped. */
export function normalizeVolume(raw: string): string {
  const parts = raw.split(':');
  if (parts.length === 1) return normalizePath(parts[0] ?? '');
  const [source = '', target = '', ...rest] = parts;
  const options = rest
    .join(',')
    .split(',')
    .map((option) => option.trim().toLowerCase())
    .filter((option) => option !== '' && option !== 'rw')
    .sort();
  const base = `${normalizePath(source)}:${normalizePath(target)}`;
  return options.length > 0 ? `${base}:${options.join(',')}` : base;
}

const mountKeys: Record<string, string> = {
  src: 'source',
  source: 'source',
  dst: 'target',
  destination: 'target',
  target: 'target',
  ro: 'readonly',
  readonly: 'readonly',
  type: 'type',
};

/** `type=bind,src=./a,dst=/b,ro` ≡ `target=/b,source=./a,type=bind,readonly=true`. */
export function normalizeMount(raw: string): string {
  const entries = new Map<string, string>();
  for (const part of raw.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const rawKey = (eq === -1 ? trimmed : trimmed.slice(0, eq)).toLowerCase();
    const key = mountKeys[rawKey] ?? rawKey;
    let value = eq === -1 ? 'true' : trimmed.slice(eq + 1);
    if (key === 'readonly') {
      if (value === '1') value = 'true';
      if (value !== 'true') continue;
    }
    entries.set(key, value);
  }
  if (!entries.has('type')) entries.set('type', 'volume');
  const type = entries.get('type');
  for (const key of ['source', 'target']) {
    const value = entries.get(key);
    if (value !== undefined && (key === 'target' || type === 'bind')) entries.set(key, normalizePath(value));
  }
  return [...entries.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

const memoryUnits: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `512m` ≡ `512M` ≡ `512mb`; `1g` ≡ `1024m` (compared in bytes). */
export function normalizeMemory(raw: string): string {
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(raw.trim());
  if (!match) return raw.trim().toLowerCase();
  const factor = memoryUnits[(match[2] ?? '').toLowerCase()] ?? 1;
  return String(Math.round(Number(match[1]) * factor));
}

function normalizeNumber(raw: string): string {
  const value = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(value) ? String(value) : raw.trim();
}

/** `nginx` ≡ `nginx:latest` ≡ `docker.io/library/nginx:latest`. */
export function normalizeImage(raw: string): string {
  let reference = raw.trim();
  let digest = '';
  const at = reference.indexOf('@');
  if (at !== -1) {
    digest = reference.slice(at);
    reference = reference.slice(0, at);
  }
  let tag = '';
  const lastColon = reference.lastIndexOf(':');
  if (lastColon > reference.lastIndexOf('/')) {
    tag = reference.slice(lastColon + 1);
    reference = reference.slice(0, lastColon);
  }
  reference = reference.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
  if (/^library\/[^/]+$/.test(reference)) reference = reference.slice('library/'.length);
  if (tag === '' && digest === '') tag = 'latest';
  return `${reference}${tag ? `:${tag}` : ''}${digest}`;
}

export function repositoryOf(normalizedImage: string): string {
  const withoutDigest = normalizedImage.split('@')[0] ?? '';
  const lastColon = withoutDigest.lastIndexOf(':');
  return lastColon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, lastColon) : withoutDigest;
}

export function normalizeValue(kind: ValueKind, raw: string): string {
  switch (kind) {
    case 'text':
      return raw;
    case 'lower':
      return raw.trim().toLowerCase();
    case 'port':
      return normalizePort(raw);
    case 'volume':
      return normalizeVolume(raw);
    case 'mount':
      return normalizeMount(raw);
    case 'memory':
      return normalizeMemory(raw);
    case 'number':
      return normalizeNumber(raw);
    case 'image':
      return normalizeImage(raw);
    case 'path':
      return normalizePath(raw);
  }
}

export function normalizeArgument(kind: ArgumentKind, raw: string): string {
  if (kind === 'image') return normalizeImage(raw);
  if (kind === 'context') return normalizePath(raw);
  return raw;
}
