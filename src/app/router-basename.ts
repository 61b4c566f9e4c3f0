/**
 * The router's basename: the deploy's base path without its trailing slash (`/cours-docker`),
 * or `/`. The prerender (entry-server.tsx) and the browser (main.tsx) must agree on it, or
 * hydration would not match.
 */
export const routerBasename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
