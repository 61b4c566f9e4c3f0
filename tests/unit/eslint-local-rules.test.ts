// @vitest-environment node
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import local from '../../eslint/local-rules.js';

// RuleTester runs its cases as Vitest tests.
Object.assign(RuleTester, { afterAll, describe, it, itOnly: it.only });

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

tester.run('import-specifier', local.rules['import-specifier'], {
  valid: [
    "import { merge } from './merge';",
    "import { quizSchema } from '../quiz/quiz-schema';",
    "export { parse } from './parse';",
    "import './quiz.css';",
    "import data from './fixtures/progress-v1.json';",
    "import { z } from 'zod';",
    "const view = import('../features/quiz/quiz-view');",
  ],
  invalid: [
    {
      code: "import { merge } from './merge.ts';",
      output: "import { merge } from './merge';",
      errors: [{ messageId: 'extension' }],
    },
    {
      code: "export { parse } from '../docker-cli/parse.ts';",
      output: "export { parse } from '../docker-cli/parse';",
      errors: [{ messageId: 'extension' }],
    },
    {
      code: "export * from './views.tsx';",
      output: "export * from './views';",
      errors: [{ messageId: 'extension' }],
    },
    {
      code: "const view = import('./quiz-view.tsx');",
      output: "const view = import('./quiz-view');",
      errors: [{ messageId: 'extension' }],
    },
  ],
});

// Resolved from this test's folder: tests/unit → src/features/quiz holds quiz-view.tsx and quiz-schema.ts.
const filename = new URL('./build-file.ts', import.meta.url).pathname;
tester.run('no-react-in-build', local.rules['no-react-in-build'], {
  valid: [
    { code: "import { quizSchema } from '../../src/features/quiz/quiz-schema';", filename },
    { code: "import { z } from 'zod';", filename },
  ],
  invalid: [
    {
      code: "import { QuizView } from '../../src/features/quiz/quiz-view';",
      filename,
      errors: [{ messageId: 'react' }],
    },
    {
      code: "import { QuizView } from '../../src/features/quiz/quiz-view.tsx';",
      filename,
      errors: [{ messageId: 'react' }],
    },
  ],
});
