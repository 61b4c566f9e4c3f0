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
 */
import type { Question } from '../../features/quiz/quiz-schema.ts';
import type { CourseQuiz } from '../content/course-quizzes.ts';
import { escapeXml } from './lms-manifests.ts';

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

function giftQuestion(question: Question): string | { skip: string } {
  const title = `::${escapeGift(question.id)}::`;
  const stem = `[markdown]${escapeGift(question.prompt)}`;
  const general = question.explanation ? `####${escapeGift(question.explanation)}` : '';
  const feedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');
  switch (question.type) {
    case 'single':
      return `${title}${stem} {\n${question.choices
        .map((choice) => `  ${choice.correct ? '=' : '~'}${escapeGift(choice.text)}${feedback(choice.feedback)}`)
        .join('\n')}\n  ${general}\n}`;
    case 'multiple': {
      const share = 100 / question.choices.filter((choice) => choice.correct).length;
      return `${title}${stem} {\n${question.choices
        .map(
          (choice) =>
            `  ~%${fraction(choice.correct ? share : -share)}%${escapeGift(choice.text)}${feedback(choice.feedback)}`,
        )
        .join('\n')}\n  ${general}\n}`;
    }
    case 'truefalse':
      return `${title}${stem} {${question.answer ? 'TRUE' : 'FALSE'}${general}}`;
    case 'matching':
      return `${title}${stem} {\n${question.left
        .map((left, index) => `  =${escapeGift(left)} -> ${escapeGift(question.right[index] ?? '')}`)
        .join('\n')}\n  ${general}\n}`;
    case 'short':
      return `${title}${stem} {${question.answers.map((answer) => `=${escapeGift(answer)}`).join(' ')}${general}}`;
    case 'command':
      return `${title}${stem} {${[question.answer, ...question.alternatives].map((answer) => `=${escapeGift(answer)}`).join(' ')}${general}}`;
    case 'numeric':
      return `${title}${stem}${question.unit ? ` (${escapeGift(question.unit)})` : ''} {#${question.answer}:${question.tolerance}${general}}`;
    case 'cloze': {
      if (question.blanks.length !== 1) {
        return {
          skip: `GIFT n’a qu’un trou par question (« missing word ») ; celle-ci en a ${question.blanks.length}`,
        };
      }
      const [blank] = question.blanks;
      const parts = question.segments.map((segment) =>
        segment.kind === 'text'
          ? escapeGift(segment.text)
          : ` {${(blank?.answers ?? []).map((answer) => `=${escapeGift(answer)}`).join(' ')}${general}} `,
      );
      return `${title}[markdown]${escapeGift(question.prompt)}\\n${parts.join('')}`;
    }
    case 'ordering':
      return { skip: 'GIFT n’a pas de question à remettre dans l’ordre' };
  }
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
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const single = question.type === 'single';
      const share = 100 / question.choices.filter((choice) => choice.correct).length;
      return `${head('multichoice')}
    <single>${single}</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
${question.choices.map((choice) => answer(choice.correct ? (single ? 100 : share) : single ? 0 : -share, choice.text, choice.feedback)).join('\n')}
  </question>`;
    }
    case 'truefalse':
      return `${head('truefalse')}
${answer(question.answer ? 100 : 0, 'true')}
${answer(question.answer ? 0 : 100, 'false')}
  </question>`;
    case 'ordering':
      return `${head('ordering')}
    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <gradingtype>ABSOLUTE_POSITION</gradingtype>
${question.items.map((item, index) => `    <answer fraction="${index + 1}" format="markdown">${text(item)}</answer>`).join('\n')}
  </question>`;
    case 'matching':
      return `${head('matching')}
    <shuffleanswers>true</shuffleanswers>
${question.left
  .map(
    (left, index) =>
      `    <subquestion format="markdown">${text(left)}<answer><text>${escapeXml(question.right[index] ?? '')}</text></answer></subquestion>`,
  )
  .join('\n')}
  </question>`;
    case 'short':
    case 'command': {
      const answers = question.type === 'short' ? question.answers : [question.answer, ...question.alternatives];
      return `${head('shortanswer')}
    <usecase>0</usecase>
${answers.map((value) => answer(100, value)).join('\n')}
  </question>`;
    }
    case 'numeric':
      return `${head('numerical')}
${answer(100, String(question.answer), '', `<tolerance>${question.tolerance}</tolerance>`)}
${question.unit ? `    <units><unit><multiplier>1</multiplier><unit_name>${escapeXml(question.unit)}</unit_name></unit></units>` : ''}
  </question>`;
    case 'cloze': {
      const embedded = question.segments
        .map((segment) => {
          if (segment.kind === 'text') return segment.text.replace(/[{}]/g, (char) => `\\${char}`);
          const blank = question.blanks.find((item) => item.id === segment.id);
          const answers = (blank?.answers ?? []).map(
            (value) => `=${value.replace(/[~=#{}}:\\/]/g, (char) => `\\${char}`)}`,
          );
          return `{1:SHORTANSWER:${answers.join('~')}}`;
        })
        .join('');
      return `  <question type="cloze">
    <name><text>${escapeXml(question.id)}</text></name>
    <questiontext format="markdown">${text(`${question.prompt}\n\n${embedded}`)}</questiontext>
    <generalfeedback format="markdown">${text(question.explanation ?? '')}</generalfeedback>
    <penalty>0</penalty>
    <hidden>0</hidden>
    <idnumber>${escapeXml(question.id)}</idnumber>
  </question>`;
    }
  }
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
