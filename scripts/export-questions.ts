/**
 * `npm run export:questions`: every quiz of the course as a question bank for an LMS, in
 * dist-questions/: cours-docker.gift (GIFT) and cours-docker.xml (Moodle XML). The questions a
 * format cannot hold are listed, with the reason (src/build/lms/question-bank.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourseQuizzes } from '../src/build/content/course-quizzes';
import { buildQuestionBank } from '../src/build/lms/question-bank';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist-questions');
const { quizzes } = loadCourseQuizzes(root);
const bank = buildQuestionBank(quizzes);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'cours-docker.gift'), bank.gift);
writeFileSync(join(outDir, 'cours-docker.xml'), bank.xml);
const total = quizzes.reduce((sum, entry) => sum + entry.quiz.questions.length, 0);
console.log(`dist-questions/cours-docker.gift  ${bank.written.gift} questions sur ${total}`);
console.log(`dist-questions/cours-docker.xml   ${bank.written.xml} questions sur ${total}`);
if (bank.skipped.length > 0) {
  console.log(`\nQuestions laissées de côté (${bank.skipped.length}) :`);
  for (const item of bank.skipped) {
    console.log(`  ${item.format}  ${item.quizId} / ${item.questionId} (${item.type}) : ${item.reason}`);
  }
}
