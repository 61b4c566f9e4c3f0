/**
 * Turns the few loader messages that still carry a library's English wording
 * (MDX syntax errors from micromark, zod's default schema messages) into one
 * French sentence that says what is wrong and how to fix it. Messages already
 * in French pass through unchanged.
 */
import type { ContentProblem } from '../checks/problems';

const MDX_PREFIX = 'erreur de syntaxe MDX : ';

function describeMdxError(reason: string): string {
  let match: RegExpExecArray | null;
  if (reason.includes('to create a comment in MDX')) {
    return 'Les commentaires HTML <!-- … --> ne sont pas permis en MDX : écrivez {/* … */} à la place.';
  }
  if ((match = /^Expected a closing tag for `<([^>]*)>`/.exec(reason))) {
    return `La balise <${match[1] ?? ''}> n’est jamais fermée : ajoutez </${match[1] ?? ''}> après son contenu (ou écrivez <${match[1] ?? ''} /> si elle n’a pas de contenu).`;
  }
  if (
    (match = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(reason))
  ) {
    return `La balise fermante </${match[1] ?? ''}> ne correspond pas à la balise ouverte <${match[2] ?? ''}> : fermez d’abord <${match[2] ?? ''}>, ou corrigez le nom.`;
  }
  if (reason.startsWith('Unexpected closing slash')) {
    return 'Balise fermante sans balise ouvrante : retirez-la, ou écrivez &lt; si le signe < fait partie du texte.';
  }
  if (/before name|after name|in name/.test(reason)) {
    return 'Le signe < ouvre une balise en MDX : écrivez &lt; dans le texte, ou mettez le passage entre accents graves (`a < b`).';
  }
  if (/before attribute value/.test(reason)) {
    return 'La valeur d’un attribut doit être entre guillemets : écrivez par exemple id="cgroup".';
  }
  if (/in attribute value, expected a corresponding closing quote/.test(reason)) {
    return 'Un guillemet qui ouvre la valeur d’un attribut n’est jamais refermé : ajoutez le guillemet fermant.';
  }
  if (/in expression|Could not parse expression/.test(reason)) {
    return 'Une accolade { ouvre du code JavaScript en MDX : écrivez \\{ dans le texte, ou mettez le passage entre accents graves.';
  }
  return `Le fichier n’est pas du MDX valide (${reason}) : vérifiez les signes < > { } de cette ligne, à écrire \\{ ou &lt; dans le texte.`;
}

const typeWords: Record<string, string> = {
  number: 'un nombre',
  string: 'un texte',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'un objet',
};

/** zod's default English messages, as the loader appends them after « le champ « x » ». */
function describeSchemaMessage(field: string, detail: string): string | null {
  let match: RegExpExecArray | null;
  if ((match = /^Invalid input: expected (\w+), received (\w+)$/.exec(detail))) {
    const expected = typeWords[match[1] ?? ''] ?? match[1] ?? '';
    const received = typeWords[match[2] ?? ''] ?? match[2] ?? '';
    return `Le champ « ${field} » doit être ${expected}, pas ${received} : corrigez sa valeur.`;
  }
  if ((match = /^Too big: expected \w+ to (?:be|have) <=?(\d+)/.exec(detail))) {
    return `Le champ « ${field} » doit valoir au plus ${match[1] ?? ''} : corrigez sa valeur.`;
  }
  if (/^Too small: expected string to have >=1 characters?/.test(detail)) {
    return `Le champ « ${field} » est vide : écrivez un texte.`;
  }
  if ((match = /^Too small: expected (\w+) to (?:be|have) >=?(\d+)/.exec(detail))) {
    const unit = match[1] === 'array' ? ' élément(s)' : match[1] === 'string' ? ' caractère(s)' : '';
    return `Le champ « ${field} » doit valoir au moins ${match[2] ?? ''}${unit} : corrigez sa valeur.`;
  }
  if ((match = /^Invalid option: expected one of (.+)$/.exec(detail))) {
    const options = (match[1] ?? '').split('|').map((option) => option.replace(/^"|"$/g, ''));
    return `Le champ « ${field} » doit valoir ${options.join(', ')} : corrigez sa valeur.`;
  }
  return null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What each frontmatter field holds, for a value of the wrong type. */
const frontmatterFieldHints: Record<string, string> = {
  id: 'un identifiant en minuscules et tirets, par exemple virt-definition',
  title: 'un texte',
  description: 'un texte',
  order: 'un nombre entier (1, 2, 3…)',
  duration: 'un nombre entier de minutes, par exemple 10',
  objectives: 'une liste de phrases, une par ligne commençant par « - »',
  topics: 'une liste d’ids du programme, par exemple [c1, c2], ou []',
  kind: 'lesson, practice ou assessment',
  draft: 'true ou false',
  previousIds: 'une liste d’anciens ids, par exemple [virt-ancien-id]',
};

function describeValue(value: unknown): string {
  if (value === null) return 'une valeur vide';
  if (Array.isArray(value)) return 'une liste';
  if (typeof value === 'object') return 'un objet';
  if (typeof value === 'string') return `le texte « ${value} »`;
  if (typeof value === 'number' || typeof value === 'boolean') return `la valeur ${value}`;
  return 'une valeur';
}

/** Reads a field of a lesson's frontmatter as written (`objectives.[0]`), when the checker has the file. */
export type FrontmatterLookup = (file: string, field: string) => { found: true; value: unknown } | { found: false };

function describeLoaderMessage(message: string, file: string, lookup: FrontmatterLookup | undefined): string {
  let match: RegExpExecArray | null;
  if ((match = /^le champ « (.+?) » est obligatoire et manque\.$/.exec(message))) {
    const field = match[1] ?? '';
    // zod reports a value of the wrong type the same way as a missing one; the file tells them apart.
    const written = lookup?.(file, field);
    if (written?.found) {
      const hint = frontmatterFieldHints[field.split('.')[0] ?? ''] ?? 'une valeur du type attendu';
      return `Le champ « ${field} » contient ${describeValue(written.value)}, qui n’a pas le bon type : écrivez ${hint}.`;
    }
    return `Le champ « ${field} » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.`;
  }
  if ((match = /^order (\d+) est déjà pris par (.+)$/.exec(message))) {
    return `Le numéro d’ordre (order) ${match[1] ?? ''} est déjà pris par ${match[2] ?? ''}`;
  }
  const schema = /^le champ « (.+?) » (.+)\.$/.exec(message);
  if (schema) {
    const described = describeSchemaMessage(schema[1] ?? '', schema[2] ?? '');
    if (described) return described;
  }
  return capitalize(message);
}

/** The loader's problem, worded as the checker words its own: a capitalised sentence with a fix. */
export function frenchLoaderProblem(problem: ContentProblem, lookup?: FrontmatterLookup): ContentProblem {
  if (problem.message.startsWith(MDX_PREFIX)) {
    const reason = problem.message.slice(MDX_PREFIX.length);
    // micromark gives an unclosed tag's place in the message only: `(5:1-5:22)`.
    const place = reason.startsWith('Expected a closing tag') ? /\((\d+):(\d+)-\d+:\d+\)$/.exec(reason) : null;
    const line = place ? Number(place[1]) : problem.line;
    const column = place ? Number(place[2]) : problem.column;
    return { ...problem, line, column, message: describeMdxError(reason) };
  }
  return { ...problem, message: describeLoaderMessage(problem.message, problem.file, lookup) };
}
