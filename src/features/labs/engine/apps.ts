/**
 * The labs' small apps: what `node server.js` or `python app.py` does in a container, read from the app's source in
 * a narrow, documented way (docs/authoring.md, « Les petites applications des labs »). Pure: data in, data out.
 *
 * Node (`node FILE`, or a `.js` handed to node by the image's entrypoint):
 * - the file is looked up like node does (FILE, FILE.js, FILE/index.js, relative to the working directory); missing,
 *   node's own error and exit code 1;
 * - each `require('x')` / `import … from 'x'` of a package (not a node built-in) needs `node_modules/x/package.json`
 *   in the file's folder or one above it (what `npm ci` / `npm install` writes); a relative one needs its file;
 *   missing, node's error with its require stack;
 * - a server: `.listen(PORT)` or `.listen(PORT, HOST)` where PORT is a number, `process.env.X || 3000` (or `??`),
 *   or a name declared so (`const PORT = …`); HOST `'127.0.0.1'` or `'localhost'` listens on the loopback only;
 *   the answer is the first `res.end('…')` or `res.send('…')` (a literal without `${…}`), its status the first
 *   `res.writeHead(N` / `res.status(N)` / `res.statusCode = N` (200 otherwise); printed at start: the
 *   `console.log('…')` / `console.error('…')` written after `.listen(` (template literals may use the port's name);
 * - no `.listen(`: a script, which prints its `console.log('…')` literals and exits 0.
 * Python (`python FILE` / `python3 FILE`):
 * - a missing file: python's error and exit code 2; each top-level `import x` / `from x import …` of a module that
 *   is not in the standard library needs `/usr/local/lib/python3/site-packages/x` (what `pip install` writes);
 *   missing, the traceback of a ModuleNotFoundError and exit code 1;
 * - Flask: `app.run(host=…, port=…)` (port 5000 and the loopback by default, as Flask), the answer the first
 *   `return '…'` after `@app.route('/')` or `@app.get('/')`, Flask's start lines on stderr;
 * - http.server: `HTTPServer((HOST, PORT), …)` or `ThreadingHTTPServer`, the answer the first
 *   `self.wfile.write(b'…')` (or `'…'.encode()`), its status the first `self.send_response(N)`.
 * Anything else that looks like a server starts, listens nowhere, and says in its logs that the lab does not
 * simulate it: never a pretend answer.
 */
import type { LogLine } from './images/catalogue';

export interface AppServer {
  port: number;
  /** Bound to 127.0.0.1: reachable from inside its own container only. */
  loopbackOnly: boolean;
  status: number;
  body: string;
}

export interface AppOutcome {
  logs: LogLine[];
  /** The program exits at once with this code; absent, it keeps running. */
  exitCode?: number;
  /** What it listens on; null when it runs without listening (a script that never ends, or not simulated). */
  server: AppServer | null;
}

export interface AppContext {
  workingDir: string;
  env: ReadonlyMap<string, string>;
  readFile: (path: string) => string | null;
  /** "v22.18.0" */
  nodeVersion: string;
}

const NODE_BUILTINS = new Set(
  'assert buffer child_process cluster crypto dgram dns events fs http http2 https net os path perf_hooks process querystring readline stream string_decoder timers tls tty url util v8 vm worker_threads zlib'.split(
    ' ',
  ),
);

const PYTHON_STDLIB = new Set(
  'abc argparse asyncio base64 collections contextlib csv dataclasses datetime enum functools glob hashlib html http io itertools json logging math os pathlib random re shutil signal socket socketserver sqlite3 string subprocess sys tempfile threading time traceback typing urllib uuid wsgiref'.split(
    ' ',
  ),
);

const NOT_SIMULATED = (what: string): LogLine => ({
  stream: 'stderr',
  text: `(Lab\u00a0: le moteur simulé ne sait pas lire ${what}\u00a0; ce programme tourne sans répondre. Voir «\u00a0Les petites applications des labs\u00a0» dans le guide.)`,
});

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

const resolvePath = (dir: string, file: string): string => normalize(file.startsWith('/') ? file : `${dir}/${file}`);
const dirname = (path: string): string => path.slice(0, path.lastIndexOf('/')) || '/';

/** A string literal at the start of `text`: its value, or null (a template literal with `${…}` gives null unless `vars` has the name). */
function literalAt(text: string, vars: ReadonlyMap<string, string> = new Map()): string | null {
  const match = /^\s*(?:b)?(['"`])((?:\\.|(?!\1)[^\\])*)\1/.exec(text);
  if (!match) return null;
  let value = match[2] ?? '';
  if (match[1] === '`') {
    let unknown = false;
    value = value.replace(/\$\{\s*([A-Za-z_$][\w$]*)\s*\}/g, (_, name: string) => {
      const known = vars.get(name);
      if (known === undefined) unknown = true;
      return known ?? '';
    });
    if (unknown || value.includes('${')) return null;
  }
  return value
    .replace(/\\(["'`\\])/g, '$1')
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t');
}

/** A port expression: a number, `process.env.X || N`, `int(os.environ.get('X', N))`, or a name declared in the source. */
function portOf(expression: string, source: string, env: ReadonlyMap<string, string>, depth = 0): number | null {
  const expr = expression.trim();
  if (/^\d{1,5}$/.test(expr)) return Number(expr);
  const fromEnv =
    /process\.env\.([A-Za-z_]\w*)|os\.environ(?:\.get)?\(\s*['"]([A-Za-z_]\w*)['"]|os\.getenv\(\s*['"]([A-Za-z_]\w*)['"]/.exec(
      expr,
    );
  if (fromEnv) {
    const value = env.get(fromEnv[1] ?? fromEnv[2] ?? fromEnv[3] ?? '');
    if (value !== undefined && /^\d{1,5}$/.test(value.trim())) return Number(value.trim());
    const fallback = /(\d{1,5})(?!.*\d)/.exec(expr.slice(fromEnv.index + fromEnv[0].length));
    return fallback ? Number(fallback[1]) : null;
  }
  if (/^[A-Za-z_$][\w$]*$/.test(expr) && depth < 3) {
    const declared = new RegExp(`(?:^|[\\s;])(?:(?:const|let|var)\\s+)?${expr}\\s*=\\s*([^;\\n]+)`, 'm').exec(source);
    if (declared) return portOf(declared[1] ?? '', source, env, depth + 1);
  }
  return null;
}

const validPort = (port: number | null): port is number => port !== null && port >= 1 && port <= 65535;

/** The arguments of the call that starts at `open` (the index of its `(`), as text, or null when unbalanced. */
function callArguments(source: string, open: number): string[] | null {
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  const args: string[] = [];
  for (let i = open; i < source.length; i += 1) {
    const char = source[i]!;
    if (quote) {
      current += char;
      if (char === '\\') current += source[++i] ?? '';
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      quote = char;
      current += char;
      continue;
    }
    if (char === '(' || char === '[' || char === '{') {
      depth += 1;
      if (depth === 1 && char === '(') continue;
    } else if (char === ')' || char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) {
        args.push(current.trim());
        return args.filter((arg, index) => arg !== '' || index > 0);
      }
    } else if (char === ',' && depth === 1) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------- node

function nodeStack(lines: string[], version: string, requireStack: string[]): LogLine[] {
  const text = [
    'node:internal/modules/cjs/loader:1247',
    '  throw err;',
    '  ^',
    '',
    ...lines,
    '  code: \u0027MODULE_NOT_FOUND\u0027,',
    requireStack.length === 0
      ? '  requireStack: []'
      : `  requireStack: [ ${requireStack.map((path) => `'${path}'`).join(', ')} ]`,
    '}',
    '',
    `Node.js ${version}`,
  ];
  return text.map((line) => ({ stream: 'stderr', text: line }));
}

function findNodeFile(path: string, readFile: AppContext['readFile']): string | null {
  for (const candidate of [path, `${path}.js`, `${path}/index.js`]) if (readFile(candidate) !== null) return candidate;
  return null;
}

function packageInstalled(fromDir: string, name: string, readFile: AppContext['readFile']): boolean {
  let dir = fromDir;
  for (;;) {
    if (readFile(`${dir === '/' ? '' : dir}/node_modules/${name}/package.json`) !== null) return true;
    if (dir === '/') return false;
    dir = dirname(dir);
  }
}

function startNode(script: string, context: AppContext): AppOutcome {
  const wanted = resolvePath(context.workingDir, script);
  const path = findNodeFile(wanted, context.readFile);
  if (path === null) {
    return {
      exitCode: 1,
      server: null,
      logs: nodeStack(
        [
          `Error: Cannot find module '${wanted}'`,
          '    at Function._resolveFilename (node:internal/modules/cjs/loader:1244:15)',
          '    at Function._load (node:internal/modules/cjs/loader:1070:27)',
          '    at TracingChannel.traceSync (node:diagnostics_channel:322:14)',
          '    at wrapModuleLoad (node:internal/modules/cjs/loader:217:24)',
          '    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:170:5)',
          '    at node:internal/main/run_main_module:36:49 {',
        ],
        context.nodeVersion,
        [],
      ),
    };
  }
  const source = context.readFile(path) ?? '';
  const modules = [
    ...source.matchAll(/require\(\s*(['"])([^'"]+)\1\s*\)|^\s*import\s+(?:[\w*{}\s,$]+\s+from\s+)?(['"])([^'"]+)\3/gm),
  ];
  for (const found of modules) {
    const name = found[2] ?? found[4] ?? '';
    const line = source.slice(0, found.index).split('\n').length;
    const missing = (): AppOutcome => ({
      exitCode: 1,
      server: null,
      logs: nodeStack(
        [
          `Error: Cannot find module '${name}'`,
          'Require stack:',
          `- ${path}`,
          '    at Function._resolveFilename (node:internal/modules/cjs/loader:1244:15)',
          '    at Function._load (node:internal/modules/cjs/loader:1070:27)',
          '    at TracingChannel.traceSync (node:diagnostics_channel:322:14)',
          '    at wrapModuleLoad (node:internal/modules/cjs/loader:217:24)',
          '    at Module.require (node:internal/modules/cjs/loader:1335:12)',
          '    at require (node:internal/modules/helpers:136:16)',
          `    at Object.<anonymous> (${path}:${line}:1) {`,
        ],
        context.nodeVersion,
        [path],
      ),
    });
    if (name.startsWith('.') || name.startsWith('/')) {
      if (findNodeFile(resolvePath(dirname(path), name), context.readFile) === null) return missing();
      continue;
    }
    const bare = name.replace(/^node:/, '');
    if (name.startsWith('node:') || NODE_BUILTINS.has(bare.split('/')[0] ?? '')) continue;
    const packageName = bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : (bare.split('/')[0] ?? '');
    if (!packageInstalled(dirname(path), packageName, context.readFile)) return missing();
  }
  const listenAt = source.search(/\.listen\s*\(/);
  if (listenAt === -1) {
    const logs = [...source.matchAll(/console\.(log|error)\(/g)].flatMap((call): LogLine[] => {
      const text = literalAt(source.slice((call.index ?? 0) + call[0].length));
      return text === null ? [] : [{ stream: call[1] === 'error' ? 'stderr' : 'stdout', text }];
    });
    return { logs, exitCode: 0, server: null };
  }
  const args = callArguments(source, source.indexOf('(', listenAt)) ?? [];
  const portName = /^[A-Za-z_$][\w$]*$/.test(args[0] ?? '') ? (args[0] ?? '') : null;
  const port = portOf(args[0] ?? '', source, context.env);
  const host = args[1] !== undefined ? literalAt(args[1]) : null;
  const answer = /res(?:\.status\(\s*\d{3}\s*\))?\.(?:end|send)\(/.exec(source);
  const body = answer ? literalAt(source.slice(answer.index + answer[0].length)) : null;
  if (!validPort(port) || body === null) {
    return {
      logs: [NOT_SIMULATED(validPort(port) ? 'la réponse de ce serveur' : 'le port de ce serveur')],
      server: null,
    };
  }
  const status = /res\.writeHead\(\s*(\d{3})|res\.status\(\s*(\d{3})|res\.statusCode\s*=\s*(\d{3})/.exec(source);
  const vars = new Map<string, string>(portName ? [[portName, String(port)]] : []);
  const logs = [...source.slice(listenAt).matchAll(/console\.(log|error)\(/g)].flatMap((call): LogLine[] => {
    const text = literalAt(source.slice(listenAt + (call.index ?? 0) + call[0].length), vars);
    return text === null ? [] : [{ stream: call[1] === 'error' ? 'stderr' : 'stdout', text }];
  });
  return {
    logs,
    server: {
      port,
      loopbackOnly: host === '127.0.0.1' || host === 'localhost',
      status: Number(status?.[1] ?? status?.[2] ?? status?.[3] ?? 200),
      body,
    },
  };
}

// -------------------------------------------------------------------------------------------------------- python

function startPython(program: string, script: string, context: AppContext): AppOutcome {
  const path = resolvePath(context.workingDir, script);
  const source = context.readFile(path);
  if (source === null) {
    return {
      exitCode: 2,
      server: null,
      logs: [{ stream: 'stderr', text: `${program}: can't open file '${path}': [Errno 2] No such file or directory` }],
    };
  }
  const lines = source.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const found = /^(?:from\s+([A-Za-z_][\w.]*)\s+import\b|import\s+([A-Za-z_][\w.]*))/.exec(line);
    if (!found) continue;
    const name = (found[1] ?? found[2] ?? '').split('.')[0] ?? '';
    if (PYTHON_STDLIB.has(name)) continue;
    if (context.readFile(`/usr/local/lib/python3/site-packages/${name.toLowerCase()}/__init__.py`) !== null) continue;
    return {
      exitCode: 1,
      server: null,
      logs: [
        'Traceback (most recent call last):',
        `  File "${path}", line ${index + 1}, in <module>`,
        `    ${line.trim()}`,
        `ModuleNotFoundError: No module named '${name}'`,
      ].map((text) => ({ stream: 'stderr', text })),
    };
  }
  const flaskRun = /\bapp\.run\(/.exec(source);
  if (/^from\s+flask\s+import\b|^import\s+flask\b/m.test(source) && flaskRun) {
    const args = callArguments(source, flaskRun.index + flaskRun[0].length - 1) ?? [];
    const named = (key: string) => args.find((arg) => new RegExp(`^${key}\\s*=`).test(arg))?.replace(/^\w+\s*=\s*/, '');
    const port = named('port') !== undefined ? portOf(named('port') ?? '', source, context.env) : 5000;
    const hostText = named('host');
    const host = hostText === undefined ? '127.0.0.1' : literalAt(hostText);
    const route = /@app\.(?:route|get)\(\s*['"]\/['"][^)]*\)/.exec(source);
    const returned = route ? /\breturn\s+/.exec(source.slice(route.index)) : null;
    const body = route && returned ? literalAt(source.slice(route.index + returned.index + returned[0].length)) : null;
    if (!validPort(port) || host === null || body === null) {
      return {
        logs: [NOT_SIMULATED(validPort(port) ? 'la réponse de ce serveur' : 'le port de ce serveur')],
        server: null,
      };
    }
    const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.py$/, '');
    const everywhere = host === '0.0.0.0';
    const logs = [
      ` * Serving Flask app '${name}'`,
      ' * Debug mode: off',
      'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
      ...(everywhere
        ? [
            ' * Running on all addresses (0.0.0.0)',
            ` * Running on http://127.0.0.1:${port}`,
            ` * Running on http://{ip}:${port}`,
          ]
        : [` * Running on http://${host}:${port}`]),
      'Press CTRL+C to quit',
    ].map((text): LogLine => ({ stream: 'stderr', text }));
    return { logs, server: { port, loopbackOnly: !everywhere, status: 200, body } };
  }
  const httpServer = /\b(?:Threading)?HTTPServer\(\s*\(/.exec(source);
  if (httpServer) {
    const args = callArguments(source, httpServer.index + httpServer[0].length - 1) ?? [];
    const host = literalAt(args[0] ?? '');
    const port = portOf(args[1] ?? '', source, context.env);
    const write = /self\.wfile\.write\(/.exec(source);
    const body = write ? literalAt(source.slice(write.index + write[0].length)) : null;
    if (!validPort(port) || host === null || body === null) {
      return {
        logs: [NOT_SIMULATED(validPort(port) ? 'la réponse de ce serveur' : 'le port de ce serveur')],
        server: null,
      };
    }
    const status = /self\.send_response\(\s*(\d{3})/.exec(source);
    return {
      logs: [],
      server: {
        port,
        loopbackOnly: host === '127.0.0.1' || host === 'localhost',
        status: Number(status?.[1] ?? 200),
        body,
      },
    };
  }
  return { logs: [NOT_SIMULATED('ce que fait ce programme Python')], server: null };
}

/**
 * What a container's main process does when it is node or python running a file of the container; null when argv is
 * not such a program (a REPL, `-e`, `-m`…): the caller keeps its own behaviour.
 */
export function startApp(argv: readonly string[], context: AppContext): AppOutcome | null {
  const program = argv[0] ?? '';
  const base = program.split('/').pop() ?? '';
  const script = argv[1];
  if (script === undefined || script.startsWith('-')) return null;
  if (base === 'node' || base === 'nodejs') return startNode(script, context);
  if (/^python(?:3(?:\.\d+)?)?$/.test(base)) return startPython(program, script, context);
  return null;
}
