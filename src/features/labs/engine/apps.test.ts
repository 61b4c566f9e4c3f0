/**
 * The labs' small apps run in the engine when their image is built: the port and the answer read from the source
 * (apps.ts), node's and python's own errors when the file or a dependency is missing, and an honest note for what
 * the model does not read.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from './index';
import { startApp } from './apps';

const SERVER_JS = `const http = require('node:http');
const PORT = process.env.PORT || 3000;
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Bonjour depuis le conteneur\\n');
});
server.listen(PORT, () => {
  console.log(\`Serveur prêt sur le port \${PORT}\`);
});
`;

const NODE_FILES = {
  Dockerfile:
    'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n',
  'package.json': '{"name":"monapp","version":"1.0.0"}\n',
  'server.js': SERVER_JS,
};

describe('a node app built from the learner’s Dockerfile', () => {
  test('runs, prints its start line, and answers on the published port from the host and from another container', () => {
    const engine = createEngine({ images: ['node:22-alpine', 'alpine:3.20'], hostFiles: NODE_FILES });
    expect(engine.run('docker build -t monapp .').exitCode).toBe(0);
    expect(engine.run('docker run -d --name web -p 8080:3000 monapp').exitCode).toBe(0);
    expect(engine.run('curl localhost:8080').stdout).toBe('Bonjour depuis le conteneur\n');
    expect(engine.run('docker logs web').stdout).toBe('Serveur prêt sur le port 3000\n');
    expect(engine.view().http(null, 'http://localhost:8080/')).toEqual({
      ok: true,
      status: 200,
      body: 'Bonjour depuis le conteneur\n',
    });
    engine.run('docker network create labnet');
    engine.run('docker run -d --name api --network labnet -e PORT=4000 monapp');
    expect(engine.run('docker run --rm --network labnet alpine:3.20 wget -qO- http://api:4000').stdout).toBe(
      'Bonjour depuis le conteneur\n',
    );
    // Nothing listens on 3000 once PORT says 4000.
    expect(engine.view().http('api', 'http://localhost:3000/').ok).toBe(false);
  });

  test('a CMD naming a file that is not there: node’s error, exit code 1', () => {
    const engine = createEngine({
      images: ['node:22-alpine'],
      hostFiles: { ...NODE_FILES, Dockerfile: NODE_FILES.Dockerfile.replace('"server.js"', '"src/server.js"') },
    });
    engine.run('docker build -t monapp .');
    engine.run('docker run -d --name web -p 8080:3000 monapp');
    const web = engine.view().containers.find((c) => c.name === 'web');
    expect(web?.status).toBe('exited');
    expect(web?.exitCode).toBe(1);
    const logs = engine.run('docker logs web').stderr;
    expect(logs).toContain("Error: Cannot find module '/app/src/server.js'\n");
    expect(logs).toContain("  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v22.18.0\n");
    expect(engine.run('curl localhost:8080').stderr).toMatch(/^curl: \(7\) Failed to connect to localhost port 8080/);
  });

  test('a package required but never installed: Cannot find module with its require stack', () => {
    const engine = createEngine({
      images: ['node:22-alpine'],
      hostFiles: {
        Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
        'server.js':
          "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n",
      },
    });
    engine.run('docker build -t monapp .');
    engine.run('docker run --name web monapp');
    const logs = engine.run('docker logs web').stderr;
    expect(logs).toContain("Error: Cannot find module 'express'\nRequire stack:\n- /app/server.js\n");
    expect(logs).toContain("requireStack: [ '/app/server.js' ]");
    expect(engine.view().containers[0]?.exitCode).toBe(1);
  });

  test('express installed by npm ci answers; the image’s entrypoint hands a .js to node', () => {
    const engine = createEngine({
      images: ['node:22-alpine'],
      hostFiles: {
        Dockerfile:
          'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["server.js"]\n',
        'package.json': '{"dependencies":{"express":"4.21.2"}}\n',
        'package-lock.json': '{"lockfileVersion":3}\n',
        'server.js':
          "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.status(200).send('Salut'));\napp.listen(8000, '127.0.0.1');\n",
      },
    });
    engine.run('docker build -t monapp .');
    engine.run('docker run -d --name web -p 8000:8000 monapp');
    expect(engine.view().containers[0]?.status).toBe('running');
    // Bound to 127.0.0.1: not reachable through the published port, only from inside.
    expect(engine.view().http(null, 'http://localhost:8000/').ok).toBe(false);
    expect(engine.view().http('web', 'http://localhost:8000/')).toEqual({ ok: true, status: 200, body: 'Salut' });
  });

  test('a command the image does not have: node’s entrypoint hands it to node; without an entrypoint, Docker refuses it', () => {
    const engine = createEngine({
      images: ['node:22-alpine', 'python:3.13-slim'],
      hostFiles: { ...NODE_FILES, Dockerfile: NODE_FILES.Dockerfile.replace('"node"', '"nodejs18"') },
    });
    engine.run('docker build -t monapp .');
    // docker-entrypoint.sh: a first argument that is not a command is given to node.
    engine.run('docker run --name web monapp');
    expect(engine.run('docker logs web').stderr).toContain("Error: Cannot find module '/app/nodejs18'\n");
    engine.run('docker rm web');
    engine.writeHostFiles({ Dockerfile: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD ["pyhton", "app.py"]\n' });
    engine.run('docker build -t pyapp .');
    const result = engine.run('docker run -d pyapp');
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toContain('exec: "pyhton": executable file not found in $PATH');
  });
});

describe('a python app', () => {
  const FLASK = {
    Dockerfile:
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
    'requirements.txt': 'flask==3.1.2\n',
    'app.py':
      "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route('/')\ndef accueil():\n    return 'Bonjour de Flask'\n\nif __name__ == '__main__':\n    app.run(host='0.0.0.0', port=5000)\n",
  };

  test('Flask on 0.0.0.0 answers through the published port and prints Flask’s start lines', () => {
    const engine = createEngine({ images: ['python:3.13-slim'], hostFiles: FLASK });
    expect(engine.run('docker build -t monapp .').exitCode).toBe(0);
    engine.run('docker run -d --name web -p 8080:5000 monapp');
    expect(engine.run('curl -s localhost:8080').stdout).toBe('Bonjour de Flask');
    const logs = engine.run('docker logs web').stderr;
    expect(logs).toContain(" * Serving Flask app 'app'\n");
    expect(logs).toContain(
      ' * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://172.17.0.2:5000\n',
    );
  });

  test('Flask left on its default host listens on the loopback only; a missing module or file fails like python', () => {
    const engine = createEngine({
      images: ['python:3.13-slim'],
      hostFiles: { ...FLASK, 'app.py': FLASK['app.py'].replace("host='0.0.0.0', ", '') },
    });
    engine.run('docker build -t monapp .');
    engine.run('docker run -d --name web -p 8080:5000 monapp');
    expect(engine.view().http(null, 'http://localhost:8080/').ok).toBe(false);
    expect(engine.run('docker logs web').stderr).toContain(' * Running on http://127.0.0.1:5000\n');

    const bare = createEngine({
      images: ['python:3.13-slim'],
      hostFiles: { ...FLASK, Dockerfile: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n' },
    });
    bare.run('docker build -t monapp .');
    bare.run('docker run --name web monapp');
    expect(bare.run('docker logs web').stderr).toBe(
      'Traceback (most recent call last):\n  File "/app/app.py", line 1, in <module>\n    from flask import Flask\nModuleNotFoundError: No module named \'flask\'\n',
    );
    expect(bare.view().containers[0]?.exitCode).toBe(1);
    bare.run('docker run --name other monapp python3 main.py');
    expect(bare.run('docker logs other').stderr).toBe(
      "python3: can't open file '/app/main.py': [Errno 2] No such file or directory\n",
    );
    expect(bare.view().containers.find((c) => c.name === 'other')?.exitCode).toBe(2);
  });
});

describe('startApp (the source model)', () => {
  const context = (files: Record<string, string>, env: Record<string, string> = {}) => ({
    workingDir: '/app',
    env: new Map(Object.entries(env)),
    readFile: (path: string) => files[path] ?? null,
    nodeVersion: 'v22.18.0',
  });

  test('http.server: the port, the answer and its status', () => {
    const source =
      "from http.server import HTTPServer, BaseHTTPRequestHandler\nimport os\nPORT = int(os.environ.get('PORT', 8000))\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        self.send_response(200)\n        self.end_headers()\n        self.wfile.write(b'pong')\nHTTPServer(('', PORT), H).serve_forever()\n";
    expect(startApp(['python3', 'app.py'], context({ '/app/app.py': source }))?.server).toEqual({
      port: 8000,
      loopbackOnly: false,
      status: 200,
      body: 'pong',
    });
    expect(startApp(['python3', 'app.py'], context({ '/app/app.py': source }, { PORT: '9000' }))?.server?.port).toBe(
      9000,
    );
  });

  test('what the model cannot read runs without listening and says so; a script exits 0; REPLs are not apps', () => {
    const odd = startApp(['node', 'server.js'], context({ '/app/server.js': 'app.listen(config.port);\n' }));
    expect(odd?.server).toBeNull();
    expect(odd?.exitCode).toBeUndefined();
    expect(odd?.logs[0]?.text).toMatch(/^\(Lab\u00a0: le moteur simulé ne sait pas lire le port de ce serveur/);
    const script = startApp(['node', 'hello'], context({ '/app/hello.js': 'console.log("bonjour");\n' }));
    expect(script).toEqual({ exitCode: 0, server: null, logs: [{ stream: 'stdout', text: 'bonjour' }] });
    expect(startApp(['node'], context({}))).toBeNull();
    expect(startApp(['python3', '-m', 'http.server'], context({}))).toBeNull();
    expect(startApp(['sh', 'server.js'], context({}))).toBeNull();
  });
});
