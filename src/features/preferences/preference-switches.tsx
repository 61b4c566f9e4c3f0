/**
 * The header's two button groups: theme (light, dark, device) and interface
 * language. Each is a labelled group of toggle buttons (aria-pressed), usable
 * at 320 px wide where a menu would hide them.
 */
import { useId, type ReactNode } from 'react';
import { DeviceIcon, MoonIcon, SunIcon } from '../../components/ui/icons';
import { languages, useT } from '../../lib/i18n';
import { themes, usePreferences, type Theme } from './preferences-store';
import './preference-switches.css';

const themeIcons: Record<Theme, ReactNode> = { light: <SunIcon />, dark: <MoonIcon />, system: <DeviceIcon /> };

export function ThemeSwitch() {
  const t = useT();
  const theme = usePreferences((state) => state.theme);
  const setTheme = usePreferences((state) => state.setTheme);
  return (
    <div role="group" aria-label={t('prefs.theme')} className="toggle-group">
      {themes.map((option) => (
        <button
          key={option}
          type="button"
          className="toggle-button"
          aria-pressed={theme === option}
          title={t(`prefs.theme.${option}`)}
          onClick={() => setTheme(option)}
        >
          {themeIcons[option]}
          <span className="visually-hidden">{t(`prefs.theme.${option}`)}</span>
        </button>
      ))}
    </div>
  );
}

export function LanguageSwitch() {
  const t = useT();
  const lang = usePreferences((state) => state.lang);
  const setLang = usePreferences((state) => state.setLang);
  const noteId = useId();
  // The course is written in French: the switch says so before anyone picks English.
  return (
    <div role="group" aria-label={t('prefs.language')} aria-describedby={noteId} className="toggle-group">
      <span id={noteId} className="visually-hidden">
        {t('prefs.lang.contentNote')}
      </span>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="toggle-button toggle-text"
          aria-pressed={lang === option}
          aria-label={t(`prefs.lang.${option}`)}
          title={
            option === 'fr'
              ? t(`prefs.lang.${option}`)
              : `${t(`prefs.lang.${option}`)} — ${t('prefs.lang.contentNote')}`
          }
          onClick={() => setLang(option)}
        >
          {t(`prefs.lang.${option}.short`)}
        </button>
      ))}
    </div>
  );
}
