// @vitest-environment node
/**
 * The GIFT question bank read back by an independent GIFT parser (gift-pegjs, MIT) and compared
 * question by question with the course's quizzes; every question the bank leaves out is listed.
 */
import { spawnSync } from 'node:child_process';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { loadCourseQuizzes } from '../../src/build/content/course-quizzes';
import { buildQuestionBank, escapeGift } from '../../src/build/lms/question-bank';
import type { Question } from '../../src/features/quiz/quiz-schema';

const { quizzes } = loadCourseQuizzes(process.cwd());
const bank = buildQuestionBank(quizzes);
const all = quizzes.flatMap(({ quiz }) => quiz.questions.map((question) => ({ quizId: quiz.id, question })));

describe('question bank', () => {
  const parsed = parse(bank.gift).filter((item) => item.type !== 'Category');
  const skippedIds = new Set(
    bank.skipped.filter((item) => item.format === 'GIFT').map((item) => `${item.quizId}/${item.questionId}`),
  );
  const written = all.filter(({ quizId, question }) => !skippedIds.has(`${quizId}/${question.id}`));

  it('writes every question or lists it with a reason, in both formats', () => {
    expect(bank.written.gift + skippedIds.size).toBe(all.length);
    expect(bank.written.xml).toBe(all.length);
    expect(parsed).toHaveLength(written.length);
    for (const item of bank.skipped) {
      expect(item.reason.length).toBeGreaterThan(10);
      expect(['ordering', 'cloze']).toContain(item.type);
    }
    // Every question type of the course is written at least once in GIFT but ordering.
    expect(new Set(written.map(({ question }) => question.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'matching', 'cloze', 'short', 'numeric', 'command']),
    );
    // One category per quiz.
    expect(parse(bank.gift).filter((item) => item.type === 'Category')).toHaveLength(quizzes.length);
  });

  it('reads back, question by question, as the course has them', () => {
    written.forEach(({ question }, index) => {
      const read = parsed[index] as GIFTQuestion & Record<string, unknown>;
      expect(read.title, question.id).toBe(question.id);
      expectSame(question, read);
    });
  });

  it('writes well-formed Moodle XML, one question element per question plus one category per quiz', () => {
    const lint = spawnSync('xmllint', ['--noout', '-'], { input: bank.xml, encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    expect(bank.xml.match(/<question type="/g)).toHaveLength(all.length + quizzes.length);
    expect(bank.xml.match(/<question type="ordering">/g)?.length).toBe(
      all.filter(({ question }) => question.type === 'ordering').length,
    );
  });

  it('escapes GIFT’s special characters', () => {
    expect(escapeGift('a = b ~ c # d { e } f : g \\ h')).toBe('a \\= b \\~ c \\# d \\{ e \\} f \\: g \\\\ h');
    const [question] = parse(
      `::t::[markdown]${escapeGift('Que fait `docker run -p 8080:80` {vraiment} ?')} {=${escapeGift('publier = exposer')}}`,
    );
    expect(question).toMatchObject({ type: 'Short', stem: { text: 'Que fait `docker run -p 8080:80` {vraiment} ?' } });
    expect((question as { choices: { text: { text: string } }[] }).choices[0]?.text.text).toBe('publier = exposer');
  });
});

type Read = GIFTQuestion & Record<string, unknown>;

/** gift-pegjs leaves its placeholder (`&&058;`) for an escaped character in a matching answer: read it as the character. */
const unplaceholder = (text: string) =>
  text.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code)));
interface ReadChoice {
  isCorrect: boolean;
  weight: number | null;
  text: { text: string };
  feedback: { text: string } | null;
}

function expectSame(question: Question, read: Read) {
  const stem = (read.stem as { text: string; format: string }).text;
  const general = (read.globalFeedback as { text: string } | null)?.text ?? null;
  if (question.type !== 'cloze') {
    expect(stem).toBe(
      question.type === 'numeric' && question.unit ? `${question.prompt} (${question.unit})` : question.prompt,
    );
    expect(general).toBe(question.explanation ?? null);
  }
  const choices = (read.choices ?? []) as ReadChoice[];
  switch (question.type) {
    case 'single':
      expect(read.type).toBe('MC');
      expect(choices.map((choice) => [choice.text.text, choice.isCorrect, choice.feedback?.text ?? undefined])).toEqual(
        question.choices.map((choice) => [choice.text, choice.correct, choice.feedback]),
      );
      break;
    case 'multiple': {
      expect(read.type).toBe('MC');
      const share = 100 / question.choices.filter((choice) => choice.correct).length;
      expect(choices.map((choice) => choice.text.text)).toEqual(question.choices.map((choice) => choice.text));
      choices.forEach((choice, index) => {
        expect(choice.weight).toBeCloseTo(question.choices[index]?.correct ? share : -share, 3);
      });
      break;
    }
    case 'truefalse':
      expect(read.type).toBe('TF');
      expect(read.isTrue).toBe(question.answer);
      break;
    case 'matching':
      expect(read.type).toBe('Matching');
      expect(
        (read.matchPairs as { subquestion: { text: string }; subanswer: string }[]).map((pair) => [
          pair.subquestion.text,
          unplaceholder(pair.subanswer),
        ]),
      ).toEqual(question.left.map((left, index) => [left, question.right[index]]));
      break;
    case 'short':
      expect(read.type).toBe('Short');
      expect(choices.map((choice) => choice.text.text)).toEqual(question.answers);
      break;
    case 'command':
      expect(read.type).toBe('Short');
      expect(choices.map((choice) => choice.text.text)).toEqual([question.answer, ...question.alternatives]);
      break;
    case 'numeric': {
      expect(read.type).toBe('Numerical');
      const value = read.choices as { type: string; number: number; range: number };
      expect(value).toMatchObject({ type: 'range', number: question.answer, range: question.tolerance });
      break;
    }
    case 'cloze':
      expect(read.type).toBe('Short');
      expect(read.hasEmbeddedAnswers).toBe(true);
      expect(choices.map((choice) => choice.text.text)).toEqual(question.blanks[0]?.answers);
      break;
    case 'ordering':
      throw new Error('ordering is never written in GIFT');
  }
}
