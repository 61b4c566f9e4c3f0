/**
 * The course's Content-Security-Policy: the one public/_headers and deploy/nginx.conf carry, and
 * what a build may add to it (the sha256 hashes of its pages' inline head script and styles).
 */
import { createHash } from 'node:crypto';
import { expect } from './fixtures';

export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

const HASH = /^'sha256-[A-Za-z0-9+/]+={0,2}'$/;

function directives(policy: string): string[][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((sources) => sources[0]);
}

/** The sources a policy adds to STRICT_POLICY's script-src and style-src; fails if it changes anything else. */
export function expectStrictPolicy(policy: string | null | undefined): { scripts: string[]; styles: string[] } {
  expect(policy).toBeTruthy();
  const strict = directives(STRICT_POLICY);
  const actual = directives(policy ?? '');
  expect(actual.map((sources) => sources[0])).toEqual(strict.map((sources) => sources[0]));
  const added: Record<string, string[]> = {};
  strict.forEach((sources, index) => {
    const got = actual[index]!;
    expect(got.slice(0, sources.length)).toEqual(sources);
    const extra = got.slice(sources.length);
    if (sources[0] === 'script-src' || sources[0] === 'style-src') {
      for (const source of extra) expect(source).toMatch(HASH);
    } else {
      expect(extra).toEqual([]);
    }
    added[sources[0]!] = extra;
  });
  expect(policy).not.toMatch(/unsafe/);
  return { scripts: added['script-src'] ?? [], styles: added['style-src'] ?? [] };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes a page's inline <script> and <style> elements need, computed here independently of the build. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/\ssrc=/.test(match[1] ?? ''))
    .map((match) => sha256(match[2]!));
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[2]!));
  return { scripts, styles };
}
