/**
 * The languages a lesson's code block may name, in one place: the highlighter
 * (rehype-code.ts) loads and resolves them, the content checker (check-code-blocks.ts)
 * accepts exactly them. Kept apart from the highlighter so the checker never loads shiki.
 */

/** The languages the authoring guide offers, in its order. */
export const guideLanguages = ['dockerfile', 'yaml', 'json', 'shell', 'promql', 'text', 'ini', 'nginx', 'php'] as const;

/** Grammars loaded into the highlighter (promql has its own grammar; text is shown as is). */
export const highlightedLanguages = [
  'dockerfile',
  'yaml',
  'json',
  'shellsession',
  'bash',
  'ini',
  'nginx',
  'php',
  'javascript',
  'typescript',
  'html',
  'python',
  'toml',
  'diff',
  'xml',
  'sql',
] as const;

/** Other names authors write, and the grammar each one means. */
export const languageAliases: Readonly<Record<string, string>> = {
  sh: 'bash',
  shell: 'bash',
  console: 'shellsession',
  yml: 'yaml',
  docker: 'dockerfile',
  js: 'javascript',
  ts: 'typescript',
};

/** Every language a code block may name: the guide's first, then the highlighter's and the aliases. */
export const codeLanguages: readonly string[] = [
  ...new Set<string>([...guideLanguages, ...highlightedLanguages, ...Object.keys(languageAliases)]),
];
