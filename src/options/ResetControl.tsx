import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';

export interface ResetControlProps {
  /** `forgetStreaks`: the offered "also forget the unanswered reach-outs" box was ticked. */
  onReset: (forgetStreaks: boolean) => void;
}

/**
 * "Reset to defaults", with the question asked in the page rather than by window.confirm: a
 * native dialog blocks the page, cannot be styled for dark mode, and Firefox may suppress it.
 * Focus goes to Cancel, the harmless choice; Escape cancels; afterwards focus returns to the button.
 */
export function ResetControl({ onReset }: ResetControlProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [forgetStreaks, setForgetStreaks] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // A layout effect: focus must move in the same task as the click, before anything else is typed.
  useLayoutEffect(() => {
    if (asking) cancel.current?.focus();
    else if (wasAsking.current) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <div class="row">
        <button type="button" ref={button} class="button" onClick={() => setAsking(true)}>{t('resetButton')}</button>
      </div>
    );
  }
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          setAsking(false);
        }
      }}
    >
      <p id={`${id}-question`}>{t('resetConfirmText')}</p>
      <p class="row">
        <input id={`${id}-streaks`} type="checkbox" checked={forgetStreaks} onChange={(event) => setForgetStreaks(event.currentTarget.checked)} />
        <label for={`${id}-streaks`}>{t('streakResetAlso')}</label>
      </p>
      <div class="row">
        <button
          type="button"
          class="danger"
          onClick={() => {
            setAsking(false);
            onReset(forgetStreaks);
          }}
        >
          {t('resetConfirm')}
        </button>
        <button type="button" ref={cancel} class="button" onClick={() => setAsking(false)}>{t('resetCancel')}</button>
      </div>
    </div>
  );
}
