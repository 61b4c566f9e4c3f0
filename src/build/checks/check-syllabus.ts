/**
 * Syllabus coverage: every topic of `content/syllabus.yaml` is taught by at least
 * one published lesson (its `topics`), every topic a lesson or a question names
 * exists in the syllabus, and a lesson that teaches topics has a quiz to check them.
 * Skipped when the syllabus is absent or invalid (the loader reports the latter).
 */
import { frontmatterPosition, lessonQuizBlocks, quizPosition, type CheckInput } from './check-input';
import type { ContentProblem } from './problems';
import { salvageUnloadedLessons } from './salvage';
import { parseLocatedYaml } from '../content/yaml-locate';

const SYLLABUS = 'content/syllabus.yaml';

export function checkSyllabus(input: CheckInput): ContentProblem[] {
  const { content } = input;
  const problems: ContentProblem[] = [];

  for (const lesson of content.lessons) {
    if (lesson.meta.topics.length > 0 && lesson.analysis.quizBlocks.length === 0) {
      problems.push({
        file: lesson.file,
        ...frontmatterPosition(lesson, ['topics']),
        message:
          'Cette leçon enseigne des sujets du programme (topics) mais n’a aucun quiz : ajoutez un bloc ```quiz en fin de leçon, ou videz topics.',
      });
    }
  }

  const syllabus = content.syllabus;
  if (!syllabus) return problems;
  const topicIds = new Set(syllabus.modules.flatMap((module) => module.topics.map((topic) => topic.id)));
  const known = [...topicIds].join(', ');

  const taught = new Map<string, 'published' | 'draft'>();
  for (const lesson of content.lessons) {
    lesson.meta.topics.forEach((topic, index) => {
      if (!topicIds.has(topic)) {
        problems.push({
          file: lesson.file,
          ...frontmatterPosition(lesson, ['topics', index]),
          message: `Le sujet « ${topic} » n’existe pas dans ${SYLLABUS} : utilisez l’un de ${known}.`,
        });
      } else if (!lesson.meta.draft) {
        taught.set(topic, 'published');
      } else if (!taught.has(topic)) {
        taught.set(topic, 'draft');
      }
    });
    for (const block of lessonQuizBlocks(lesson)) {
      for (const question of block.yaml?.questions ?? []) {
        for (const topic of question.topics) {
          if (topicIds.has(topic.value)) continue;
          problems.push({
            file: lesson.file,
            ...quizPosition(block, topic.start),
            message: `Le sujet « ${topic.value} » de la question « ${question.id ?? '?'} » n’existe pas dans ${SYLLABUS} : utilisez l’un de ${known}.`,
          });
        }
      }
    }
  }

  // A lesson the loader rejected still counts for coverage: its own error is already reported.
  for (const salvaged of salvageUnloadedLessons(input)) {
    for (const topic of salvaged.topics) taught.set(topic, 'published');
  }

  const located = parseLocatedYaml(input.sources.get(SYLLABUS) ?? '');
  syllabus.modules.forEach((module, moduleIndex) => {
    module.topics.forEach((topic, topicIndex) => {
      const state = taught.get(topic.id);
      if (state === 'published') return;
      problems.push({
        file: SYLLABUS,
        ...located.locate(['modules', moduleIndex, 'topics', topicIndex, 'id']),
        message:
          state === 'draft'
            ? `Le sujet « ${topic.id} » (${topic.title}) n’est enseigné que par des leçons brouillons : publiez l’une d’elles ou ajoutez ${topic.id} aux topics d’une leçon publiée.`
            : `Le sujet « ${topic.id} » (${topic.title}) n’est enseigné par aucune leçon : ajoutez ${topic.id} aux topics de la leçon qui le traite.`,
      });
    });
  });
  return problems;
}
