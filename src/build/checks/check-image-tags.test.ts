// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkImageTags, findImageReferences } from './check-image-tags';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

const found = (text: string) => findImageReferences(text).map(({ repository, tag }) => `${repository}:${tag}`);

test.each([
  ['FROM node:24-alpine AS build', ['node:24-alpine']],
  ['    image: redis:8-alpine', ['redis:8-alpine']],
  ['$ docker run -d --name web -p 8080:80 nginx:1.30-alpine', ['nginx:1.30-alpine']],
  ['Le nom complet est `docker.io/library/nginx:1.30-alpine`.', ['nginx:1.30-alpine']],
  ['$ docker push localhost:5000/vitrine:1.0', ['localhost:5000/vitrine:1.0']],
  ['FROM gcr.io/distroless/static-debian13:nonroot@sha256:1c2c04', ['gcr.io/distroless/static-debian13:nonroot']],
  ['container_memory{image="redis:8-alpine",name="tp4-redis-1"}', ['redis:8-alpine']],
  ['$ docker run -d --name cache -m 256m redis:8', ['redis:8']],
  ['    image: postgres:17', ['postgres:17']],
])('%s names an image', (text, expected) => {
  expect(found(text)).toEqual(expected);
});

test.each([
  // hosts and ports, outside a line that names an image
  'fastcgi_pass php:9000;',
  'ouvrez http://localhost:8080 dans le navigateur',
  'targets: ["cadvisor:8080"]',
  // ports, addresses, times, digests
  '$ docker run -p 8080:80 -p 127.0.0.1:9090:9090 nginx',
  '[12/Mar/2026:10:42:07 +0000] "GET / HTTP/1.1"',
  'Digest: sha256:65645c7bb6a0661892a8b03b89d0743208a18dd2f3f17a54ef4b76fb8e2f2a10',
  'DNAT tcp -- 0.0.0.0/0 0.0.0.0/0 tcp dpt:8080 to:172.17.0.2:80',
  // users, mounts and option values
  'USER nonroot:nonroot',
  '$ docker run --user node:node -v data:/var/lib/data --network container:web nginx',
  '$ docker run --security-opt no-new-privileges:true nginx',
  'COPY --chown=app:app . .',
  '`-v nom:chemin` monte un volume nommé',
  // a variable, a word ending in an accented letter, a YAML key
  'FROM node:${NODE_VERSION}-alpine',
  'le port de l’hôte:port du conteneur',
  'nginx: master process nginx -g daemon off;',
])('%s names no image', (text) => {
  expect(found(text)).toEqual([]);
});

const component = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const tag = fc.stringMatching(/^[0-9][0-9a-z]{0,3}(?:[.-][0-9a-z]{1,6}){0,2}[a-z]$/);

test('a reference written in a FROM line is found whole, with Docker Hub’s default prefix removed', () => {
  fc.assert(
    fc.property(fc.array(component, { minLength: 1, maxLength: 3 }), tag, fc.boolean(), (parts, version, hub) => {
      const repository = parts.join('/');
      const written = hub && parts.length === 1 ? `docker.io/library/${repository}` : repository;
      expect(found(`FROM ${written}:${version} AS build`)).toEqual([`${repository}:${version}`]);
    }),
  );
});

test('two versions of one image across lessons: the odd one is reported at its place, against the most used one', () => {
  const input = checkInputFor({
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      body: '## A\n\n```shell\n$ docker run -d redis:8-alpine\n$ docker pull redis:8-alpine\n```\n',
    }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: '## B\n\nLancez `redis:7.4-alpine`.\n' }),
  });
  expect(checkImageTags(input).map(formatProblem)).toEqual([
    'content/demo/b.mdx:14:9  L’image « redis » est ici en version « 7.4-alpine », mais le cours utilise « redis:8-alpine » (2 fois, d’abord content/demo/a.mdx:15) : gardez une seule version par image dans tout le cours, ou, si la leçon montre exprès plusieurs versions, ajoutez « redis » à severalImageTags dans son en-tête.',
  ]);
});

test('severalImageTags lets a lesson show several versions on purpose, and is reported once it no longer does', () => {
  const withOptOut = (body: string) =>
    lessonFile({ id: 'demo-b', order: 2, body }).replace('topics: []', 'topics: []\nseveralImageTags: [nginx]');
  const course = (body: string) =>
    checkInputFor({
      'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: '## A\n\n`nginx:1.30-alpine`\n' }),
      'content/demo/b.mdx': withOptOut(body),
    });
  expect(checkImageTags(course('## B\n\n`nginx:1.27-alpine` a vieilli ; `nginx:latest` bouge.\n'))).toEqual([]);
  expect(checkImageTags(course('## B\n\nSeulement `nginx:1.30-alpine`.\n')).map(formatProblem)).toEqual([
    'content/demo/b.mdx:10:20  severalImageTags liste « nginx », mais la leçon n’écrit cette image que dans la version du cours : retirez « nginx » de la liste.',
  ]);
  expect(checkImageTags(course('## B\n\nAucune image.\n')).map(formatProblem)).toEqual([
    'content/demo/b.mdx:10:20  severalImageTags liste « nginx », mais la leçon n’écrit cette image nulle part : retirez « nginx » de la liste.',
  ]);
});
