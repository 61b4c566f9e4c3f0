/**
 * A small static host for the built site, on loopback, with the rules of the real ones
 * (deploy/nginx.conf, Netlify): /a/b serves a/b/index.html, an unknown URL gets 404.html with
 * status 404, text is gzipped, and the response headers are those of the build's `_headers`
 * file (the CSP and the security headers; hashed assets immutable, everything else no-cache).
 * Used by the benchmark and by the CSP test.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isFile } from '../src/build/shared/small-utils';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface HeaderRule {
  /** A path pattern of `_headers`: exact, or ending with `*`. */
  pattern: string;
  headers: [string, string][];
}

/** Parses a Netlify `_headers` file. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    const rule = rules.at(-1);
    if (separator > 0 && rule) rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}

export interface StaticServerOptions {
  /** The build folder. */
  dir: string;
  /** The base path the site was built for. */
  base?: string;
  port?: number;
  /** Header rules; by default the build's own `_headers`. */
  rules?: HeaderRule[];
}

export interface StaticServer {
  /** The site's root URL, with the base path: http://127.0.0.1:PORT/base/ */
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const base = options.base ?? '/';
  const dir = normalize(options.dir);
  const headersFile = join(dir, '_headers');
  const rules = options.rules ?? (existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : []);
  const gzipCache = new Map<string, Buffer>();

  const resolveFile = (pathname: string): string | null => {
    if (!pathname.startsWith(base) && `${pathname}/` !== base) return null;
    const relative = pathname.slice(base.length);
    const target = normalize(join(dir, relative));
    if (target !== dir && !target.startsWith(dir + sep)) return null;
    for (const candidate of [target, join(target, 'index.html'), `${target}.html`]) {
      if (isFile(candidate)) return candidate;
    }
    return null;
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let file = resolveFile(pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = isFile(join(dir, '404.html')) ? join(dir, '404.html') : null;
    }
    const headers = new Map<string, string>([['Cache-Control', 'no-cache']]);
    for (const rule of rules) {
      if (!matches(rule.pattern, pathname)) continue;
      for (const [name, value] of rule.headers) headers.set(name, value);
    }
    if (!file) {
      response.writeHead(404, Object.fromEntries(headers));
      response.end();
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    if (!headers.has('Content-Type')) headers.set('Content-Type', type);
    let body: Buffer = readFileSync(file);
    const compressible = /^(text\/|application\/(json|manifest)|image\/svg)/.test(type);
    if (compressible && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      // Keyed by modification time too: a test may deploy a new version of a file.
      const key = `${file}:${statSync(file).mtimeMs}`;
      let zipped = gzipCache.get(key);
      if (!zipped) {
        zipped = gzipSync(body, { level: 6 });
        gzipCache.set(key, zipped);
      }
      body = zipped;
      headers.set('Content-Encoding', 'gzip');
      headers.set('Vary', 'Accept-Encoding');
    }
    headers.set('Content-Length', String(body.length));
    response.writeHead(status, Object.fromEntries(headers));
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
