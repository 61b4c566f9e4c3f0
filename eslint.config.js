import { readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint/local-rules.js';

const featureNames = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Route paths are written once, in the pages table: the other pages' paths as literals are refused.
const pagePaths = [
  ...readFileSync(new URL('src/lib/pages.ts', import.meta.url), 'utf8').matchAll(/path: '\/([^'/]+)'/g),
].map((match) => match[1]);
const pathPattern = `/^\\/(${pagePaths.join('|')})([#/?].*)?$/`;
const routeLiteral = 'Route paths come from src/lib/pages.ts (paths.x.href()).';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-lms',
      'dist-questions',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
      'bench/tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Relative imports are written one way: without the .ts or .tsx extension (eslint/local-rules.js).
    files: ['**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/import-specifier': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Only lib/safe-storage.ts touches localStorage: it never throws.
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Use src/lib/safe-storage.ts.' },
        { object: 'globalThis', property: 'localStorage', message: 'Use src/lib/safe-storage.ts.' },
      ],
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Use src/lib/safe-storage.ts.' }],
    },
  },
  {
    files: ['src/lib/safe-storage.ts', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
  // Imports flow one way: app → features → components/lib. Features never import each other; lib imports no feature.
  ...featureNames.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: featureNames.filter((other) => other !== feature).map((other) => `**/features/${other}/**`),
              message: 'Features do not import each other: compose them in a route (src/app).',
            },
            { group: ['**/app/**'], message: 'Features do not import the app.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/mdx/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/features/**', '**/app/**'], message: 'lib, mdx and components import no feature.' }],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ['src/lib/pages.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${pathPattern}]`, message: routeLiteral },
        { selector: `TemplateElement[value.raw=${pathPattern}]`, message: routeLiteral },
      ],
    },
  },
  // The quiz's authoring (YAML schemas, normalisation, authoring checks and their messages) is build-only: the page
  // may take its types, never its code, so the quiz chunk holds grading and views only.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/build/**',
      'src/**/*.test.{ts,tsx}',
      'src/**/testing/**',
      'src/features/quiz/quiz-schema.ts',
      'src/features/quiz/parse-quiz-source.ts',
      'src/features/quiz/question-kinds/authoring.ts',
      'src/features/quiz/question-kinds/*/authoring.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(quiz-schema|parse-quiz-source|authoring|authoring-parts)(\\.ts)?$',
              allowTypeImports: true,
              message:
                'Quiz authoring is build-only: import its types only (grading and views are in question-kinds/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/build/**/*.ts'],
    plugins: { local },
    rules: {
      // A relative import of a .tsx module is found on disk (specifiers carry no extension).
      'local/no-react-in-build': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '**/*.tsx'], message: 'Build code runs in Node: no React.' },
            { group: ['**/scripts/**'], message: 'The build never imports from scripts/.' },
          ],
        },
      ],
    },
  },
);
