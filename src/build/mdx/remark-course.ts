/**
 * The MDX transforms that make a lesson out of an instructor's file:
 * heading anchors, ```quiz and ```lab blocks turned into the quiz and lab components
 * (validated here, with the line), `<Diagram name>` turned into an import of the diagram
 * (so it lands in the lesson's chunk only), and `<Terme id>` given its
 * definition (so a lesson never loads the whole glossary). The compiled lesson
 * exports its component and nothing else, so React Fast Refresh can update it in
 * place; its table of contents and objectives travel in the module that wraps it
 * (course-plugin.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { defaultImport } from './mdx-esm';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseLabSource } from '../../features/labs/parse-lab-source';
import { findingsFor } from '../../features/workbench/editor/file-kind';
import { labSourceOptions } from '../content/lab-options';
import type { Glossary } from '../content/content-schema';
import { slugHeadings } from './heading-slugs';
import { parseQuizOnce } from './parsed-lessons';

/** The `Lab` component, beside the diagrams' folder (src/diagrams → src/app/routes/lesson-lab.tsx). */
const LAB_MODULE = '../app/routes/lesson-lab.tsx';
const LAB_COMPONENT = 'CourseLab';

export interface RemarkCourseOptions {
  diagramsDir: string;
  getGlossary: () => Glossary;
}

function stringAttribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null {
  const attribute = node.attributes.find(
    (candidate): candidate is MdxJsxAttribute => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof attribute?.value === 'string' ? attribute.value : null;
}

export function remarkCourse(options: RemarkCourseOptions) {
  return (tree: Root, file: VFile) => {
    const headings = slugHeadings(tree);
    for (const heading of headings) {
      heading.node.data = {
        ...heading.node.data,
        hProperties: { ...heading.node.data?.hProperties, id: heading.slug },
      };
    }

    let hasLab = false;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'lab' || parent === undefined || index === undefined) return;
      const { lab, errors } = parseLabSource(node.value, labSourceOptions);
      const first = errors[0];
      if (first || !lab) {
        const line = (node.position?.start.line ?? 1) + (first?.line ?? 1);
        file.fail(first?.message ?? 'lab illisible', { line, column: first?.column ?? 1 });
      }
      // A workbench lab's shell shows the findings on its starting files, found here: the page needs no checker
      // until the editor runs, and the editor, finding the same, replaces the shell without moving anything.
      const editorFiles = lab?.editor ?? [];
      const findings = Object.fromEntries(
        editorFiles.map((path) => [path, findingsFor(path, lab?.setup.hostFiles[path] ?? '')]),
      );
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: LAB_COMPONENT,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(lab) },
          ...(editorFiles.length > 0
            ? [{ type: 'mdxJsxAttribute' as const, name: 'findings', value: JSON.stringify(findings) }]
            : []),
        ],
        children: [],
      };
      parent.children.splice(index, 1, element);
      hasLab = true;
    });
    // The lab's component (and its shell) is imported by the lessons with a lab only: no other page loads it.
    if (hasLab) tree.children.unshift(defaultImport(LAB_COMPONENT, join(options.diagramsDir, LAB_MODULE)));

    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'quiz' || parent === undefined || index === undefined) return;
      const { quiz, errors } = parseQuizOnce(node.value);
      const first = errors[0];
      if (first || !quiz) {
        const line = (node.position?.start.line ?? 1) + (first?.line ?? 1);
        file.fail(first?.message ?? 'quiz illisible', { line, column: first?.column ?? 1 });
      }
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Quiz',
        attributes: [{ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(quiz) }],
        children: [],
      };
      parent.children.splice(index, 1, element);
    });

    const imports = new Map<string, string>();
    const glossary = options.getGlossary();
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node;
      const place = element.position?.start;
      if (element.name === 'Diagram') {
        const name = stringAttribute(element, 'name');
        const path = name ? join(options.diagramsDir, `${name}.tsx`) : null;
        if (!name || !path || !existsSync(path)) {
          file.fail(`le schéma « ${name ?? ''} » n’existe pas (src/diagrams/${name ?? '?'}.tsx).`, place);
        }
        const localName = `Diagram_${name.replace(/[^a-zA-Z0-9]/g, '_')}`;
        imports.set(localName, path);
        element.name = localName;
        element.attributes = [];
      } else if (element.name === 'Terme') {
        const id = stringAttribute(element, 'id');
        const entry = glossary.find((candidate) => candidate.id === id);
        if (!entry) file.fail(`le terme « ${id ?? ''} » n’est pas dans content/glossary.yaml.`, place);
        element.attributes.push(
          { type: 'mdxJsxAttribute', name: 'term', value: entry.term },
          { type: 'mdxJsxAttribute', name: 'definition', value: entry.definition },
        );
      }
    });
    tree.children.unshift(...[...imports].map(([localName, path]) => defaultImport(localName, path)));
  };
}
