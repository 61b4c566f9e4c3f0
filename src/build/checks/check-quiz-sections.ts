/**
 * A question's `section` names a heading of its own lesson: the quiz links to it
 * (« revoir la section ») when the question is missed, so it must exist.
 */
import { lessonQuizBlocks, lessonsToCheck, quizPosition, type CheckInput } from './check-input';
import type { ContentProblem } from './problems';

export function checkQuizSections(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of lessonsToCheck(input)) {
    const anchors = lesson.analysis.headings.map((heading) => heading.slug);
    for (const block of lessonQuizBlocks(lesson)) {
      for (const question of block.yaml?.questions ?? []) {
        const section = question.section;
        if (!section) continue;
        if (anchors.includes(section.value)) continue;
        problems.push({
          file: lesson.file,
          ...quizPosition(block, section.start),
          message: `La section « ${section.value} » de la question « ${question.id ?? '?'} » n’est l’ancre d’aucun titre de cette leçon : écrivez l’ancre sans #, l’une de ${anchors.length > 0 ? anchors.join(', ') : '(aucun titre)'}.`,
        });
      }
    }
  }
  return problems;
}
