import { useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useLang, useT } from '../lib/i18n';

type PreProps = ComponentPropsWithoutRef<'pre'> & { 'data-lang'?: string; 'data-title'?: string };

/** For shell sessions, only the commands are copied (prompt stripped, output left out). */
export function textToCopy(text: string, lang: string | undefined): string {
  if (lang !== 'shellsession') return text;
  const commands = text
    .split('\n')
    .filter((line) => line.startsWith('$ '))
    .map((line) => line.slice(2));
  return commands.length > 0 ? commands.join('\n') : text;
}

/** What a block's header calls its language: a shell session is a « Terminal », plain text is « Code ». */
export function languageLabel(lang: string | undefined, t: (key: string) => string): string {
  if (!lang || lang === 'text') return t('mdx.code');
  if (lang === 'shellsession') return t('mdx.terminal');
  return lang;
}

/** A highlighted code block (colours come from the build) with an optional title and a copy button. */
export function CodeBlock({ children, 'data-lang': lang, 'data-title': title, ...rest }: PreProps) {
  const t = useT();
  const uiLang = useLang();
  const preRef = useRef<HTMLPreElement>(null);
  const label = title ?? languageLabel(lang, t);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  const handleCopy = async () => {
    const text = textToCopy(preRef.current?.textContent ?? '', lang);
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };

  return (
    <div className="code-block">
      <div className="code-block-header">
        <span className="code-block-title">{label}</span>
        <button
          type="button"
          className="code-copy"
          lang={uiLang}
          onClick={() => void handleCopy()}
          aria-label={t('mdx.copyLabel', { title: label })}
        >
          {status === 'copied' ? t('mdx.copied') : t('mdx.copy')}
        </button>
        <span role="status" className="visually-hidden">
          {status === 'copied' ? t('mdx.copied') : status === 'failed' ? t('mdx.copyFailed') : ''}
        </span>
      </div>
      {/* The block scrolls sideways on small screens; tabIndex lets keyboard users scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre ref={preRef} tabIndex={0} {...rest}>
        {children}
      </pre>
    </div>
  );
}
