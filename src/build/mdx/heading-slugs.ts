/**
 * Heading anchors, computed one way for the outline, the rendered page,
 * the search index and the link checker, so `#anchor` links always agree.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface SluggedHeading {
  node: Heading;
  depth: number;
  text: string;
  slug: string;
}

export function slugHeadings(tree: Root): SluggedHeading[] {
  const slugger = new GithubSlugger();
  const headings: SluggedHeading[] = [];
  visit(tree, 'heading', (node) => {
    const text = toString(node).trim();
    headings.push({ node, depth: node.depth, text, slug: slugger.slug(text) });
  });
  return headings;
}
