/**
 * Reset: a native modal <dialog> asks for confirmation and offers an export first.
 * Focus goes to "Annuler" when it opens (the safe choice) and back to the button when it closes.
 */
import { useId, useRef, useState } from 'react';
import { useT } from '../../lib/i18n';
import { downloadProgressExport } from './download';
import { useProgressStore } from './progress-store';
import { Button } from '../../components/ui/button';

export function ResetPanel() {
  const t = useT();
  const titleId = useId();
  const textId = useId();
  const resetProgress = useProgressStore((state) => state.resetProgress);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [exportMessage, setExportMessage] = useState('');
  const [message, setMessage] = useState('');

  const open = () => {
    const element = dialog.current;
    if (!element) return;
    setExportMessage('');
    setMessage('');
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    cancel.current?.focus();
  };

  const close = () => {
    const element = dialog.current;
    if (element?.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
    opener.current?.focus();
  };

  const handleExportFirst = () => {
    const filename = downloadProgressExport(useProgressStore.getState().data);
    setExportMessage(filename ? t('progress.export.done', { filename }) : t('progress.export.failed'));
  };

  const handleConfirm = () => {
    resetProgress();
    close();
    setMessage(t('progress.reset.done'));
  };

  return (
    <section className="progress-section" aria-labelledby="progress-reset-title">
      <h2 id="progress-reset-title">{t('progress.reset.title')}</h2>
      <p>{t('progress.reset.text')}</p>
      <Button ref={opener} type="button" variant="danger" onClick={open}>
        {t('progress.reset.button')}
      </Button>
      <p role="status" className="progress-message">
        {message}
      </p>
      {/* Escape closes a modal dialog natively; onClose then returns focus. */}
      <dialog
        ref={dialog}
        className="progress-dialog"
        aria-labelledby={titleId}
        aria-describedby={textId}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={titleId}>{t('progress.reset.dialogTitle')}</h2>
        <p id={textId}>{t('progress.reset.dialogText')}</p>
        <div className="progress-actions">
          <Button type="button" onClick={handleExportFirst}>
            {t('progress.reset.exportFirst')}
          </Button>
          <Button type="button" variant="danger" onClick={handleConfirm}>
            {t('progress.reset.confirm')}
          </Button>
          <Button ref={cancel} type="button" variant="primary" onClick={close}>
            {t('progress.reset.cancel')}
          </Button>
        </div>
        <p role="status" className="progress-message">
          {exportMessage}
        </p>
      </dialog>
    </section>
  );
}
