/**
 * The review's target retention (« Révisions »): how many of the questions the learner wants to
 * still know when they come back, from 80 % to 95 % (90 % by default). A higher target brings
 * questions back sooner. Kept with the preferences; the scheduler reads it at each answer.
 * A native select: labelled, reached with Tab, changed with the arrow keys, and its new value
 * announced once by the browser itself.
 */
import { useId } from 'react';
import { usePreferences } from '../features/preferences/preferences-store';
import { useT } from '../lib/i18n';
import { RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN } from '../lib/review-cards';

/** The choices, in whole percents: 80, 81, … 95. */
const percents = Array.from(
  { length: Math.round((RETENTION_MAX - RETENTION_MIN) * 100) + 1 },
  (_value, index) => Math.round(RETENTION_MIN * 100) + index,
);

export function RetentionSetting() {
  const t = useT();
  const selectId = useId();
  const helpId = useId();
  const headingId = useId();
  const retention = usePreferences((state) => state.reviewRetention);
  const setRetention = usePreferences((state) => state.setReviewRetention);
  const defaultPercent = Math.round(RETENTION_DEFAULT * 100);
  return (
    <section className="review-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review.settings.title')}</h2>
      <label htmlFor={selectId}>{t('review.retention.label')}</label>{' '}
      <select
        id={selectId}
        className="field"
        value={String(Math.round(retention * 100))}
        aria-describedby={helpId}
        onChange={(event) => setRetention(Number(event.target.value) / 100)}
      >
        {percents.map((percent) => (
          <option key={percent} value={String(percent)}>
            {percent === defaultPercent
              ? t('review.retention.optionDefault', { percent })
              : t('review.retention.option', { percent })}
          </option>
        ))}
      </select>
      <p id={helpId} className="review-settings__help">
        {t('review.retention.help')}
      </p>
    </section>
  );
}
