import { Link } from 'react-router';
import type { GlossaryEntry } from 'virtual:glossary';
import { useT } from '../../lib/i18n';

/** A term as it is filed: without leading punctuation, so `.dockerignore` is filed under D. */
function filingKey(term: string): string {
  return term.replace(/^[^\p{L}\p{N}]+/u, '') || term;
}

/** The letter a term is filed under (accents dropped, leading punctuation skipped). */
export function initialOf(term: string): string {
  return filingKey(term).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
}

/** Terms in glossary order: French collation of their filing key. */
export function sortTerms<T extends { term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      filingKey(a.term).localeCompare(filingKey(b.term), 'fr', { sensitivity: 'base' }) ||
      a.term.localeCompare(b.term, 'fr'),
  );
}

/** Every term, alphabetically (French collation), each with the lessons that use it. */
export function GlossaryPage({ entries }: { entries: GlossaryEntry[] }) {
  const t = useT();
  const sorted = sortTerms(entries);
  const letters = [...new Set(sorted.map((entry) => initialOf(entry.term)))];
  return (
    <div className="glossary">
      <h1 id="page-title" tabIndex={-1}>
        {t('glossary.title')}
      </h1>
      <p className="lead">{t('glossary.intro', { n: entries.length })}</p>
      <nav aria-label={t('glossary.letters')} className="glossary-letters">
        <ul>
          {letters.map((letter) => (
            <li key={letter}>
              <a href={`#lettre-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`lettre-${letter}`}>
          <h2 id={`lettre-${letter}`}>{letter}</h2>
          <dl className="glossary-list">
            {sorted
              .filter((entry) => initialOf(entry.term) === letter)
              .map((entry) => (
                <div key={entry.id} className="glossary-entry">
                  <dt id={entry.id} tabIndex={-1}>
                    {entry.term}
                  </dt>
                  <dd>
                    <p>{entry.definition}</p>
                    {entry.lessons.length > 0 ? (
                      <p className="glossary-usages">
                        {t('glossary.usedIn')}{' '}
                        {entry.lessons.map((lesson, index) => (
                          <span key={lesson.path}>
                            {index > 0 ? ', ' : ''}
                            <Link to={lesson.path}>{lesson.title}</Link>
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
