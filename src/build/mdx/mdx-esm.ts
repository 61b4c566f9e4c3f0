/**
 * `import name from "source"` as an MDX ESM node, with the estree MDX compiles it from. The
 * same node serves the Markdown tree (remark) and the HTML tree (rehype).
 */
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';

export function defaultImport(localName: string, source: string): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: `import ${localName} from ${JSON.stringify(source)}`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: localName } }],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
            attributes: [],
          },
        ],
      },
    },
  };
}
