// @vitest-environment node
import { it } from 'vitest';
import { loadCourseQuizzes } from '../../src/build/course-quizzes';
import { expectedAnswer } from '../../src/features/quiz/grade-quiz';
it('probe', () => {
  const c = loadCourseQuizzes(process.cwd());
  const q = c.quizzes[3]!.quiz;
  console.log(q.id, q.mode, JSON.stringify(q.questions.map((x) => [x.id, x.type, expectedAnswer(x)])));
  let ids = 0, ans = 0, n = 0;
  for (const { quiz } of c.quizzes) for (const x of quiz.questions) { n++; ids += x.id.length; ans += JSON.stringify(expectedAnswer(x)).length; }
  console.log({ n, ids, ans, quizzes: c.quizzes.length });
});
