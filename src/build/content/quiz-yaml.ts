/**
 * Reads a ```quiz block's YAML with the position of every field a learner reads
 * (prompts, choices, feedback, explanations, hints, items, pairs, cloze text) and
 * of each question's `section` and `topics`, so checks can point at the exact
 * line. Validation of the quiz itself belongs to the quiz parser; this reading
 * only locates strings, and gives up quietly on YAML the parser already rejects.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface LocatedString {
  /** Field path, e.g. `questions[2].choices[0].feedback`. */
  field: string;
  value: string;
  /** Offsets of the scalar in the block's source. */
  start: number;
  end: number;
  /** Ranges of the value that are not prose (cloze blanks). */
  mask: [number, number][];
}

export interface QuizQuestionRefs {
  id: string | null;
  section: LocatedString | null;
  topics: LocatedString[];
}

export interface QuizYaml {
  id: string | null;
  /** Where the quiz's `id` value is written, when it is a string. */
  idString: LocatedString | null;
  /** The quiz's `previousIds` entries that are strings (its former ids), located. */
  previousIds: LocatedString[];
  strings: LocatedString[];
  questions: QuizQuestionRefs[];
  /** 1-based line and column, inside the block, of an offset. */
  positionOf: (offset: number) => { line: number; column: number };
}

const questionTextFields = ['prompt', 'explanation', 'text'] as const;
const questionListFields = ['hints', 'items', 'left', 'right'] as const;

function locatedString(node: unknown, field: string): LocatedString | null {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return null;
  return { field, value: node.value, start: node.range[0], end: node.range[1], mask: [] };
}

function clozeBlanks(text: string): [number, number][] {
  return [...text.matchAll(/\[\[[\s\S]*?\]\]/g)].map((match) => [match.index, match.index + match[0].length]);
}

function scalarString(node: unknown): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

function readQuestion(node: Node, index: number, strings: LocatedString[]): QuizQuestionRefs {
  const refs: QuizQuestionRefs = { id: null, section: null, topics: [] };
  if (!isMap(node)) return refs;
  const base = `questions[${index}]`;
  refs.id = scalarString(node.get('id', true));
  const isCloze = scalarString(node.get('type', true)) === 'cloze';
  for (const key of questionTextFields) {
    if (key === 'text' && !isCloze) continue;
    const located = locatedString(node.get(key, true), `${base}.${key}`);
    if (!located) continue;
    if (key === 'text') located.mask = clozeBlanks(located.value);
    strings.push(located);
  }
  for (const key of questionListFields) {
    const list = node.get(key, true);
    if (!isSeq(list)) continue;
    list.items.forEach((item, itemIndex) => {
      const located = locatedString(item, `${base}.${key}[${itemIndex}]`);
      if (located) strings.push(located);
    });
  }
  const choices = node.get('choices', true);
  if (isSeq(choices)) {
    choices.items.forEach((choice, choiceIndex) => {
      if (!isMap(choice)) return;
      for (const key of ['text', 'feedback']) {
        const located = locatedString(choice.get(key, true), `${base}.choices[${choiceIndex}].${key}`);
        if (located) strings.push(located);
      }
    });
  }
  refs.section = locatedString(node.get('section', true), `${base}.section`);
  const topics = node.get('topics', true);
  if (isSeq(topics)) {
    topics.items.forEach((topic, topicIndex) => {
      const located = locatedString(topic, `${base}.topics[${topicIndex}]`);
      if (located) refs.topics.push(located);
    });
  }
  return refs;
}

export function readQuizYaml(source: string): QuizYaml | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return null;
  const root = doc.contents;
  const strings: LocatedString[] = [];
  const title = locatedString(root.get('title', true), 'title');
  if (title) strings.push(title);
  const questionsNode = root.get('questions', true);
  const questions = isSeq(questionsNode)
    ? questionsNode.items.map((question, index) => readQuestion(question as Node, index, strings))
    : [];
  const previousIdsNode = root.get('previousIds', true);
  const previousIds = isSeq(previousIdsNode)
    ? previousIdsNode.items.flatMap((item, index) => locatedString(item, `previousIds[${index}]`) ?? [])
    : [];
  return {
    id: scalarString(root.get('id', true)),
    idString: locatedString(root.get('id', true), 'id'),
    previousIds,
    strings,
    questions,
    positionOf: (offset) => {
      const place = lineCounter.linePos(offset);
      return { line: place.line, column: place.col };
    },
  };
}
