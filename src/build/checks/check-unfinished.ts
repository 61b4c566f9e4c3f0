/**
 * A published lesson (no `draft: true`) is finished: none of the sample text that
 * `npm run new:lesson` writes is left, and each quiz has at least the number of
 * questions the authoring guide asks for (docs/authoring.md, the `questions` field).
 * Drafts are exempt: that is what a lesson being written is.
 */
import type { CheckInput } from './check-input';
import { positionInFile } from './check-input';
import { TEMPLATE_PLACEHOLDERS } from '../content/lesson-template';
import type { ContentProblem } from './problems';
import type { LessonMeta } from '../../lib/course-types';

/** The fewest questions a quiz of each kind of page has; a practice page has no minimum beyond one. */
export const QUIZ_MINIMUM: Readonly<Record<LessonMeta['kind'], number>> = {
  lesson: 4,
  practice: 1,
  assessment: 12,
};

const IN_KIND: Record<LessonMeta['kind'], string> = {
  lesson: 'dans une leçon',
  practice: 'dans une séance d’exercices',
  assessment: 'dans une évaluation',
};

const NB = '\u00a0';
const LEAVE_AS_DRAFT = 'ou gardez draft: true dans l’en-tête tant que la leçon n’est pas prête';

export function checkUnfinished(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of input.content.lessons) {
    if (lesson.meta.draft) continue;
    const source = input.sources.get(lesson.file) ?? '';
    for (const placeholder of TEMPLATE_PLACEHOLDERS) {
      for (let at = source.indexOf(placeholder); at !== -1; at = source.indexOf(placeholder, at + 1)) {
        problems.push({
          file: lesson.file,
          ...positionInFile(input, lesson.file, at),
          message: `Le texte «${NB}${placeholder.replace(/\s*[:?]$/, '')}${NB}» vient du modèle de npm run new:lesson${NB}: remplacez-le par le vôtre, ${LEAVE_AS_DRAFT}.`,
        });
      }
    }
    const minimum = QUIZ_MINIMUM[lesson.meta.kind];
    for (const quiz of lesson.quizzes) {
      if (quiz.questionCount >= minimum && quiz.askedCount >= minimum) continue;
      if (quiz.questionCount >= minimum) {
        // A pool large enough, but each attempt asks fewer questions than the page needs.
        problems.push({
          file: lesson.file,
          line: quiz.line + 1,
          column: 1,
          message: `Le quiz «${NB}${quiz.id}${NB}» ne tire que ${quiz.askedCount} question${quiz.askedCount > 1 ? 's' : ''} (\`draw\`)${NB}: il en faut au moins ${minimum} ${IN_KIND[lesson.meta.kind]} (docs/authoring.md). Augmentez \`draw\`, ou retirez-le pour poser toutes les questions.`,
        });
        continue;
      }
      problems.push({
        file: lesson.file,
        line: quiz.line + 1,
        column: 1,
        message: `Le quiz «${NB}${quiz.id}${NB}» n’a que ${quiz.questionCount} question${quiz.questionCount > 1 ? 's' : ''}${NB}: il en faut au moins ${minimum} ${IN_KIND[lesson.meta.kind]} (docs/authoring.md). Ajoutez des questions, ${LEAVE_AS_DRAFT}.`,
      });
    }
  }
  return problems;
}
