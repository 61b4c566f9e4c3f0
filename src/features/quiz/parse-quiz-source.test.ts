// @vitest-environment node
import { expect, test } from 'vitest';
import allTypesSource from './fixtures/all-types.quiz.yaml?raw';
import { parseQuizSource, type QuizSourceError } from './parse-quiz-source';
import { questionTypes } from './quiz-schema';

/** A valid practice quiz whose question list is `questions` (YAML lines, indented by 2). */
function quizWith(questions: string, header = ''): string {
  return `id: quiz-test\n${header}questions:\n${questions}`;
}

function errorsOf(source: string): QuizSourceError[] {
  const result = parseQuizSource(source);
  expect(result.quiz).toBeNull();
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}

function onlyError(source: string): QuizSourceError {
  const errors = errorsOf(source);
  expect(errors).toHaveLength(1);
  return errors[0] as QuizSourceError;
}

/* ---------------------------------------------------------------------------------------------- */

test('the fixture with all nine types is valid and normalised', () => {
  const { quiz, errors } = parseQuizSource(allTypesSource);
  expect(errors).toEqual([]);
  expect(quiz?.questions.map((question) => question.type)).toEqual([...questionTypes]);
  expect(quiz).toMatchObject({ id: 'ex-demo-fixture', mode: 'practice', passMark: 70, hintPenalty: 0.25 });
  const single = quiz?.questions[0];
  expect(single?.type === 'single' && single.choices.map((choice) => choice.id)).toEqual(['a', 'b', 'c']);
  const multiple = quiz?.questions[1];
  expect(multiple?.type === 'multiple' && multiple.choices.map((choice) => choice.id)).toEqual(['ns', 'cg', 'hv']);
  const cloze = quiz?.questions[5];
  expect(cloze?.type === 'cloze' && cloze.blanks).toEqual([
    { id: 'b1', answers: ['overlay2', 'overlay 2'] },
    { id: 'b2', answers: ['couches', 'layers'] },
  ]);
});

test('a minimal quiz gets its defaults', () => {
  const { quiz, errors } = parseQuizSource(
    quizWith('  - id: q\n    type: truefalse\n    prompt: Vrai ?\n    answer: true\n'),
  );
  expect(errors).toEqual([]);
  expect(quiz).toEqual({
    id: 'quiz-test',
    mode: 'practice',
    passMark: 70,
    hintPenalty: 0.25,
    questions: [{ id: 'q', type: 'truefalse', prompt: 'Vrai ?', topics: [], hints: [], answer: true }],
  });
});

test('previousIds, the ids a renamed quiz had, are returned beside the quiz, not inside it', () => {
  const truefalse = '  - id: q\n    type: truefalse\n    prompt: Vrai ?\n    answer: true\n';
  const renamed = parseQuizSource(quizWith(truefalse, 'previousIds: [quiz-ancien, quiz-tres-ancien]\n'));
  expect(renamed.errors).toEqual([]);
  expect(renamed.previousIds).toEqual(['quiz-ancien', 'quiz-tres-ancien']);
  expect(renamed.quiz).not.toHaveProperty('previousIds');
  expect(parseQuizSource(quizWith(truefalse)).previousIds).toEqual([]);
});

test('previousIds: each old id is a kebab-case id, listed once', () => {
  const truefalse = '  - id: q\n    type: truefalse\n    prompt: Vrai ?\n    answer: true\n';
  const result = parseQuizSource(
    quizWith(truefalse, 'previousIds:\n  - quiz-ancien\n  - Quiz Ancien\n  - quiz-ancien\n'),
  );
  expect(result.quiz).toBeNull();
  expect(result.previousIds).toEqual([]);
  expect(result.errors).toEqual([
    {
      line: 4,
      column: 5,
      message:
        'L’ancien id «\u00a0Quiz Ancien\u00a0» de `previousIds` doit être écrit comme l’id d’un quiz, en kebab-case (minuscules sans accents, chiffres et tirets, par exemple `quiz-ancien`)\u00a0: recopiez l’id tel qu’il était publié.',
    },
    {
      line: 5,
      column: 5,
      message:
        'L’ancien id «\u00a0quiz-ancien\u00a0» est listé deux fois dans `previousIds` (éléments n°1 et n°3)\u00a0: gardez-en un seul.',
    },
  ]);
  expect(onlyError(quizWith(truefalse, 'previousIds: quiz-ancien\n'))).toMatchObject({
    line: 2,
    column: 1,
    message: expect.stringMatching(/^Le champ `previousIds` du quiz doit être une liste/) as unknown,
  });
});

/* YAML syntax ---------------------------------------------------------------------------------- */

test('a YAML syntax error is located and explained', () => {
  const error = onlyError('id: quiz\nquestions:\n  - id: q\n    prompt: Valeur: avec deux-points\n');
  expect(error).toMatchObject({ line: 4, column: 13 });
  expect(error.message).toMatch(/^Syntaxe YAML invalide, .*guillemets/);
});

test('a duplicate YAML key is a syntax error', () => {
  const error = onlyError('id: quiz\nid: autre\nquestions: []\n');
  expect(error.line).toBe(2);
  expect(error.message).toMatch(/clé en double/);
});

test('a tab in the indentation is reported', () => {
  expect(errorsOf('id: quiz\nquestions:\n\t- id: q\n')[0]?.message).toMatch(/^Syntaxe YAML invalide/);
});

test('a block that is not a mapping is rejected', () => {
  const error = onlyError('- a\n- b\n');
  expect(error).toMatchObject({ line: 1, column: 1 });
  expect(error.message).toMatch(/objet YAML/);
  expect(onlyError('')).toMatchObject({ line: 1, column: 1 });
});

/* Schema violations ---------------------------------------------------------------------------- */

test('a missing quiz field is named', () => {
  expect(onlyError('questions:\n  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n')).toMatchObject({
    line: 1,
    column: 1,
    message: 'Le champ obligatoire `id` manque dans le quiz : ajoutez-le.',
  });
});

test('an unknown quiz field is named with the allowed ones', () => {
  const error = onlyError(
    quizWith('  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n', 'titre: Test\n'),
  );
  expect(error).toMatchObject({ line: 2, column: 1 });
  expect(error.message).toBe(
    'Le champ `titre` n’existe pas dans le quiz : supprimez-le ou corrigez son nom (champs possibles : id, previousIds, title, mode, passMark, maxAttempts, hintPenalty, draw, questions).',
  );
});

test('an unknown question field names the question', () => {
  const error = onlyError(
    quizWith('  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n    reponse: vrai\n'),
  );
  expect(error).toMatchObject({ line: 7, column: 5 });
  expect(error.message).toMatch(/^Le champ `reponse` n’existe pas dans la question « q » \(truefalse\) : /);
});

test('an unknown choice field names the choice and the question', () => {
  const error = onlyError(
    quizWith(
      '  - id: q\n    type: single\n    prompt: P\n    choices:\n      - text: A\n        correct: true\n      - text: B\n        juste: false\n',
    ),
  );
  expect(error).toMatchObject({ line: 10, column: 9 });
  expect(error.message).toMatch(/^Le champ `juste` n’existe pas dans le choix n°2 de la question « q » \(single\)/);
});

test('a missing question field is reported at the question', () => {
  const error = onlyError(quizWith('  - id: q\n    type: single\n    prompt: P\n'));
  expect(error).toMatchObject({ line: 3, column: 5 });
  expect(error.message).toBe('Le champ obligatoire `choices` manque dans la question « q » (single) : ajoutez-le.');
});

test('a wrong type says what is expected', () => {
  const error = onlyError(quizWith('  - id: q\n    type: truefalse\n    prompt: P\n    answer: "oui"\n'));
  expect(error).toMatchObject({ line: 6, column: 5 });
  expect(error.message).toMatch(/^Le champ `answer` de la question « q » \(truefalse\) doit être `true` ou `false`/);
  const numeric = onlyError(quizWith('  - id: n\n    type: numeric\n    prompt: P\n    answer: "2,5"\n'));
  expect(numeric.message).toMatch(/doit être un nombre .*`2\.5`.*pas le texte « 2,5 »/);
});

test('a non-kebab-case id is rejected', () => {
  const error = onlyError(quizWith('  - id: Hote_Invite\n    type: truefalse\n    prompt: P\n    answer: true\n'));
  expect(error).toMatchObject({ line: 3, column: 5 });
  expect(error.message).toMatch(
    /^L’id « Hote_Invite » de la question « Hote_Invite » \(truefalse\) doit être en kebab-case/,
  );
});

test('an empty prompt is rejected', () => {
  expect(onlyError(quizWith('  - id: q\n    type: truefalse\n    prompt: ""\n    answer: true\n')).message).toMatch(
    /^Le champ `prompt` de la question « q » \(truefalse\) est vide/,
  );
});

test('a wrong mode lists the allowed values', () => {
  expect(
    onlyError(quizWith('  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n', 'mode: examen\n')).message,
  ).toBe('Le champ `mode` du quiz vaut le texte « examen » : utilisez `practice` ou `exam`.');
});

test('a quiz without questions is rejected', () => {
  expect(onlyError('id: quiz\nquestions: []\n').message).toMatch(/aucune question/);
});

test('a question that is not a mapping is rejected', () => {
  expect(onlyError(quizWith('  - juste un texte\n')).message).toMatch(/^La question n°1 doit être un objet/);
});

/* Question types -------------------------------------------------------------------------------- */

test('an unknown question type lists the valid ones', () => {
  const error = onlyError(quizWith('  - id: q\n    type: choix\n    prompt: P\n'));
  expect(error).toMatchObject({ line: 4, column: 5 });
  expect(error.message).toBe(
    'Le type « choix » de la question « q » est inconnu : utilisez l’un de single, multiple, truefalse, ordering, matching, cloze, short, numeric, command.',
  );
});

test('a missing type lists the valid ones', () => {
  expect(onlyError(quizWith('  - id: q\n    prompt: P\n')).message).toMatch(
    /^Le champ obligatoire `type` manque .*single, multiple/,
  );
});

test('single with no correct choice', () => {
  const error = onlyError(
    quizWith('  - id: hote-invite\n    type: single\n    prompt: P\n    choices:\n      - text: A\n      - text: B\n'),
  );
  expect(error).toMatchObject({ line: 6, column: 5 });
  expect(error.message).toBe(
    'La question « hote-invite » (single) n’a aucun choix correct : marquez-en un avec `correct: true`.',
  );
});

test('single with two correct choices points at the second', () => {
  const error = onlyError(
    quizWith(
      '  - id: q\n    type: single\n    prompt: P\n    choices:\n      - text: A\n        correct: true\n      - text: B\n        correct: true\n',
    ),
  );
  expect(error).toMatchObject({ line: 10, column: 9 });
  expect(error.message).toMatch(
    /a 2 choix corrects : gardez `correct: true` sur un seul, ou passez au type `multiple`\.$/,
  );
});

test('multiple with no correct choice', () => {
  expect(
    onlyError(quizWith('  - id: q\n    type: multiple\n    prompt: P\n    choices: [{text: A}, {text: B}]\n')).message,
  ).toMatch(/^La question « q » \(multiple\) n’a aucun choix correct/);
});

test('single with fewer than two choices', () => {
  expect(
    onlyError(quizWith('  - id: q\n    type: single\n    prompt: P\n    choices: [{text: A, correct: true}]\n'))
      .message,
  ).toMatch(/doit contenir au moins 2 choix/);
});

test('duplicate question ids', () => {
  const error = onlyError(
    quizWith(
      '  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n  - id: q\n    type: truefalse\n    prompt: P\n    answer: false\n',
    ),
  );
  expect(error).toMatchObject({ line: 7, column: 5 });
  expect(error.message).toMatch(/^L’id « q » de la question n°2 est déjà celui de la question n°1/);
});

test('duplicate choice ids, explicit or defaulted', () => {
  const error = onlyError(
    quizWith(
      '  - id: q\n    type: single\n    prompt: P\n    choices:\n      - text: A\n        correct: true\n      - text: B\n        id: a\n',
    ),
  );
  expect(error).toMatchObject({ line: 9, column: 9 });
  expect(error.message).toMatch(/^Le choix n°2 de la question « q » \(single\) a le même id « a » que le choix n°1/);
});

test('matching with unequal lengths', () => {
  const error = onlyError(
    quizWith('  - id: m\n    type: matching\n    prompt: P\n    left: [a, b, c]\n    right: [x, y]\n'),
  );
  expect(error).toMatchObject({ line: 7, column: 5 });
  expect(error.message).toMatch(/a 3 éléments dans `left` et 2 dans `right`/);
});

test('matching with fewer than two pairs', () => {
  expect(
    onlyError(quizWith('  - id: m\n    type: matching\n    prompt: P\n    left: [a]\n    right: [x]\n')).message,
  ).toMatch(/doit avoir au moins 2 paires/);
});

test('ordering with fewer than three items', () => {
  expect(onlyError(quizWith('  - id: o\n    type: ordering\n    prompt: P\n    items: [a, b]\n')).message).toBe(
    'La question « o » (ordering) n’a que 2 éléments : il en faut au moins 3 dans `items`, écrits dans le bon ordre.',
  );
});

test('cloze without a blank', () => {
  expect(
    onlyError(quizWith('  - id: c\n    type: cloze\n    prompt: P\n    text: Pas de trou ici.\n')).message,
  ).toMatch(/ne contient aucun trou/);
});

test('cloze blanks without an accepted answer are located inside the text', () => {
  const errors = errorsOf(quizWith('  - id: c\n    type: cloze\n    prompt: P\n    text: "Un [[]] et [[ | ]]."\n'));
  expect(errors.map(({ line, column }) => [line, column])).toEqual([
    [6, 15],
    [6, 23],
  ]);
  expect(errors[0]?.message).toBe(
    'Le trou n°1 de la question « c » (cloze) n’a aucune réponse acceptée : écrivez au moins une réponse entre les crochets, par exemple `[[overlay2]]`.',
  );
  expect(errors[1]?.message).toMatch(/^Le trou n°2/);
});

test('cloze with an unclosed blank', () => {
  expect(onlyError(quizWith('  - id: c\n    type: cloze\n    prompt: P\n    text: Un [[trou\n')).message).toMatch(
    /n’est pas refermé/,
  );
});

test('short with no answer', () => {
  expect(onlyError(quizWith('  - id: s\n    type: short\n    prompt: P\n    answers: []\n')).message).toBe(
    'La question « s » (short) n’a aucune réponse acceptée : ajoutez-en au moins une dans `answers`.',
  );
  expect(onlyError(quizWith('  - id: s\n    type: short\n    prompt: P\n    answers: ["  "]\n')).message).toMatch(
    /aucune réponse acceptée/,
  );
});

test('numeric with a negative tolerance', () => {
  const error = onlyError(quizWith('  - id: n\n    type: numeric\n    prompt: P\n    answer: 80\n    tolerance: -1\n'));
  expect(error).toMatchObject({ line: 7, column: 5 });
  expect(error.message).toBe(
    'La tolérance de la question « n » (numeric) est négative (-1) : indiquez un écart absolu positif ou nul.',
  );
});

test('command whose answer or an alternative is not a supported docker command', () => {
  const errors = errorsOf(
    quizWith(
      '  - id: c\n    type: command\n    prompt: P\n    answer: docker runn nginx\n    alternatives:\n      - docker run -d nginx\n      - docker run --detatch nginx\n',
    ),
  );
  expect(errors.map(({ line, column }) => [line, column])).toEqual([
    [6, 5],
    [9, 9],
  ]);
  expect(errors[0]?.message).toBe(
    'La réponse de la question « c » (command) n’est pas une commande docker prise en charge (`docker runn` n’est pas une commande docker prise en charge ici) : corrigez-la.',
  );
  expect(errors[1]?.message).toMatch(/^L’alternative n°2 de la question « c » \(command\) .*`--detatch`/);
});

/* Quiz-level rules ------------------------------------------------------------------------------- */

const tf = '  - id: q\n    type: truefalse\n    prompt: P\n    answer: true\n';

test('exam questions cannot have hints', () => {
  const error = onlyError(quizWith(`${tf}    hints: [Un indice]\n`, 'mode: exam\n'));
  expect(error).toMatchObject({ line: 8, column: 5 });
  expect(error.message).toBe(
    'La question « q » (truefalse) a des indices alors que le quiz est en mode examen : retirez `hints` (aucun indice n’est proposé en examen).',
  );
  expect(parseQuizSource(quizWith(`${tf}    hints: []\n`, 'mode: exam\n')).errors).toEqual([]);
});

test('maxAttempts only in exam mode', () => {
  const error = onlyError(quizWith(tf, 'maxAttempts: 3\n'));
  expect(error).toMatchObject({ line: 2, column: 1 });
  expect(error.message).toMatch(/^`maxAttempts` ne sert qu’en mode examen/);
  expect(parseQuizSource(quizWith(tf, 'mode: exam\nmaxAttempts: 3\n')).quiz?.maxAttempts).toBe(3);
});

test.each(['0', '-3', '2.5', 'douze', '[2]'])('draw: %s is refused, at its line', (draw) => {
  const error = onlyError(quizWith(tf, `mode: exam\ndraw: ${draw}\n`));
  expect(error).toMatchObject({ line: 3, column: 1 });
  expect(error.message).toMatch(/^`draw` vaut .*\u00a0: indiquez un nombre entier de questions, au moins 1/);
});

test('draw: more questions than the pool has is refused, with the pool’s size', () => {
  const error = onlyError(quizWith(tf, 'mode: exam\ndraw: 2\n'));
  expect(error).toMatchObject({ line: 3, column: 1 });
  expect(error.message).toBe(
    '`draw` demande 2 questions, mais le quiz n’en a que 1\u00a0: ajoutez des questions ou tirez-en au plus 1.',
  );
});

test('draw only in exam mode; an exam keeps it', () => {
  expect(onlyError(quizWith(tf, 'draw: 1\n')).message).toMatch(/^`draw` ne sert qu’en mode examen/);
  expect(parseQuizSource(quizWith(tf, 'mode: exam\ndraw: 1\n')).quiz?.draw).toBe(1);
  expect(parseQuizSource(quizWith(tf, 'mode: exam\n')).quiz).not.toHaveProperty('draw');
});

test.each([0, 101, -5, 150])('passMark %d is outside 1–100', (passMark) => {
  const error = onlyError(quizWith(tf, `passMark: ${passMark}\n`));
  expect(error).toMatchObject({ line: 2, column: 1 });
  expect(error.message).toBe(`\`passMark\` vaut ${passMark} : indiquez un pourcentage entre 1 et 100.`);
});

test.each([1, 50, 100])('passMark %d is fine', (passMark) => {
  expect(parseQuizSource(quizWith(tf, `passMark: ${passMark}\n`)).quiz?.passMark).toBe(passMark);
});

test('hintPenalty must be a share between 0 and 1', () => {
  expect(onlyError(quizWith(tf, 'hintPenalty: 25\n')).message).toMatch(/doit valoir au plus 1/);
});

/* All at once ------------------------------------------------------------------------------------ */

test('every problem is reported at once, in source order', () => {
  const source = [
    'id: Quiz_1',
    'mode: exam',
    'maxAttempts: 0',
    'questions:',
    '  - id: a',
    '    type: single',
    '    prompt: P',
    '    hints: [x]',
    '    choices: [{text: A}, {text: B}]',
    '  - id: a',
    '    type: ordering',
    '    prompt: O',
    '    items: [x, y]',
    '  - id: m',
    '    type: inconnu',
    '',
  ].join('\n');
  const errors = errorsOf(source);
  expect(errors.map((error) => error.line)).toEqual([1, 3, 8, 9, 10, 13, 15]);
  expect([...errors].sort((a, b) => a.line - b.line || a.column - b.column)).toEqual(errors);
});

/* Ordering prompts and inline code -------------------------------------------------------------- */

const stack = '    items:\n      - Le matériel\n      - L’hyperviseur\n      - Les systèmes invités\n';

test('an ordering prompt asking for a bottom-to-top order is refused where it says so', () => {
  const error = onlyError(
    quizWith(
      `  - id: pile\n    type: ordering\n    prompt: Remettez dans l’ordre, du bas vers le haut, la pile.\n${stack}`,
    ),
  );
  expect(error).toMatchObject({ line: 5, column: 36 });
  expect(error.message).toMatch(
    /^La consigne de la question « pile » \(ordering\) demande un ordre «\u00a0du bas vers le haut\u00a0»/,
  );
  expect(error.message).toMatch(/du haut vers le bas/);
  expect(
    errorsOf(quizWith(`  - id: pile\n    type: ordering\n    prompt: Classez de bas en haut.\n${stack}`))[0]?.message,
  ).toMatch(/«\u00a0de bas en haut\u00a0»/);
});

test('an ordering prompt that agrees with its list, top to bottom, is accepted', () => {
  const { errors } = parseQuizSource(
    quizWith(
      `  - id: pile\n    type: ordering\n    prompt: "Rangez la pile du haut vers le bas\u00a0: le matériel tout en bas."\n    items:\n      - Les systèmes invités\n      - L’hyperviseur\n      - Le matériel\n`,
    ),
  );
  expect(errors).toEqual([]);
});

test('an unbalanced backtick in any quiz text is refused at its place', () => {
  const cloze = onlyError(
    quizWith(
      '  - id: chemin\n    type: cloze\n    prompt: Complétez.\n    text: "Dans `/var/lib/[[docker]]/volumes."\n',
    ),
  );
  expect(cloze).toMatchObject({ line: 6, column: 17 });
  expect(cloze.message).toMatch(
    /^Le champ `text` de la question « chemin » \(cloze\) a un accent grave \(`\) sans son pendant/,
  );
  const hint = onlyError(
    quizWith(
      '  - id: q\n    type: truefalse\n    prompt: Vrai ?\n    answer: true\n    hints:\n      - Pensez à `docker ps\n',
    ),
  );
  expect(hint).toMatchObject({ line: 8 });
  expect(hint.message).toMatch(/^L’élément n°1 de `hints` de la question « q » \(truefalse\)/);
  const choice = errorsOf(
    quizWith(
      '  - id: q\n    type: single\n    prompt: Laquelle ?\n    choices:\n      - text: "`docker ps"\n        correct: true\n      - text: "`docker images`"\n',
    ),
  );
  expect(choice).toHaveLength(1);
  expect(choice[0]?.line).toBe(7);
});

test('balanced backticks, including code around a blank, are accepted', () => {
  const { errors } = parseQuizSource(
    quizWith(
      '  - id: chemin\n    type: cloze\n    prompt: Complétez `la commande`.\n    text: "`docker stats --format \\"{{.[[Name]]}}\\"`"\n',
    ),
  );
  expect(errors).toEqual([]);
});
