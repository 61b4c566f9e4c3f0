/** cloze: a text with blanks `[[answer|variant]]`, each blank graded on its own. */
import { z } from 'zod';
import { authoredBase, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './cloze';
import { defineAuthoring } from '../question-kind';

export const clozeSegmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('blank'), id: z.string() }),
]);
export type ClozeSegment = z.infer<typeof clozeSegmentSchema>;

export const clozeBlankSchema = z.object({ id: z.string(), answers: z.array(z.string()).min(1) });
export type ClozeBlank = z.infer<typeof clozeBlankSchema>;

export interface ParsedCloze {
  segments: ClozeSegment[];
  blanks: ClozeBlank[];
  /** 0-based indices of blanks without any accepted answer (`[[]]`, `[[ | ]]`). */
  emptyBlanks: number[];
  /** Character offsets (in the text) of each blank's opening `[[`. */
  blankOffsets: number[];
  /** Offset of a `[[` never closed by `]]`, or null. */
  unclosedAt: number | null;
}

/** Splits cloze text into text segments and blanks `b1`, `b2`…; `|` separates accepted answers. */
export function parseClozeText(text: string): ParsedCloze {
  const segments: ClozeSegment[] = [];
  const blanks: ClozeBlank[] = [];
  const emptyBlanks: number[] = [];
  const blankOffsets: number[] = [];
  let unclosedAt: number | null = null;
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('[[', cursor);
    if (open === -1) break;
    const close = text.indexOf(']]', open + 2);
    if (close === -1) {
      unclosedAt = open;
      break;
    }
    if (open > cursor) segments.push({ kind: 'text', text: text.slice(cursor, open) });
    const answers = text
      .slice(open + 2, close)
      .split('|')
      .map((answer) => answer.trim())
      .filter((answer) => answer.length > 0);
    const id = `b${blanks.length + 1}`;
    if (answers.length === 0) emptyBlanks.push(blanks.length);
    blanks.push({ id, answers });
    blankOffsets.push(open);
    segments.push({ kind: 'blank', id });
    cursor = close + 2;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return { segments, blanks, emptyBlanks, blankOffsets, unclosedAt };
}

export const clozeAuthoring = defineAuthoring({
  authored: z.strictObject({ ...authoredBase, type: z.literal('cloze'), text: z.string() }),
  question: z.object({
    ...questionBase,
    type: z.literal('cloze'),
    text: z.string(),
    segments: z.array(clozeSegmentSchema),
    blanks: z.array(clozeBlankSchema),
  }),
  normalise: (authored, base) => {
    const { segments, blanks } = parseClozeText(authored.text);
    return { ...base, type: 'cloze' as const, text: authored.text, segments, blanks };
  },
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: (question, { at, name, report }) => {
    const parsed = parseClozeText(question.text);
    if (parsed.unclosedAt !== null) {
      report.inText(
        at('text'),
        parsed.unclosedAt,
        `Un trou de ${name} n’est pas refermé : terminez-le par \`]]\`, par exemple \`[[overlay2]]\`.`,
      );
    }
    if (parsed.blanks.length === 0 && parsed.unclosedAt === null) {
      report(
        at('text'),
        `Le texte de ${name} ne contient aucun trou : écrivez chaque trou sous la forme \`[[réponse|variante]]\`.`,
      );
    }
    for (const index of parsed.emptyBlanks) {
      report.inText(
        at('text'),
        parsed.blankOffsets[index] ?? 0,
        `Le trou n°${index + 1} de ${name} n’a aucune réponse acceptée : écrivez au moins une réponse entre les crochets, par exemple \`[[overlay2]]\`.`,
      );
    }
  },
  exchange: {
    gift: (question, { title, general, escape }) => {
      if (question.blanks.length !== 1) {
        return {
          skip: `GIFT n’a qu’un trou par question (« missing word ») ; celle-ci en a ${question.blanks.length}`,
        };
      }
      const [blank] = question.blanks;
      const parts = question.segments.map((segment) =>
        segment.kind === 'text'
          ? escape(segment.text)
          : ` {${(blank?.answers ?? []).map((answer) => `=${escape(answer)}`).join(' ')}${general}} `,
      );
      return `${title}[markdown]${escape(question.prompt)}\\n${parts.join('')}`;
    },
    moodleXml: (question, { text, escape }) => {
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
    <name><text>${escape(question.id)}</text></name>
    <questiontext format="markdown">${text(`${question.prompt}\n\n${embedded}`)}</questiontext>
    <generalfeedback format="markdown">${text(question.explanation ?? '')}</generalfeedback>
    <penalty>0</penalty>
    <hidden>0</hidden>
    <idnumber>${escape(question.id)}</idnumber>
  </question>`;
    },
  },
});
