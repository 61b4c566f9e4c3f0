/**
 * The schema validator's errors, in French and in place: an unknown key points at the key, a wrong type at the
 * value, a missing key at the mapping that lacks it. A value that may take several shapes (`oneOf`: a string or
 * a mapping…) gives one finding, the most precise one: the error inside the shape the learner chose, or else the
 * list of accepted types.
 */
import type { Finding } from '../finding';
import { lessons } from '../lessons';
import type { ComposeContext } from './check-compose';
import type { ComposeSchemaError } from './compose-schema-validator.generated.js';
import { pointerSegments } from './yaml-positions';

const typeNames: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: '`true` ou `false`',
  object: 'une table de clés et de valeurs',
  array: 'une liste',
  null: 'vide',
};

/** `services.web.ports[0]`: the path as a learner reads it. */
export function displayPath(segments: readonly string[]): string {
  return segments.reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment),
    '',
  );
}

function where(segments: readonly string[]): string {
  return segments.length === 0 ? 'à la racine du fichier' : `dans «\u00a0${displayPath(segments)}\u00a0»`;
}

function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

export function translateSchemaErrors(context: ComposeContext, errors: readonly ComposeSchemaError[]): Finding[] {
  const alternatives = errors.filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf');
  const chosen: ComposeSchemaError[] = [];
  const combinedTypes = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    const owner = alternatives.find((alternative) => alternative.instancePath === error.instancePath);
    if (owner && error.keyword === 'type') {
      // One of the shapes the value could have taken: kept aside, shown only if nothing more precise exists.
      const types = combinedTypes.get(owner.instancePath) ?? new Set<string>();
      for (const type of [error.params.type].flat()) types.add(String(type));
      combinedTypes.set(owner.instancePath, types);
      continue;
    }
    chosen.push(error);
  }
  for (const [path, types] of combinedTypes) {
    if (chosen.some((error) => isWithin(error.instancePath, path))) continue;
    chosen.push({ instancePath: path, schemaPath: '', keyword: 'type', params: { type: [...types] } });
  }
  for (const alternative of alternatives) {
    const covered =
      chosen.some((error) => isWithin(error.instancePath, alternative.instancePath)) ||
      combinedTypes.has(alternative.instancePath);
    if (!covered) chosen.push(alternative);
  }
  return chosen.map((error) => translate(context, error));
}

function translate(context: ComposeContext, error: ComposeSchemaError): Finding {
  const segments = pointerSegments(error.instancePath);
  const last = segments.at(-1) ?? '';
  const lesson = lessons.composeFile;
  switch (error.keyword) {
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      const parent = segments.at(-1);
      const isServiceName =
        segments.length === 1 && ['services', 'volumes', 'networks', 'configs', 'secrets'].includes(parent ?? '');
      return context.findingAt(
        [...segments, property],
        'key',
        'SchemaUnknownKey',
        'error',
        isServiceName
          ? `«\u00a0${property}\u00a0» n’est pas un nom valide\u00a0: un nom ne contient que des lettres sans accent, des chiffres, «\u00a0.\u00a0», «\u00a0_\u00a0» et «\u00a0-\u00a0».`
          : `La clé «\u00a0${property}\u00a0» n’existe pas ${where(segments)}\u00a0: vérifiez son orthographe et son niveau d’indentation. Docker Compose refuse le fichier.`,
        lesson,
      );
    }
    case 'type': {
      const types = [error.params.type].flat().map((type) => typeNames[String(type)] ?? String(type));
      const unique = [...new Set(types)];
      const expected = unique.length > 1 ? `${unique.slice(0, -1).join(', ')} ou ${unique.at(-1)}` : unique[0];
      return context.findingAt(
        segments,
        'value',
        'SchemaType',
        'error',
        segments.length === 0
          ? `Un compose.yaml est une table de clés et de valeurs (\`services:\`, \`volumes:\`…)\u00a0: ce fichier n’en est pas une.`
          : `La valeur de «\u00a0${displayPath(segments)}\u00a0» doit être ${expected}\u00a0: Docker Compose refuse le fichier tant qu’elle n’a pas cette forme.`,
        segments.at(-1) === 'ports' || segments.includes('ports') ? lessons.publishPort : lesson,
      );
    }
    case 'required': {
      const property = String(error.params.missingProperty);
      return context.findingAt(
        segments,
        'key',
        'SchemaRequired',
        'error',
        `Il manque la clé «\u00a0${property}\u00a0» ${where(segments)}\u00a0: elle est obligatoire à cet endroit.`,
        lesson,
      );
    }
    case 'enum': {
      const allowed = (Array.isArray(error.params.allowedValues) ? error.params.allowedValues : []).map(
        (value) => `«\u00a0${String(value)}\u00a0»`,
      );
      return context.findingAt(
        segments,
        'value',
        'SchemaEnum',
        'error',
        `La valeur de «\u00a0${displayPath(segments)}\u00a0» n’est pas acceptée\u00a0: elle doit être ${allowed.length > 1 ? `l’une de ${allowed.join(', ')}` : (allowed[0] ?? 'une autre valeur')}.`,
        segments.includes('depends_on') ? lessons.composeHealthy : lesson,
      );
    }
    case 'minimum':
    case 'maximum':
      return context.findingAt(
        segments,
        'value',
        'SchemaRange',
        'error',
        `La valeur de «\u00a0${displayPath(segments)}\u00a0» doit être ${error.keyword === 'minimum' ? 'au moins' : 'au plus'} ${String(error.params.limit)}.`,
        lesson,
      );
    case 'uniqueItems':
      return context.findingAt(
        segments,
        'value',
        'SchemaDuplicate',
        'error',
        `La liste «\u00a0${displayPath(segments)}\u00a0» contient deux fois la même valeur (éléments ${Number(error.params.j) + 1} et ${Number(error.params.i) + 1})\u00a0: gardez-en une seule.`,
        lesson,
      );
    case 'pattern':
      return context.findingAt(
        segments,
        'value',
        'SchemaPattern',
        'error',
        `La valeur de «\u00a0${displayPath(segments)}\u00a0» n’a pas le format attendu\u00a0: relisez la documentation de la clé «\u00a0${last}\u00a0».`,
        lesson,
      );
    default:
      return context.findingAt(
        segments,
        'value',
        'SchemaInvalid',
        'error',
        `La valeur ${where(segments)} n’a aucune des formes acceptées\u00a0: relisez la documentation de la clé «\u00a0${last || 'services'}\u00a0».`,
        lesson,
      );
  }
}
