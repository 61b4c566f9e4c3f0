/** The base path the site is served under (`BASE_PATH`), always with a leading and trailing slash. */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '/').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}
