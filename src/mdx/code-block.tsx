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

/** A highlighted code block (colours come from the build) with an optional title and a copy button. */
export function CodeBlock({ children, 'data-lang': lang, 'data-title': title, ...rest }: PreProps) {
  const t = useT();
  const uiLang = useLang();
  const preRef = useRef<HTMLPreElement>(null);
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
        <span className="code-block-title">{title ?? (lang && lang !== 'text' ? lang : t('mdx.code'))}</span>
        <button
          type="button"
          className="code-copy"
          lang={uiLang}
          onClick={() => void handleCopy()}
          aria-label={t('mdx.copyLabel', { title: title ?? lang ?? '' })}
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
