import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { I18nProvider, type Lang } from '../lib/i18n';
import { CodeBlock } from './code-block';
import { mdxMessages } from './messages';

function renderBlock(lang: string | undefined, uiLang: Lang = 'fr', title?: string) {
  render(
    <I18nProvider lang={uiLang} catalogue={mdxMessages}>
      <CodeBlock data-lang={lang} data-title={title}>
        <code>$ docker ps</code>
      </CodeBlock>
    </I18nProvider>,
  );
}

test('a shell session is labelled « Terminal », to eyes and screen readers, never « shellsession »', () => {
  renderBlock('shellsession');
  expect(screen.getByText('Terminal')).toBeVisible();
  expect(screen.getByRole('button', { name: 'Copier le code Terminal' })).toBeInTheDocument();
  expect(document.body).not.toHaveTextContent(/shellsession/);
  expect(screen.getByRole('button').getAttribute('aria-label')).not.toMatch(/shellsession/);
});

test('other languages keep their name; plain text and a missing language say « Code »; a title wins', () => {
  renderBlock('dockerfile');
  expect(screen.getByRole('button', { name: 'Copier le code dockerfile' })).toBeInTheDocument();
  renderBlock(undefined, 'en');
  expect(screen.getByRole('button', { name: 'Copy the code Code' })).toBeInTheDocument();
  renderBlock('shellsession', 'fr', 'compose.yaml');
  expect(screen.getByRole('button', { name: 'Copier le code compose.yaml' })).toBeInTheDocument();
});
