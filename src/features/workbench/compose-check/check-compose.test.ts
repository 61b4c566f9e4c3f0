// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findTypographyIssues, maskCodeSpans } from '../../../build/checks/french-typography';
import { checkCompose } from './check-compose';
import { hostPortsOf, namedVolumeOf } from './reference-rules';

const at = (text: string) =>
  checkCompose(text).map(
    (finding) => `${finding.rule} ${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`,
  );

const good = `name: notes
services:
  web:
    build: .
    image: notes:1.0
    ports:
      - "8080:3000"
      - "127.0.0.1:9229:9229"
    environment:
      DATABASE_URL: postgres://notes@db/notes
    depends_on:
      db:
        condition: service_healthy
    networks: [front, back]
  db:
    image: postgres:17-alpine
    volumes:
      - donnees:/var/lib/postgresql/data
      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U notes"]
      interval: 5s
    networks:
      back:
        aliases: [base]
  proxy:
    image: nginx:1.30-alpine
    ports:
      - "80:80"
      - "443:443/tcp"
      - "443:443/udp"
      - target: 8443
        published: "8443"
volumes:
  donnees:
networks:
  front:
  back:
`;

test.each([
  ['a complete, correct file', good, []],
  ['the obsolete version key', 'version: "3.8"\nservices:\n  web:\n    image: x\n', ['ObsoleteVersion 1:1-1:8']],
  ['an empty file', '', ['EmptyCompose 1:1-1:2']],
  ['a list instead of a mapping', '- web\n', ['SchemaType 1:1-1:6']],
  [
    'an unknown key, pointed at the key',
    'services:\n  web:\n    image: nginx:1.30\n    imag: x\n',
    ['SchemaUnknownKey 4:5-4:9'],
  ],
  ['an unknown top-level key', 'service:\n  web:\n    image: x\n', ['SchemaUnknownKey 1:1-1:8']],
  [
    'a wrong type, pointed at the value',
    'services:\n  web:\n    image: x\n    ports: 8080\n',
    ['SchemaType 4:12-4:16'],
  ],
  ['an invalid service name', 'services:\n  mon web:\n    image: x\n', ['SchemaUnknownKey 2:3-2:10']],
  [
    'an unknown key in a long-syntax port',
    'services:\n  web:\n    image: x\n    ports:\n      - target: 80\n        publshed: 8080\n',
    ['SchemaUnknownKey 6:9-6:17'],
  ],
  [
    'a bad depends_on condition',
    'services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: healthy\n  db:\n    image: y\n',
    ['SchemaEnum 6:20-6:27'],
  ],
  ['an alias to no anchor', 'services:\n  web:\n    image: *nulle\n', ['YamlSyntax 3:12-3:18']],
  ['a YAML tab', 'services:\n\tweb:\n', ['YamlSyntax 2:1-2:2']],
  ['a YAML duplicate key', 'services:\n  web:\n    image: a\n    image: b\n', ['YamlSyntax 4:5-4:6']],
  [
    'an undeclared named volume',
    'services:\n  db:\n    image: x\n    volumes:\n      - donnees:/data\n',
    ['UndeclaredVolume 5:9-5:22'],
  ],
  [
    'an undeclared volume in long syntax',
    'services:\n  db:\n    image: x\n    volumes:\n      - type: volume\n        source: donnees\n        target: /data\n',
    ['UndeclaredVolume 6:17-6:24'],
  ],
  [
    'bind mounts and anonymous volumes need no declaration',
    'services:\n  db:\n    image: x\n    volumes:\n      - ./data:/data\n      - /srv:/srv:ro\n      - /cache\n      - ~/.npm:/root/.npm\n',
    [],
  ],
  [
    'an undeclared network (list)',
    'services:\n  web:\n    image: x\n    networks: [front, default]\n',
    ['UndeclaredNetwork 4:16-4:21'],
  ],
  [
    'an undeclared network (mapping), pointed at its key',
    'services:\n  web:\n    image: x\n    networks:\n      back: {}\n',
    ['UndeclaredNetwork 5:7-5:11'],
  ],
  [
    'depends_on naming no service',
    'services:\n  web:\n    image: x\n    depends_on: [bd]\n  db:\n    image: y\n',
    ['UnknownDependency 4:18-4:20'],
  ],
  [
    'depends_on naming itself',
    'services:\n  web:\n    image: x\n    depends_on:\n      web:\n        condition: service_started\n',
    ['SelfDependency 5:7-5:10'],
  ],
  [
    'service_healthy without a healthcheck',
    'services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: y\n',
    ['HealthcheckMissing 6:20-6:35'],
  ],
  [
    'service_healthy on a disabled healthcheck',
    'services:\n  web:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: y\n    healthcheck:\n      disable: true\n',
    ['HealthcheckMissing 6:20-6:35'],
  ],
  [
    'the same host port twice',
    'services:\n  a:\n    image: x\n    ports: ["8080:80"]\n  b:\n    image: y\n    ports: ["8080:3000"]\n',
    ['DuplicateHostPort 7:13-7:24'],
  ],
  [
    'a port inside a published range',
    'services:\n  a:\n    image: x\n    ports: ["8000-8010:8000-8010"]\n  b:\n    image: y\n    ports:\n      - "127.0.0.1:8005:80"\n',
    ['DuplicateHostPort 8:9-8:28'],
  ],
  [
    'a port long syntax against short syntax',
    'services:\n  a:\n    image: x\n    ports: ["5432:5432"]\n  b:\n    image: y\n    ports:\n      - target: 5432\n        published: 5432\n',
    ['DuplicateHostPort 8:9-8:21'],
  ],
  [
    'same port, other protocol or other address',
    'services:\n  a:\n    image: x\n    ports: ["53:53/udp", "127.0.0.1:8080:80"]\n  b:\n    image: y\n    ports: ["53:53", "127.0.0.2:8080:80", "80"]\n',
    [],
  ],
  [
    'variables are left to docker compose',
    'services:\n  a:\n    image: x\n    ports: ["${PORT}:80"]\n  b:\n    image: y\n    ports: ["${PORT}:80"]\n',
    [],
  ],
  [
    'a merge key with an anchor',
    'x-base: &base\n  image: x\n  restart: always\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n    ports: ["80:80"]\n',
    [],
  ],
])('%s', (_label, text, expected) => {
  expect(at(text)).toEqual(expected);
});

test.each([
  ['donnees:/data', 'donnees'],
  ['donnees:/data:ro', 'donnees'],
  ['./data:/data', null],
  ['/srv:/srv', null],
  ['/cache', null],
  ['C:\\data:/data', null],
  ['~/x:/x', null],
  ['v:/v', 'v'],
])('the named volume of %j is %j', (mount, volume) => {
  expect(namedVolumeOf(mount)).toBe(volume);
});

test.each([
  ['8080:80', { ip: '', ports: [8080], protocol: 'tcp' }],
  ['127.0.0.1:8080:80', { ip: '127.0.0.1', ports: [8080], protocol: 'tcp' }],
  ['[::1]:8080:80/udp', { ip: '::1', ports: [8080], protocol: 'udp' }],
  ['9000-9002:9000-9002', { ip: '', ports: [9000, 9001, 9002], protocol: 'tcp' }],
  ['127.0.0.1::80', null],
  ['80', null],
  [80, null],
  [
    { target: 80, published: '8080', protocol: 'udp' },
    { ip: '', ports: [8080], protocol: 'udp' },
  ],
  [{ target: 80 }, null],
])('the host ports of %j are %j', (entry, expected) => {
  expect(hostPortsOf(entry)).toEqual(expected);
});

test('the course’s own compose files are clean', () => {
  const found: string[] = [];
  for (const module of ['conteneurisation', 'observabilite']) {
    const folder = new URL(`../../../../content/${module}/`, import.meta.url);
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.mdx'))) {
      const source = readFileSync(new URL(name, folder), 'utf8');
      // Whole files only: « (extrait) », « (ajouts) » and « (à compléter) » are fragments.
      const pattern = /^```yaml title="(compose(?:\.override)?\.yaml)"\n([\s\S]*?)^```/gm;
      for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
        found.push(`${name} ${match[1]}`);
        expect(checkCompose(match[2]!), `${module}/${name}`).toEqual([]);
      }
    }
  }
  expect(found.length).toBeGreaterThanOrEqual(5);
});

test('every message is a French sentence with the house typography, and links a lesson', () => {
  const broken = [
    'version: "3"\nservices:\n  web:\n    imag: x\n    ports: 80\n    depends_on: [web, bd]\n    volumes: ["v:/v"]\n    networks: [n]\n  db:\n    image: y\n    restart: 3\n',
    'services:\n\tweb:\n',
    '',
    'services: "\\q"\n',
    'services: {}\n---\nservices: {}\n',
    'services: @web\n',
    'services:\n  web:\n    image: x\n   ports: []\n',
    'services:\n  web:\n    image: *nulle\n',
    'x: &a [*a]\n',
    'services:\n  a:\n    image: x\n    ports: ["80:80"]\n  b:\n    image: x\n    ports: ["80:80"]\n    depends_on:\n      a:\n        condition: service_healthy\n',
  ];
  const findings = broken.flatMap((text) => checkCompose(text));
  expect(new Set(findings.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(9);
  for (const finding of findings) {
    expect(findTypographyIssues(finding.message, { mask: maskCodeSpans(finding.message) }), finding.message).toEqual(
      [],
    );
    expect(finding.lesson, finding.rule).toBeDefined();
  }
});

test('any text gives findings inside the text and never throws', () => {
  const composeish = fc.array(
    fc.oneof(
      fc.constantFrom(
        'services:',
        'web:',
        'image:',
        'ports:',
        'volumes:',
        'networks:',
        'depends_on:',
        '- ',
        '"80:80"',
        '&a',
        '*a',
        '<<:',
      ),
      fc.constantFrom('\n', '  ', '\t', ':', '[', ']', '{', '}', '"', "'", '#', '---', '8080:80', '${X}'),
      fc.string(),
    ),
    { maxLength: 50 },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        composeish.map((parts) => parts.join('')),
        fc.string(),
      ),
      (text) => {
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const finding of checkCompose(text)) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.endLine).toBeLessThanOrEqual(lines + 1);
          expect(finding.rule).not.toBe('CheckFailed');
        }
      },
    ),
    { numRuns: 300 },
  );
});
