/**
 * The content's schemas, written once: lesson frontmatter, module metadata,
 * syllabus and glossary. The loader, the checker and the tests all use these.
 */
import { z } from 'zod';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'doit être en minuscules, chiffres et tirets (ex. « virt-definition »)');

export const lessonKinds = ['lesson', 'practice', 'assessment'] as const;

export const frontmatterSchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(1, 'ne doit pas être vide'),
  description: z.string().trim().min(1, 'ne doit pas être vide'),
  order: z.number().int('doit être un entier').min(1, 'doit valoir au moins 1'),
  duration: z.number().int('doit être un nombre entier de minutes').min(1).max(120),
  objectives: z.array(z.string().trim().min(1)).min(1, 'doit lister au moins un objectif'),
  topics: z.array(z.string().regex(/^[a-z]+\d+$/, 'doit être un identifiant du programme (ex. « c3 »)')),
  kind: z.enum(lessonKinds).default('lesson'),
  draft: z.boolean().default(false),
  previousIds: z.array(kebabId).default([]),
  /** Image repositories the lesson shows in several versions on purpose (see check-image-tags.ts). */
  severalImageTags: z.array(z.string().trim().min(1)).default([]),
});
export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const moduleSchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(1),
  order: z.number().int().min(1),
  summary: z.string().trim().min(1),
});
export type ModuleFile = z.infer<typeof moduleSchema>;

export const syllabusSchema = z.strictObject({
  modules: z
    .array(
      z.strictObject({
        module: kebabId,
        title: z.string().min(1),
        topics: z.array(z.strictObject({ id: z.string().regex(/^[a-z]+\d+$/), title: z.string().min(1) })).min(1),
      }),
    )
    .min(1),
});
export type Syllabus = z.infer<typeof syllabusSchema>;

export const glossarySchema = z.array(
  z.strictObject({
    id: kebabId,
    term: z.string().trim().min(1),
    definition: z.string().trim().min(1),
  }),
);
export type Glossary = z.infer<typeof glossarySchema>;

/** French labels for the fields, so an instructor reads « le champ title » with its meaning. */
export function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.');
}
