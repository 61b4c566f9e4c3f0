/**
 * The project's own ESLint rules, small and without dependencies.
 *
 * - `import-specifier`: a relative import names its module without the `.ts` or `.tsx` extension
 *   (`'./merge'`, not `'./merge.ts'`): one way, the one most files already used. Fixable.
 * - `no-react-in-build`: a relative import that resolves to a `.tsx` file (React) is refused;
 *   for src/build, which runs in Node (the specifier carries no extension to match a pattern on).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** The string literal naming the module of an import, export or `import()`, if any. */
function sourceOf(node) {
  const source = node.source;
  return source && source.type === 'Literal' && typeof source.value === 'string' ? source : null;
}

function onSources(check) {
  const visit = (node) => {
    const source = sourceOf(node);
    if (source) check(source);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const TS_EXTENSION = /\.tsx?$/;

const importSpecifier = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { description: 'Relative imports name their module without the .ts or .tsx extension.' },
    messages: { extension: 'Write the import without its extension: {{ wanted }}.' },
    schema: [],
  },
  create(context) {
    return onSources((source) => {
      const value = source.value;
      if (!value.startsWith('.') || !TS_EXTENSION.test(value)) return;
      const wanted = value.replace(TS_EXTENSION, '');
      context.report({
        node: source,
        messageId: 'extension',
        data: { wanted: `'${wanted}'` },
        fix: (fixer) => fixer.replaceText(source, `'${wanted}'`),
      });
    });
  },
};

const noReactInBuild = {
  meta: {
    type: 'problem',
    docs: { description: 'Build code runs in Node: no import of a .tsx module.' },
    messages: { react: 'Build code runs in Node: no React ({{ file }} is a .tsx module).' },
    schema: [],
  },
  create(context) {
    const directory = dirname(context.filename);
    return onSources((source) => {
      const value = source.value;
      if (!value.startsWith('.')) return;
      const target = resolve(directory, value);
      const file = value.endsWith('.tsx') ? target : existsSync(`${target}.tsx`) ? `${target}.tsx` : null;
      if (file) context.report({ node: source, messageId: 'react', data: { file: value } });
    });
  },
};

export default { rules: { 'import-specifier': importSpecifier, 'no-react-in-build': noReactInBuild } };
