/**
 * The search index as a Vite plugin. At build time it reads the course
 * (search-sections.ts), builds the MiniSearch index and emits it as a hashed
 * JSON asset (`assets/search-index-<hash>.json`); in development the dev
 * server serves it, rebuilt after any change under `content/`. The app learns
 * the URL from `virtual:search-index` and fetches it only when search is opened,
 * so the index never weighs on a page load.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { createSearchIndex, serialiseSearchIndex } from '../../features/search/search-index';
import type { CourseSource } from '../content/course-source';
import { collectSearchDocuments } from './search-sections';

const VIRTUAL_ID = 'virtual:search-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_FILE = 'search-index.json';

interface BuiltIndex {
  json: string;
  hash: string;
}

export function searchIndexPlugin(options: { source: CourseSource }): Plugin {
  let base = '/';
  let isBuild = false;
  /** The prerender's server build: pages render without the index, so it is not built twice. */
  let isServerBuild = false;
  let built: BuiltIndex | null = null;

  const buildIndex = (): BuiltIndex => {
    if (built) return built;
    const { cache } = options.source;
    const documents = collectSearchDocuments(options.source.current());
    // The same documents give the same index: an unchanged course skips MiniSearch's work.
    const documentsKey = JSON.stringify(documents);
    let json = cache.read<string>('search-index', documentsKey);
    if (json === undefined) {
      json = serialiseSearchIndex(createSearchIndex(documents));
      cache.write('search-index', documentsKey, json);
    }
    built = { json, hash: createHash('sha256').update(json).digest('base64url').slice(0, 10) };
    return built;
  };

  return {
    name: 'cours-docker:search-index',
    configResolved(config) {
      base = config.base;
      isBuild = config.command === 'build';
      isServerBuild = Boolean(config.build.ssr);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      if (!isBuild) return `export const searchIndexUrl = ${JSON.stringify(`${base}${DEV_FILE}`)};`;
      if (isServerBuild) return 'export const searchIndexUrl = "";';
      const { json, hash } = buildIndex();
      const fileName = `assets/search-index-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source: json });
      return `export const searchIndexUrl = ${JSON.stringify(`${base}${fileName}`)};`;
    },
    configureServer(server) {
      // The course plugin reloads the course on any change under content/: the index follows.
      options.source.onReload(() => {
        built = null;
      });
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (pathname !== `${base}${DEV_FILE}` && pathname !== `/${DEV_FILE}`) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.setHeader('Cache-Control', 'no-cache');
        response.end(buildIndex().json);
      });
    },
  };
}
