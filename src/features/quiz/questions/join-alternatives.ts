/** « a / b / c » through the catalogue, for lists of accepted answers. */
import type { Translate } from '../../../lib/i18n';

export function joinAlternatives(items: readonly string[], t: Translate): string {
  return items.reduce(
    (joined, item) => (joined === '' ? item : t('quiz.alternatives', { first: joined, second: item })),
    '',
  );
}
