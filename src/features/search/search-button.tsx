import { SearchIcon } from '../../components/ui/icons';
import { useT } from '../../lib/i18n';
import { preloadSearchDialog, useOpenSearch } from './search-provider';
import './search-button.css';

/** The header's way into search; shows its shortcut. Renders nothing outside a SearchProvider. */
export function SearchButton() {
  const t = useT();
  const openSearch = useOpenSearch();
  if (!openSearch) return null;
  return (
    <button
      type="button"
      className="search-button"
      onClick={openSearch}
      onPointerEnter={preloadSearchDialog}
      onFocus={preloadSearchDialog}
      aria-keyshortcuts="/ Control+K Meta+K"
      title={t('search.openHint')}
    >
      <SearchIcon />
      <span className="search-button-label">{t('search.open')}</span>
      <kbd className="search-button-key" aria-hidden="true">
        /
      </kbd>
    </button>
  );
}
