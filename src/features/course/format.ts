import type { Translate } from '../../lib/i18n';

/** "45 min" or "3 h 20 min". */
export function formatDuration(t: Translate, minutes: number): string {
  if (minutes < 60) return t('course.minutes', { n: minutes });
  return t('course.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
}
