/**
 * Grades one question (dispatching on its type, then applying the hint penalty) and a whole
 * quiz: the quiz score is the mean of the question scores, passed when score × 100 ≥ passMark.
 */
import { questionGrading } from './question-kinds/grading';
import type { QuestionGrading } from './question-kinds/question-kind';
import type { QuestionGrade } from './question-grade';
import type { Question, Quiz } from './quiz-schema';

/** The grading of the question's kind. */
function gradingOf(question: Question): QuestionGrading<Question> {
  return questionGrading[question.type] as QuestionGrading<Question>;
}

/** The type's own grade, before any hint penalty. */
export function gradeAnswer(question: Question, answer: unknown): QuestionGrade {
  return gradingOf(question).grade(question, answer);
}

export function isAnswered(question: Question, answer: unknown): boolean {
  return gradingOf(question).isAnswered(question, answer);
}

export interface GradedQuestion {
  questionId: string;
  /** The type's grade (details, `correct` before hints). */
  grade: QuestionGrade;
  hintsUsed: number;
  /** Share of the points lost to hints, in [0, 1]. */
  penalty: number;
  /** grade.score × (1 − penalty), in [0, 1]: what counts in the quiz score. */
  score: number;
}

/** Share of the points lost after `hintsUsed` hints; never more than all of them. */
export function hintPenaltyFor(hintsUsed: number, hintPenalty: number): number {
  const used = Number.isFinite(hintsUsed) ? Math.max(0, Math.floor(hintsUsed)) : 0;
  const rate = Number.isFinite(hintPenalty) ? Math.min(1, Math.max(0, hintPenalty)) : 0;
  return Math.min(1, used * rate);
}

export function gradeQuestion(
  question: Question,
  answer: unknown,
  hintsUsed: number,
  hintPenalty: number,
): GradedQuestion {
  const grade = gradeAnswer(question, answer);
  const penalty = hintPenaltyFor(hintsUsed, hintPenalty);
  return {
    questionId: question.id,
    grade,
    hintsUsed: Math.max(0, Math.floor(Number.isFinite(hintsUsed) ? hintsUsed : 0)),
    penalty,
    score: Math.min(1, Math.max(0, grade.score * (1 - penalty))),
  };
}

export interface QuizGrade {
  /** Mean of the question scores, in [0, 1]. */
  score: number;
  passed: boolean;
  questionScores: Record<string, number>;
  grades: Record<string, GradedQuestion>;
}

/** score × 100 ≥ passMark, with a little slack for floating point (2/3 × 100 …). */
export function isPassed(score: number, passMark: number): boolean {
  return score * 100 + 1e-9 >= passMark;
}

/** Mean of the given scores over every question of the quiz (a question without a score counts 0). */
export function meanScore(quiz: Quiz, questionScores: Readonly<Record<string, number>>): number {
  if (quiz.questions.length === 0) return 0;
  const total = quiz.questions.reduce((sum, question) => sum + (questionScores[question.id] ?? 0), 0);
  return Math.min(1, Math.max(0, total / quiz.questions.length));
}

export function gradeQuiz(
  quiz: Quiz,
  answers: Readonly<Record<string, unknown>>,
  hintsUsed: Readonly<Record<string, number>>,
): QuizGrade {
  const grades: Record<string, GradedQuestion> = {};
  const questionScores: Record<string, number> = {};
  for (const question of quiz.questions) {
    const graded = gradeQuestion(question, answers[question.id], hintsUsed[question.id] ?? 0, quiz.hintPenalty);
    grades[question.id] = graded;
    questionScores[question.id] = graded.score;
  }
  const score = meanScore(quiz, questionScores);
  return { score, passed: isPassed(score, quiz.passMark), questionScores, grades };
}
