/**
 * `npm run check:content [-- <root>] [-- --update-known-ids]`: checks the whole content
 * tree and prints every problem as `file:line:col  message`, then a count; exits 1
 * on any problem. With `--update-known-ids`, first rewrites content/known-ids.json
 * with the current lesson and quiz ids (refused while other problems remain).
 */
import { resolve } from 'node:path';
import { projectBuildCache } from '../src/build/shared/build-cache';
import { checkContentOnce, updateKnownIds } from '../src/build/checks/content-checks';
import { keepProseScans } from '../src/build/checks/prose-scan';
import { formatProblemReport } from '../src/build/checks/problems';

const args = process.argv.slice(2);
const update = args.includes('--update-known-ids');
const rootArg = args.find((arg) => !arg.startsWith('--'));
const root = resolve(rootArg ?? '.');

if (update) {
  const result = updateKnownIds(root);
  if (!result.written) {
    console.error(formatProblemReport(result.problems));
    console.error('content/known-ids.json n’a pas été mis à jour : corrigez d’abord les problèmes ci-dessus.');
    process.exit(1);
  }
  const { lessons, quizzes, labs = [] } = result.ids;
  console.log(
    `content/known-ids.json mis à jour\u00a0: ${lessons.length} ids de leçons, ${quizzes.length} ids de quiz, ${labs.length} ids de labs.`,
  );
}

// The lessons' analyses and prose readings come from the build cache when their text has not
// changed (a lesson parsed for its analysis gives its prose from the same parse); the whole check
// is skipped when nothing has changed since the last clean run.
keepProseScans();
const { summary, problems, unchanged } = checkContentOnce(root, projectBuildCache(root));
if (problems.length > 0) {
  console.error(formatProblemReport(problems));
  process.exit(1);
}
console.log(
  `Contenu vérifié\u00a0: ${summary.lessons} leçons, ${summary.quizzes} quiz, ${summary.labs} labs, ${summary.terms} termes, aucun problème${unchanged ? ' (rien n’a changé depuis la dernière vérification)' : ''}.`,
);
