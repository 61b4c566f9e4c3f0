/**
 * A test LMS for the packages of dist-lms/: an HTTP server that serves each package from its zip
 * (read with src/build/lms/zip.ts, CRCs checked), scorm-again as the LMS-side SCORM runtime, and a
 * host page that plays the LMS: it creates the API object, launches the package in a frame,
 * records the commits, and keeps the CMI data when the package ends its session.
 *
 * For cmi5, the same server answers under /lrs/ with the LRS a test sets (`setLrs`). It is a real
 * HTTP endpoint on purpose, not `page.route`: the course sends its last requests (the state, the
 * `terminated` statement) while its frame is being removed, and Playwright drops a routed request
 * whose frame it has already seen detached (the handler is never called, the request never leaves),
 * so a stub in `page.route` lost them now and then. The browser itself keeps such `keepalive`
 * requests going after the frame is gone, as it would towards a real LRS.
 */
import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join } from 'node:path';
import { readZip } from '../../src/build/lms/zip';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.woff2': 'font/woff2',
};

const HOST_PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>LMS de test</title><link rel="icon" href="data:,">
<script src="/vendor/scorm12.js"></script><script src="/vendor/scorm2004.js"></script><script src="/host/host.js"></script>
</head>
<body><main><h1>LMS de test</h1><div id="slot"></div></main></body>
</html>`;

/** Runs in the host page: `launch(standard, saved)` starts a session, `closeCourse()` unloads the frame. */
const HOST_SCRIPT = `
window.lms = { commits: 0, finished: false, saved: null, values: {} };
window.launch = function (standard, saved) {
  const scorm12 = standard === 'scorm12';
  const api = scorm12 ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
  if (saved) {
    api.loadFromJSON(saved);
  } else if (scorm12) {
    api.loadFromJSON({ core: { student_id: 'apprenant-7', student_name: 'Martin, Camille' }, student_data: { mastery_score: '70' } });
  } else {
    api.loadFromJSON({ learner_id: 'apprenant-7', learner_name: 'Camille Martin', scaled_passing_score: '0.7' });
  }
  if (saved) { if (scorm12) api.cmi.core.entry = 'resume'; else api.cmi.entry = 'resume'; }
  window.lms = { commits: 0, finished: false, saved: null, values: {} };
  api.on(scorm12 ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', function (element, value) { window.lms.values[element] = value; });
  api.on(scorm12 ? 'LMSCommit' : 'Commit', function () { window.lms.commits += 1; });
  api.on(scorm12 ? 'LMSFinish' : 'Terminate', function () {
    window.lms.finished = true;
    window.lms.saved = JSON.parse(JSON.stringify(api.renderCMIToJSONObject()));
  });
  if (scorm12) window.API = api; else window.API_1484_11 = api;
  const frame = document.createElement('iframe');
  frame.title = 'Cours';
  frame.style.width = '100%';
  frame.style.height = '90vh';
  frame.src = '/pkg/' + standard + '/index.html?lancement=' + Date.now();
  document.getElementById('slot').replaceChildren(frame);
};
window.launchUrl = function (url) {
  const frame = document.createElement('iframe');
  frame.title = 'Cours';
  frame.style.width = '100%';
  frame.style.height = '90vh';
  frame.src = url;
  document.getElementById('slot').replaceChildren(frame);
};
window.closeCourse = function () { document.querySelector('iframe').remove(); };
`;

/** A request to the test LRS, its body read in full. Header names are lower case. */
export interface LrsRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The LRS's answer: a status, with a JSON body (a value, or a text kept as it was received) or none. */
export interface LrsReply {
  status: number;
  json?: unknown;
  jsonText?: string;
}

export type LrsHandler = (request: LrsRequest) => LrsReply;

export interface LmsHost {
  server: Server;
  /** Sets the LRS that answers under /lrs/ (null: none, every /lrs/ request gets a 404). */
  setLrs: (handler: LrsHandler | null) => void;
}

export function startLmsHost(port: number, root: string): Promise<LmsHost> {
  const packages = new Map<string, Map<string, Buffer>>();
  for (const standard of ['scorm12', 'scorm2004', 'cmi5']) {
    const entries = readZip(readFileSync(join(root, 'dist-lms', `cours-docker-${standard}.zip`)));
    packages.set(standard, new Map(entries.map((entry) => [entry.name, entry.data])));
  }
  const vendor = (file: string) => readFileSync(join(root, 'node_modules', 'scorm-again', 'dist', file));
  const fixed = new Map<string, Buffer>([
    ['/host/lms.html', Buffer.from(HOST_PAGE)],
    ['/host/host.js', Buffer.from(HOST_SCRIPT)],
    ['/vendor/scorm12.js', vendor('scorm12.min.js')],
    ['/vendor/scorm2004.js', vendor('scorm2004.min.js')],
  ]);
  let lrs: LrsHandler | null = null;
  const answerLrs = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      let reply: LrsReply;
      try {
        reply = lrs?.({
          method: request.method ?? 'GET',
          url,
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }) ?? { status: 404 };
      } catch (error) {
        reply = { status: 500, json: { error: String(error) } };
      }
      const text = reply.jsonText ?? (reply.json === undefined ? undefined : JSON.stringify(reply.json));
      if (text === undefined) response.writeHead(reply.status).end();
      else response.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(text);
    });
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const { pathname } = url;
    if (pathname.startsWith('/lrs/')) {
      answerLrs(request, response, url);
      return;
    }
    let body = fixed.get(pathname);
    const match = /^\/pkg\/([^/]+)\/(.*)$/.exec(pathname);
    if (!body && match) body = packages.get(match[1] ?? '')?.get(decodeURIComponent(match[2] ?? ''));
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(pathname)] ?? 'application/octet-stream' }).end(body);
  });
  const setLrs = (handler: LrsHandler | null) => {
    lrs = handler;
  };
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, setLrs })));
}
