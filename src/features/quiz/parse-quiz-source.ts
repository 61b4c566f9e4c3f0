/**
 * Reads the YAML of a ```quiz block and returns the normalised quiz, or every problem found,
 * at once, each at the line and column (1-based, inside the YAML text) of the node at fault
 * and explained in one French sentence that names the question and says how to fix it.
 * Used at build time by the content checker; pure.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import {
  authoredQuestionSchemas,
  authoredQuizSchema,
  isQuestionType,
  normalizeQuiz,
  questionTypes,
  type AuthoredQuestion,
  type Quiz,
} from './quiz-schema';
import { plural } from './question-kinds/authoring-parts';
import { questionAuthoring } from './question-kinds/authoring';
import type { Path, QuestionAuthoring, Report } from './question-kinds/question-kind';

export interface QuizSourceError {
  line: number;
  column: number;
  message: string;
}

export interface QuizSourceResult {
  quiz: Quiz | null;
  errors: QuizSourceError[];
  /**
   * The quiz's former ids (`previousIds`), empty when it has none or does not parse. Kept out of
   * the normalised quiz: the page does not need them, the course outline carries the renames.
   */
  previousIds: string[];
}

/* ------------------------------------------------------------------------------------------------
 * Locating nodes
 * ---------------------------------------------------------------------------------------------- */

interface Locator {
  /** Position of the node at `path`: the key of a map entry, the start of a list item; else the nearest parent. */
  at: (path: Path) => { line: number; column: number };
  /** Position of a character inside a one-line scalar string at `path`, or of the node when unsure. */
  inText: (path: Path, index: number) => { line: number; column: number };
}

function createLocator(doc: Document.Parsed, lineCounter: LineCounter, source: string): Locator {
  const find = (path: Path): { offset: number; node: unknown; complete: boolean } => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) return { offset, node, complete: false };
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item: unknown = node.items[key];
        if (item === undefined) return { offset, node, complete: false };
        offset = (item as Node).range?.[0] ?? offset;
        node = item;
      } else {
        return { offset, node, complete: false };
      }
    }
    return { offset, node, complete: true };
  };
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    at: (path) => position(find(path).offset),
    inText: (path, index) => {
      const found = find(path);
      const node = found.node;
      if (found.complete && isScalar(node) && node.range && typeof node.value === 'string') {
        const [start, end] = node.range;
        const raw = source.slice(start, end);
        if (node.type === 'PLAIN' && raw === node.value) return position(start + index);
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && raw.slice(1, -1) === node.value) {
          return position(start + 1 + index);
        }
        return position(start);
      }
      return position(found.offset);
    },
  };
}

/* ------------------------------------------------------------------------------------------------
 * Describing places
 * ---------------------------------------------------------------------------------------------- */

interface QuestionLabel {
  /** « la question « hote-invite » (single) », or « la question n°3 » when it has no usable id. */
  name: string;
}

function questionLabel(raw: unknown, index: number): QuestionLabel {
  const record = isRecord(raw) ? raw : {};
  const id = typeof record.id === 'string' && record.id !== '' ? record.id : null;
  const type = isQuestionType(record.type) ? record.type : null;
  const base = id ? `la question « ${id} »` : `la question n°${index + 1}`;
  return { name: type ? `${base} (${type})` : base };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The owner of the field at the end of `path`, for « du … » / « dans … » phrases. */
function ownerOf(path: Path, questions: unknown): { of: string; in: string } {
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return { of: 'du quiz', in: 'dans le quiz' };
  const index = path[1];
  const raw = Array.isArray(questions) ? (questions as unknown[])[index] : undefined;
  const question = questionLabel(raw, index).name;
  if (path.length >= 4 && path[2] === 'choices' && typeof path[3] === 'number' && path.length >= 5) {
    const choice = `le choix n°${path[3] + 1} de ${question}`;
    return { of: `du choix n°${path[3] + 1} de ${question}`, in: `dans ${choice}` };
  }
  return { of: `de ${question}`, in: `dans ${question}` };
}

/** « Le champ `prompt` » or « L’élément n°2 de `items` ». */
function fieldName(path: Path): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number') {
    if (parent === 'choices') return `Le choix n°${last + 1}`;
    if (parent === 'questions') return `La question n°${last + 1}`;
    return `L’élément n°${last + 1} de \`${String(parent)}\``;
  }
  return `Le champ \`${String(last)}\``;
}

/** The owner path of a field: drops the last key (and nothing else). */
function ownerPath(path: Path): Path {
  return path.slice(0, -1);
}

function valueAt(root: unknown, path: Path): { exists: boolean; value: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number' && key < current.length) current = current[key] as unknown;
    else if (isRecord(current) && typeof key === 'string' && key in current) current = current[key];
    else return { exists: false, value: undefined };
  }
  return { exists: true, value: current };
}

function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'vide';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un objet';
  if (typeof value === 'string') return `le texte « ${value.length > 40 ? `${value.slice(0, 40)}…` : value} »`;
  if (typeof value === 'number') return `le nombre ${value}`;
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

const expectedWords: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre (sans guillemets, avec un point décimal, par exemple `2.5`)',
  int: 'un nombre entier',
  boolean: '`true` ou `false` (sans guillemets)',
  array: 'une liste (`[a, b]` ou des lignes `- …`)',
  object: 'un objet (des lignes `clé: valeur`)',
};

/** The fields allowed by the schema of the object at `objectPath`. */
function allowedKeys(objectPath: Path, root: unknown): string[] {
  if (objectPath.length === 0) return Object.keys(authoredQuizSchema.shape);
  if (objectPath[0] === 'questions' && typeof objectPath[1] === 'number') {
    const type = valueAt(root, [...objectPath.slice(0, 2), 'type']).value;
    if (objectPath.length === 2 && isQuestionType(type)) return Object.keys(authoredQuestionSchemas[type].shape);
    if (objectPath.length === 4 && objectPath[2] === 'choices') return ['id', 'text', 'correct', 'feedback'];
  }
  return [];
}

type Issue = z.core.$ZodIssue;

/** One French sentence per schema issue (an unknown-keys issue gives one per key). */
function describeIssue(issue: Issue, basePath: Path, root: unknown): { path: Path; message: string }[] {
  const path: Path = [...basePath, ...(issue.path as (string | number)[])];
  const questions = valueAt(root, ['questions']).value;
  const field = fieldName(path);
  const owner = ownerOf(path, questions);
  const found = valueAt(root, path);
  const parentExists = valueAt(root, ownerPath(path)).exists;

  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path, root);
    const objectOwner = path.length === 0 ? { in: 'dans le quiz' } : ownerOf([...path, '_'], questions);
    return issue.keys.map((key) => ({
      path: [...path, key],
      message:
        `Le champ \`${key}\` n’existe pas ${objectOwner.in} : supprimez-le ou corrigez son nom` +
        (allowed.length > 0 ? ` (champs possibles : ${allowed.join(', ')}).` : '.'),
    }));
  }
  if (!found.exists && parentExists && typeof path[path.length - 1] === 'string') {
    const key = String(path[path.length - 1]);
    return [{ path, message: `Le champ obligatoire \`${key}\` manque ${owner.in} : ajoutez-le.` }];
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedWords[issue.expected] ?? issue.expected;
      return [
        {
          path,
          message: `${field} ${owner.of} doit être ${expected}, pas ${describeFound(found.value)} : corrigez sa valeur.`,
        },
      ];
    }
    case 'invalid_union':
      if (typeof found.value === 'string')
        return [{ path, message: `${field} ${owner.of} est vide : écrivez un texte.` }];
      return [
        {
          path,
          message: `${field} ${owner.of} doit être un texte, pas ${describeFound(found.value)} : corrigez sa valeur.`,
        },
      ];
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return [{ path, message: `${field} ${owner.of} est vide : écrivez un texte.` }];
      if (issue.origin === 'array') {
        if (path.length === 1 && path[0] === 'questions') {
          return [{ path, message: 'Le quiz n’a aucune question : ajoutez-en au moins une dans `questions`.' }];
        }
        const what = path[path.length - 1] === 'choices' ? 'choix' : 'éléments';
        return [
          { path, message: `${field} ${owner.of} doit contenir au moins ${minimum} ${what} : complétez la liste.` },
        ];
      }
      return [{ path, message: `${field} ${owner.of} doit valoir au moins ${minimum} : corrigez sa valeur.` }];
    }
    case 'too_big':
      return [
        { path, message: `${field} ${owner.of} doit valoir au plus ${Number(issue.maximum)} : corrigez sa valeur.` },
      ];
    case 'invalid_format': {
      const value = typeof found.value === 'string' ? found.value : '';
      if (path.length === 2 && path[0] === 'previousIds') {
        return [
          {
            path,
            message: `L’ancien id «\u00a0${value}\u00a0» de \`previousIds\` doit être écrit comme l’id d’un quiz, en kebab-case (minuscules sans accents, chiffres et tirets, par exemple \`quiz-ancien\`)\u00a0: recopiez l’id tel qu’il était publié.`,
          },
        ];
      }
      if (path[path.length - 1] === 'id' && path.length !== 5) {
        return [
          {
            path,
            message: `L’id « ${value} » ${owner.of} doit être en kebab-case (minuscules sans accents, chiffres et tirets, par exemple \`hote-invite\`) : renommez-le.`,
          },
        ];
      }
      return [
        {
          path,
          message: `L’id « ${value} » ${owner.of} ne doit contenir que des lettres, des chiffres, des tirets ou des soulignés : renommez-le.`,
        },
      ];
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => `\`${String(value)}\``).join(' ou ');
      return [{ path, message: `${field} ${owner.of} vaut ${describeFound(found.value)} : utilisez ${values}.` }];
    }
    default:
      return [{ path, message: `${field} ${owner.of} est invalide (${issue.message}) : corrigez sa valeur.` }];
  }
}

/* ------------------------------------------------------------------------------------------------
 * YAML syntax errors
 * ---------------------------------------------------------------------------------------------- */

const yamlErrorHints: Partial<Record<string, string>> = {
  BAD_INDENT: 'indentation incorrecte : alignez les clés d’un même niveau avec des espaces',
  TAB_AS_INDENT: 'tabulation dans l’indentation : n’indentez qu’avec des espaces',
  DUPLICATE_KEY: 'clé en double dans le même objet : gardez-en une seule',
  BLOCK_AS_IMPLICIT_KEY: 'structure inattendue : un texte qui contient « : » doit être entre guillemets',
  MULTILINE_IMPLICIT_KEY: 'structure inattendue : un texte qui contient « : » doit être entre guillemets',
  UNEXPECTED_TOKEN:
    'caractère inattendu : mettez entre guillemets les textes qui contiennent « : » ou commencent par un caractère spécial',
  BAD_SCALAR_START: 'un texte ne peut pas commencer par ce caractère sans guillemets : mettez-le entre guillemets',
  MISSING_CHAR: 'un caractère attendu manque (tiret de liste, guillemet, crochet ou accolade fermants) : ajoutez-le',
  BAD_DQ_ESCAPE:
    'séquence d’échappement invalide entre guillemets doubles : utilisez des guillemets simples ou doublez la barre oblique',
  MULTIPLE_DOCS: 'le bloc contient plusieurs documents YAML (ligne `---`) : n’en gardez qu’un',
};

function describeYamlError(code: string, message: string): string {
  const hint = yamlErrorHints[code] ?? 'corrigez la syntaxe à cet endroit (guillemets, indentation, deux-points)';
  const detail = (message.split('\n')[0] ?? message).replace(/\s+at line \d+, column \d+.*$/, '');
  return `Syntaxe YAML invalide, ${hint} (${detail}).`;
}

/* ------------------------------------------------------------------------------------------------
 * Rules beyond the schema
 * ---------------------------------------------------------------------------------------------- */

/**
 * Every text of a question (prompt, choices, items, cloze text, explanation, hints…) must pair its
 * backticks: an odd one shows as a raw backtick, and in a cloze text it turns the rest into code.
 */
function checkBackticks(value: unknown, path: Path, name: string, report: Report): void {
  if (typeof value === 'string') {
    const count = value.split('`').length - 1;
    if (count % 2 === 0) return;
    report.inText(
      path,
      value.lastIndexOf('`'),
      `${capitalize(fieldName(path))} de ${name} a un accent grave (\`) sans son pendant\u00a0: fermez le code en ligne (\`comme ceci\`) ou retirez l’accent grave en trop.`,
    );
    return;
  }
  if (Array.isArray(value)) value.forEach((item, index) => checkBackticks(item, [...path, index], name, report));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) checkBackticks(item, [...path, key], name, report);
  }
}

function checkQuestion(question: AuthoredQuestion, base: Path, name: string, report: Report): void {
  const authoring = questionAuthoring[question.type] as unknown as QuestionAuthoring<z.ZodType<AuthoredQuestion>>;
  authoring.check(question, { at: (...keys) => [...base, ...keys], name, report });
}

/** `draw`: a whole number of questions, at least one and at most the pool's size, in an exam. */
function checkDraw(draw: unknown, mode: 'practice' | 'exam', poolSize: number, report: Report): void {
  if (typeof draw !== 'number' || !Number.isInteger(draw) || draw < 1) {
    report(
      ['draw'],
      `\`draw\` vaut ${JSON.stringify(draw)}\u00a0: indiquez un nombre entier de questions, au moins 1 (par exemple \`draw: 12\`).`,
    );
    return;
  }
  if (mode === 'practice') {
    report(
      ['draw'],
      '`draw` ne sert qu’en mode examen\u00a0: retirez-le, ou ajoutez `mode: exam` si ce quiz est une évaluation.',
    );
    return;
  }
  if (draw > poolSize) {
    report(
      ['draw'],
      `\`draw\` demande ${plural(draw, 'question')}, mais le quiz n’en a que ${poolSize}\u00a0: ajoutez des questions ou tirez-en au plus ${poolSize}.`,
    );
  }
}

/* ------------------------------------------------------------------------------------------------
 * Entry point
 * ---------------------------------------------------------------------------------------------- */

export function parseQuizSource(source: string): QuizSourceResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { line, column: col, message: describeYamlError(error.code, error.message) };
    });
    // The first error is the slip; the parser then misreads what follows it and reports an error or
    // two on each later line, all of them knock-on effects: only the first is worth a message.
    return { quiz: null, errors: sortErrors(errors).slice(0, 1), previousIds: [] };
  }

  const root: unknown = doc.toJS();
  const locator = createLocator(doc, lineCounter, source);
  const errors: QuizSourceError[] = [];
  const report: Report = Object.assign((path: Path, message: string) => errors.push({ ...locator.at(path), message }), {
    inText: (path: Path, index: number, message: string) => errors.push({ ...locator.inText(path, index), message }),
  });

  if (!isRecord(root)) {
    report(
      [],
      'Le bloc quiz doit être un objet YAML (des lignes `clé: valeur`) avec au moins `id` et `questions` : complétez-le.',
    );
    return { quiz: null, errors, previousIds: [] };
  }

  const envelope = authoredQuizSchema.safeParse(root);
  if (!envelope.success) {
    for (const issue of envelope.error.issues) {
      for (const problem of describeIssue(issue, [], root)) report(problem.path, problem.message);
    }
  }

  if (Array.isArray(root.previousIds)) {
    const firstIndex = new Map<unknown, number>();
    (root.previousIds as unknown[]).forEach((previousId, index) => {
      const first = firstIndex.get(previousId);
      if (first === undefined) {
        firstIndex.set(previousId, index);
        return;
      }
      report(
        ['previousIds', index],
        `L’ancien id «\u00a0${String(previousId)}\u00a0» est listé deux fois dans \`previousIds\` (éléments n°${first + 1} et n°${index + 1})\u00a0: gardez-en un seul.`,
      );
    });
  }

  const mode = root.mode === 'exam' ? 'exam' : 'practice';
  if (typeof root.passMark === 'number' && (root.passMark < 1 || root.passMark > 100)) {
    report(['passMark'], `\`passMark\` vaut ${root.passMark} : indiquez un pourcentage entre 1 et 100.`);
  }
  if (root.maxAttempts !== undefined && mode === 'practice') {
    report(
      ['maxAttempts'],
      '`maxAttempts` ne sert qu’en mode examen : retirez-le, ou ajoutez `mode: exam` si ce quiz est une évaluation.',
    );
  }

  const rawQuestions = Array.isArray(root.questions) ? (root.questions as unknown[]) : [];
  if (root.draw !== undefined) checkDraw(root.draw, mode, rawQuestions.length, report);
  const questions: AuthoredQuestion[] = [];
  const idOwners = new Map<string, number>();
  rawQuestions.forEach((raw, index) => {
    const base: Path = ['questions', index];
    const name = questionLabel(raw, index).name;
    if (!isRecord(raw)) {
      report(
        base,
        `La question n°${index + 1} doit être un objet (des lignes \`clé: valeur\` sous le tiret) : complétez-la.`,
      );
      return;
    }
    if (typeof raw.id === 'string') {
      const first = idOwners.get(raw.id);
      if (first === undefined) idOwners.set(raw.id, index);
      else {
        report(
          [...base, 'id'],
          `L’id « ${raw.id} » de la question n°${index + 1} est déjà celui de la question n°${first + 1} : chaque question du quiz doit avoir un id unique.`,
        );
      }
    }
    if (mode === 'exam' && Array.isArray(raw.hints) && raw.hints.length > 0) {
      report(
        [...base, 'hints'],
        `${capitalize(name)} a des indices alors que le quiz est en mode examen : retirez \`hints\` (aucun indice n’est proposé en examen).`,
      );
    }
    if (raw.type === undefined) {
      report(base, `Le champ obligatoire \`type\` manque dans ${name} : ajoutez-le (${questionTypes.join(', ')}).`);
      return;
    }
    if (!isQuestionType(raw.type)) {
      report(
        [...base, 'type'],
        `Le type « ${typeof raw.type === 'string' ? raw.type : JSON.stringify(raw.type)} » de ${name} est inconnu : utilisez l’un de ${questionTypes.join(', ')}.`,
      );
      return;
    }
    const parsed = authoredQuestionSchemas[raw.type].safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        for (const problem of describeIssue(issue, base, root)) report(problem.path, problem.message);
      }
      return;
    }
    const question: AuthoredQuestion = parsed.data;
    checkQuestion(question, base, name, report);
    checkBackticks(raw, base, name, report);
    questions.push(question);
  });

  if (errors.length > 0 || !envelope.success) return { quiz: null, errors: sortErrors(errors), previousIds: [] };
  return {
    quiz: normalizeQuiz(envelope.data, questions),
    errors: [],
    previousIds: envelope.data.previousIds ?? [],
  };
}

function sortErrors(errors: QuizSourceError[]): QuizSourceError[] {
  const seen = new Set<string>();
  return errors
    .filter((error) => {
      const key = `${error.line}:${error.column}:${error.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
