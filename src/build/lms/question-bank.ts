/**
 * The course's quizzes as question banks for an LMS (`npm run export:questions`): GIFT and Moodle
 * XML. Each of the nine question types is mapped where the format has an equivalent; a question
 * that cannot be written is listed in `skipped` with the reason, never dropped silently.
 *
 * | type       | GIFT                                   | Moodle XML                     |
 * | ---------- | -------------------------------------- | ------------------------------ |
 * | single     | multiple choice, one right answer      | multichoice (single)           |
 * | multiple   | multiple choice with weights ±100/n    | multichoice (multiple, ±100/n) |
 * | truefalse  | true/false                             | truefalse                      |
 * | ordering   | none: skipped                          | ordering (standard since 4.4)  |
 * | matching   | matching                               | matching                       |
 * | cloze      | missing word if one blank, else skipped | cloze (embedded answers)      |
 * | short      | short answer, every accepted answer    | shortanswer                    |
 * | numeric    | numerical, answer:tolerance            | numerical with tolerance       |
 * | command    | short answer (exact text only)         | shortanswer (exact text only)  |
 *
 * `command` loses the course's leniency (option order, long/short flags): only the written
 * answer and its alternatives are accepted by the LMS. Text is written in Markdown (the quizzes'
 * inline markup is Markdown's: `code`, **bold**, *italic*).
 *
 * Each kind writes itself (`exchange` in question-kinds/<kind>/authoring.ts) from the pieces and the
 * escaping given here: nothing here switches on the kind.
 */
import type { z } from 'zod';
import { questionAuthoring } from '../../features/quiz/question-kinds/authoring';
import type { QuestionAuthoring, QuestionExchange } from '../../features/quiz/question-kinds/question-kind';
import type { Question } from '../../features/quiz/quiz-schema';
import type { CourseQuiz } from '../content/course-quizzes';
import { escapeXml } from './lms-manifests';

export interface SkippedQuestion {
  quizId: string;
  questionId: string;
  type: Question['type'];
  format: 'GIFT' | 'Moodle XML';
  reason: string;
}

export interface QuestionBank {
  gift: string;
  xml: string;
  /** Questions written, per format. */
  written: { gift: number; xml: number };
  skipped: SkippedQuestion[];
}

/** GIFT's special characters, escaped with a backslash. */
export function escapeGift(text: string): string {
  return text.replace(/[~=#{}:\\]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

/** A Moodle grade fraction (percent), as Moodle lists them: up to 5 decimals. */
export function fraction(percent: number): string {
  return String(Math.round(percent * 100_000) / 100_000);
}

/** A kind's own part of the formats, from its authoring (question-kinds/<kind>/authoring.ts). */
function exchangeOf(question: Question): QuestionExchange<Question> {
  return (
    questionAuthoring[question.type] as unknown as QuestionAuthoring<z.ZodType<{ type: string }>, z.ZodType<Question>>
  ).exchange;
}

function giftQuestion(question: Question): string | { skip: string } {
  return exchangeOf(question).gift(question, {
    title: `::${escapeGift(question.id)}::`,
    stem: `[markdown]${escapeGift(question.prompt)}`,
    general: question.explanation ? `####${escapeGift(question.explanation)}` : '',
    feedback: (text) => (text ? `#${escapeGift(text)}` : ''),
    escape: escapeGift,
    fraction,
  });
}

const text = (value: string) => `<text>${escapeXml(value)}</text>`;

function xmlQuestion(question: Question): string {
  const head = (type: string) => `  <question type="${type}">
    <name><text>${escapeXml(question.id)}</text></name>
    <questiontext format="markdown">${text(question.prompt)}</questiontext>
    <generalfeedback format="markdown">${text(question.explanation ?? '')}</generalfeedback>
    <defaultgrade>1</defaultgrade>
    <penalty>0</penalty>
    <hidden>0</hidden>
    <idnumber>${escapeXml(question.id)}</idnumber>`;
  const answer = (percent: number, value: string, feedbackText = '', extra = '') =>
    `    <answer fraction="${fraction(percent)}" format="markdown">${text(value)}<feedback format="markdown">${text(feedbackText)}</feedback>${extra}</answer>`;
  return exchangeOf(question).moodleXml(question, { head, answer, text, escape: escapeXml });
}

export function buildQuestionBank(quizzes: readonly CourseQuiz[]): QuestionBank {
  const gift: string[] = [
    '// Banque de questions du cours Docker (cours-docker), format GIFT.',
    '// Écrite par npm run export:questions ; chaque quiz est une catégorie.',
    '',
  ];
  const xml: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  const skipped: SkippedQuestion[] = [];
  const written = { gift: 0, xml: 0 };
  for (const { module, quiz } of quizzes) {
    const category = `cours-docker/${module.slug}/${quiz.id}`;
    gift.push(`$CATEGORY: $course$/${category}`, '');
    xml.push(
      `  <question type="category"><category><text>$course$/${escapeXml(category)}</text></category></question>`,
    );
    for (const question of quiz.questions) {
      const giftText = giftQuestion(question);
      if (typeof giftText === 'string') {
        gift.push(giftText, '');
        written.gift += 1;
      } else {
        skipped.push({
          quizId: quiz.id,
          questionId: question.id,
          type: question.type,
          format: 'GIFT',
          reason: giftText.skip,
        });
      }
      xml.push(xmlQuestion(question));
      written.xml += 1;
    }
  }
  xml.push('</quiz>', '');
  return { gift: gift.join('\n'), xml: xml.join('\n'), written, skipped };
}
