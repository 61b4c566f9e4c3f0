/**
 * The one i18n function. Features keep their strings in `messages.ts` catalogues
 * (`{ fr, en }`, keys namespaced by feature); the app merges them and provides
 * the active language. Components read strings with `useT()`, never literals.
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

export const languages = ['fr', 'en'] as const;
export type Lang = (typeof languages)[number];
export type Messages = Record<string, string>;
export type Catalogue = Record<Lang, Messages>;
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Merges feature catalogues; a key defined twice is a programming error. */
export function mergeCatalogues(...catalogues: Catalogue[]): Catalogue {
  const merged: Catalogue = { fr: {}, en: {} };
  for (const catalogue of catalogues) {
    for (const lang of languages) {
      for (const [key, value] of Object.entries(catalogue[lang])) {
        if (key in merged[lang]) throw new Error(`i18n: duplicate message key "${key}" (${lang})`);
        merged[lang][key] = value;
      }
    }
  }
  return merged;
}

/**
 * Messages that arrive with a lazy chunk (the quiz view, say) so the first page load
 * does not carry them. A chunk registers its catalogue before it renders; the components
 * on screen read the registry themselves (useT), so a registration re-renders them and
 * nothing else: the provider's context does not change, and a part of the page that has
 * not hydrated yet (src/lib/hydration-gate.ts) is left as it is.
 */
let registered: Catalogue = { fr: {}, en: {} };
const registryListeners = new Set<() => void>();

export function registerMessages(catalogue: Catalogue): void {
  if (languages.every((lang) => Object.keys(catalogue[lang]).every((key) => key in registered[lang]))) return;
  registered = {
    fr: { ...registered.fr, ...catalogue.fr },
    en: { ...registered.en, ...catalogue.en },
  };
  for (const listener of registryListeners) listener();
}

function subscribeToRegistry(listener: () => void): () => void {
  registryListeners.add(listener);
  return () => registryListeners.delete(listener);
}

const getRegistered = () => registered;

/** The BCP 47 locale used to format numbers and dates in each language. */
export const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };
/** One formatter per language: `toLocaleString(locale)` would build a new one on every call. */
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A number in the language's notation. Counts below 1000 read the same in every language
 * here and are most of what the interface shows, so they skip the formatter, whose first
 * construction is slow on a phone.
 */
function formatNumber(value: number, lang: Lang): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang]);
    numberFormats.set(lang, format);
  }
  return format.format(value);
}

export function translate(messages: Messages, lang: Lang, key: string, vars?: Record<string, string | number>): string {
  const template = messages[key];
  if (template === undefined) return key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}

interface I18nValue {
  lang: Lang;
  catalogue: Catalogue;
}

const I18nContext = createContext<I18nValue>({ lang: 'fr', catalogue: { fr: {}, en: {} } });

export function I18nProvider({ lang, catalogue, children }: { lang: Lang; catalogue: Catalogue; children: ReactNode }) {
  const value = useMemo<I18nValue>(() => ({ lang, catalogue }), [lang, catalogue]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** One translate function per catalogue, language and state of the registry, shared by every component. */
const translators = new WeakMap<Catalogue, Map<Lang, { registry: Catalogue; t: Translate }>>();

function translatorFor(catalogue: Catalogue, lang: Lang, registry: Catalogue): Translate {
  let byLang = translators.get(catalogue);
  if (!byLang) {
    byLang = new Map();
    translators.set(catalogue, byLang);
  }
  const cached = byLang.get(lang);
  if (cached?.registry === registry) return cached.t;
  const messages = { ...registry[lang], ...catalogue[lang] };
  const t: Translate = (key, vars) => translate(messages, lang, key, vars);
  byLang.set(lang, { registry, t });
  return t;
}

export function useT(): Translate {
  const { lang, catalogue } = useContext(I18nContext);
  const registry = useSyncExternalStore(subscribeToRegistry, getRegistered, getRegistered);
  return translatorFor(catalogue, lang, registry);
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}
