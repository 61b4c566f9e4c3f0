import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseLabSource, type LabSourceOptions } from './parse-lab-source';

const options: LabSourceOptions = {
  knownImages: new Set(['nginx:1.27-alpine', 'postgres:16-alpine', 'alpine:3.20']),
  commandProblem: (line) => (line.startsWith('docker ') ? null : 'ce n’est pas une commande docker.'),
};

const valid = `id: lab-web
title: Un serveur web
setup:
  images: [nginx:1.27-alpine]
  hostFiles:
    site/index.html: "<h1>Bonjour</h1>"
  commands:
    - docker network create reseau
steps:
  - id: lancer
    goal: Lancez un conteneur nommé \`web\` qui publie le port 8080 de l’hôte vers son port 80.
    hints:
      - "Option \`-p HÔTE:CONTENEUR\`."
    check:
      container: { name: web, status: running, publishes: "8080->80" }
    explanation: Le port 8080 de l’hôte mène au port 80 du conteneur.
  - id: logs
    goal: Lisez les journaux de \`web\`.
    hints: [docker logs]
    check:
      all:
        - commandRan: "docker logs web"
        - not: { container: { name: web, exists: false } }
    explanation: Les journaux sont ce que le processus écrit.
`;

describe('a valid lab', () => {
  test('is read into its definition', () => {
    const result = parseLabSource(valid, options);
    expect(result.errors).toEqual([]);
    expect(result.lab).toEqual({
      id: 'lab-web',
      title: 'Un serveur web',
      setup: {
        images: ['nginx:1.27-alpine'],
        hostFiles: { 'site/index.html': '<h1>Bonjour</h1>' },
        commands: ['docker network create reseau'],
      },
      steps: [
        {
          id: 'lancer',
          goal: 'Lancez un conteneur nommé `web` qui publie le port 8080 de l’hôte vers son port 80.',
          hints: ['Option `-p HÔTE:CONTENEUR`.'],
          check: { container: { name: 'web', status: 'running', publishes: '8080->80' } },
          explanation: 'Le port 8080 de l’hôte mène au port 80 du conteneur.',
        },
        {
          id: 'logs',
          goal: 'Lisez les journaux de `web`.',
          hints: ['docker logs'],
          check: { all: [{ commandRan: 'docker logs web' }, { not: { container: { name: 'web', exists: false } } }] },
          explanation: 'Les journaux sont ce que le processus écrit.',
        },
      ],
    });
  });
  test('keeps its previous ids apart', () => {
    const result = parseLabSource(`${valid}previousIds: [lab-ancien]\n`, options);
    expect(result.previousIds).toEqual(['lab-ancien']);
  });
});

function errorsOf(source: string) {
  return parseLabSource(source, options).errors;
}

describe('mistakes are reported at their line, in French, with the fix', () => {
  test('a step without a hint', () => {
    const source = valid.replace('    hints:\n      - "Option `-p HÔTE:CONTENEUR`."\n', '');
    const errors = errorsOf(source);
    expect(errors).toEqual([
      expect.objectContaining({
        line: 10,
        message: expect.stringMatching(/^L’étape n°1 n’a aucun indice\u00a0: ajoutez/) as unknown,
      }) as unknown,
    ]);
  });
  test('an unknown image, in the setup and in a check', () => {
    const errors = errorsOf(
      valid
        .replace('images: [nginx:1.27-alpine]', 'images: [nginks:1.27]')
        .replace('status: running,', 'image: mysql:8,'),
    );
    expect(errors).toEqual([
      {
        line: 4,
        column: 12,
        message: expect.stringMatching(/^L’image «\u00a0nginks:1.27\u00a0» n’est pas dans le catalogue/) as unknown,
      },
      {
        line: 15,
        column: 31,
        message: expect.stringMatching(/^L’image «\u00a0mysql:8\u00a0» n’est pas dans le catalogue/) as unknown,
      },
    ]);
  });
  test('an unknown predicate, and an unknown field in a predicate', () => {
    const errors = errorsOf(
      valid
        .replace('container: { name: web, status: running, publishes: "8080->80" }', 'conteneur: { name: web }')
        .replace(
          'commandRan: "docker logs web"',
          'commandRan: "docker logs web"\n        - container: { name: web, state: up }',
        ),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({
      line: 15,
      message: expect.stringContaining('La condition «\u00a0conteneur\u00a0» est inconnue') as unknown,
    });
    expect(errors[1]).toMatchObject({
      line: 23,
      message: expect.stringContaining('Le champ «\u00a0state\u00a0» est inconnu dans `container`') as unknown,
    });
  });
  test('an empty check, and a check with two conditions', () => {
    expect(errorsOf(valid.replace(/check:\n {6}container: .*\n/, 'check: {}\n'))[0]?.message).toMatch(
      /^La vérification est vide/,
    );
    expect(
      errorsOf(
        valid.replace(
          'container: { name: web, status: running, publishes: "8080->80" }',
          'container: { name: web }\n      volume: { name: web }',
        ),
      )[0]?.message,
    ).toMatch(/n’a qu’une condition, celle-ci en a 2/);
  });
  test('a check that names a container the lab never mentions', () => {
    const errors = errorsOf(
      valid.replace('container: { name: web, status: running', 'container: { name: wbe, status: running'),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        line: 15,
        message: expect.stringContaining(
          'Le conteneur «\u00a0wbe\u00a0» n’est créé par aucune commande de départ',
        ) as unknown,
      }) as unknown,
    ]);
  });
  test('a name created by a setup command is known', () => {
    const source = valid.replace('commandRan: "docker logs web"', 'network: { name: reseau }');
    expect(errorsOf(source)).toEqual([]);
  });
  test('wrong values: status, port, memory, restart policy, url, unparsable command', () => {
    const source = valid.replace(
      'container: { name: web, status: running, publishes: "8080->80" }',
      'all:\n        - container: { name: web, status: up, publishes: "8080:80", memory: lots, restartPolicy: never }\n        - http: { from: host, url: "localhost:8080" }\n        - commandRan: "ls -l"',
    );
    const messages = errorsOf(source).map((error) => error.message);
    expect(messages).toEqual([
      expect.stringContaining('L’état «\u00a0up\u00a0» est inconnu') as unknown,
      expect.stringContaining('`publishes` s’écrit') as unknown,
      expect.stringContaining('`memory` s’écrit') as unknown,
      expect.stringContaining('La politique «\u00a0never\u00a0» est inconnue') as unknown,
      expect.stringContaining('`url` est une adresse complète') as unknown,
      expect.stringContaining('La commande «\u00a0ls -l\u00a0» de `commandRan` ne se lit pas') as unknown,
    ]);
  });
  test('duplicate step ids, missing goal and explanation, no steps', () => {
    const duplicate = errorsOf(valid.replace('id: logs', 'id: lancer'));
    expect(duplicate[0]?.message).toMatch(/a le même id «\u00a0lancer\u00a0» que l’étape n°1/);
    expect(errorsOf(valid.replace(/ {4}goal: Lisez.*\n/, ''))[0]?.message).toMatch(/L’étape n°2 n’a pas de but/);
    expect(errorsOf(valid.replace(/ {4}explanation: Les journaux.*\n/, ''))[0]?.message).toMatch(
      /n’a pas d’explication/,
    );
    expect(errorsOf('id: lab-vide\ntitle: Vide\nsteps: []\n')[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/aucune étape/) as unknown,
    });
  });
  test('a missing id and a bad setup command', () => {
    const errors = errorsOf(valid.replace('id: lab-web\n', '').replace('docker network create reseau', 'rm -rf /'));
    expect(errors).toEqual([
      {
        line: 1,
        column: 1,
        message: expect.stringMatching(/^Le champ `id` manque\u00a0: donnez au lab un id/) as unknown,
      },
      {
        line: 7,
        column: 7,
        message: expect.stringMatching(/^La commande de départ «\u00a0rm -rf \/\u00a0» ne se lit pas/) as unknown,
      },
    ]);
  });
  test('YAML syntax errors keep their place', () => {
    const errors = errorsOf('id: lab-x\ntitle: "pas fermé\n');
    expect(errors[0]?.message).toMatch(/^Syntaxe YAML invalide/);
  });
});

test('no input makes the parser throw, and a lab comes back only without errors', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.constant(valid).map((text) => text),
      ),
      fc.nat(valid.length),
      fc.string(),
      (base, cut, insert) => {
        const source = base === valid ? valid.slice(0, cut) + insert + valid.slice(cut) : base;
        const result = parseLabSource(source, options);
        expect(result.lab === null).toBe(result.errors.length > 0);
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.message.length).toBeGreaterThan(10);
        }
      },
    ),
    { numRuns: 300 },
  );
});

describe('the files of the workbench editor', () => {
  const withEditor = (editor: string) => valid.replace('steps:\n', `editor: ${editor}\nsteps:\n`);

  test('are read in their order, and a lab without them has none', () => {
    expect(parseLabSource(withEditor('[Dockerfile, compose.yaml, site/index.html]'), options).lab?.editor).toEqual([
      'Dockerfile',
      'compose.yaml',
      'site/index.html',
    ]);
    expect(parseLabSource(valid, options).lab).not.toHaveProperty('editor');
  });

  test('an empty list, a path out of the lab folder or a file listed twice is refused, with its line', () => {
    const empty = parseLabSource(withEditor('[]'), options);
    expect(empty.lab).toBeNull();
    expect(empty.errors.map((error) => error.message)).toEqual([
      '`editor` attend la liste des fichiers à éditer, par exemple `[Dockerfile, compose.yaml]`.',
    ]);
    const outside = parseLabSource(withEditor('[Dockerfile, ../secret, /etc/passwd]'), options);
    expect(outside.errors.map((error) => [error.line, error.message])).toEqual([
      [9, 'Un fichier de `editor` a un chemin relatif au dossier du lab, par exemple `Dockerfile`.'],
      [9, 'Un fichier de `editor` a un chemin relatif au dossier du lab, par exemple `Dockerfile`.'],
    ]);
    const twice = parseLabSource(withEditor('[Dockerfile, Dockerfile]'), options);
    expect(twice.errors.map((error) => error.message)).toEqual([
      'Le fichier «\u00a0Dockerfile\u00a0» est listé deux fois dans `editor`\u00a0: gardez-en un seul.',
    ]);
  });
});
