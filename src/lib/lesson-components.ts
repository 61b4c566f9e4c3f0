/**
 * The components an instructor may write in a lesson, as data: the one list that the MDX map
 * (src/mdx/mdx-components.tsx), the content checker (build/checks/check-components.ts,
 * check-mdx-code.ts), the typography check and the search indexer read. Adding a component is
 * one entry here plus its React component in the map (TypeScript holds the map to this list).
 */

export interface ComponentAttribute {
  /** The attribute must be written. */
  readonly required?: boolean;
  /** Text a reader sees (a title, a caption): typography-checked and indexed for search. */
  readonly prose?: boolean;
  /** The only values the attribute takes, the first being the default. */
  readonly values?: readonly string[];
  /** What the attribute holds, in the checker's messages (« l’id du terme du glossaire »). */
  readonly describe?: string;
  /** What the value names, checked against the course: a glossary id or a diagram file. */
  readonly names?: 'glossary-term' | 'diagram';
}

export interface LessonComponent {
  readonly attributes: Readonly<Record<string, ComponentAttribute>>;
  /** How an author writes it, shown in the checker's messages. */
  readonly example: string;
}

export const lessonComponents = {
  Callout: {
    attributes: { type: { values: ['info', 'warning', 'tip'] }, title: { prose: true } },
    example: '<Callout type="tip" title="Astuce">…</Callout>',
  },
  Figure: {
    attributes: { caption: { prose: true } },
    example: '<Figure caption="Ce que la figure montre">![Texte alternatif](/images/…)</Figure>',
  },
  Terme: {
    attributes: { id: { required: true, names: 'glossary-term', describe: 'l’id du terme du glossaire' } },
    example: '<Terme id="cgroup">cgroups</Terme>',
  },
  Diagram: {
    attributes: { name: { required: true, names: 'diagram', describe: 'le nom du schéma' } },
    example: '<Diagram name="hypervisors" />',
  },
} as const satisfies Record<string, LessonComponent>;

export type LessonComponentName = keyof typeof lessonComponents;

export const lessonComponentNames = Object.keys(lessonComponents) as LessonComponentName[];

/** The callout's kinds, in the list's order (the first is the default). */
export const calloutTypes = lessonComponents.Callout.attributes.type.values;
export type CalloutType = (typeof calloutTypes)[number];

export function lessonComponent(name: string): LessonComponent | undefined {
  return Object.hasOwn(lessonComponents, name)
    ? (lessonComponents as Record<string, LessonComponent>)[name]
    : undefined;
}

/** Component name → its prose attributes (for the typography check and the search index). */
export function proseAttributesOf(name: string): string[] {
  const component = lessonComponent(name);
  if (!component) return [];
  return Object.entries(component.attributes)
    .filter(([, attribute]) => attribute.prose === true)
    .map(([attribute]) => attribute);
}

/** « A, B, C ou D » / « A, B, C et D »: a list as French prose. */
export function frenchList(items: readonly string[], conjunction: 'ou' | 'et'): string {
  const head = items.slice(0, -1);
  const last = items.at(-1) ?? '';
  return head.length === 0 ? last : `${head.join(', ')} ${conjunction} ${last}`;
}

/** « Callout, Figure, Terme ou Diagram ». */
export function componentNamesAsText(conjunction: 'ou' | 'et'): string {
  return frenchList(lessonComponentNames, conjunction);
}
