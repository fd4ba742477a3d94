import { useEffect, useState } from 'preact/hooks';
import { slots, t } from '../../platform/i18n';
import * as words from './words';

export interface CardModel {
  /** `ask`: the pause. `ignored`: "Send anyway" was replayed but the site did not send. */
  readonly phase: 'ask' | 'ignored';
  readonly reason: 'limit' | 'cooldown';
  readonly count: number;
  readonly spanMs: number;
  readonly cooldownLeftMs: number;
  readonly breathSeconds: number;
  readonly cooldownMinutes: number;
  readonly siteName: string;
}

export interface CardActions {
  sendAnyway(): void;
  keepEditing(): void;
  wait(): void;
}

export const TITLE_ID = 'steady-title';
export const DESCRIPTION_ID = 'steady-description';

/** Seconds until "Send anyway" wakes up: a short breath works better than words alone. */
function useBreath(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    if (seconds <= 0) return undefined;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}

export function Card({ model, actions }: { model: CardModel; actions: CardActions }) {
  const breathLeft = useBreath(model.phase === 'ask' ? model.breathSeconds : 0);
  // The card's own language, which need not be the page's: screen readers pronounce it right.
  const lang = t('languageTag');
  if (model.phase === 'ignored') {
    return (
      <div class="card" lang={lang}>
        <p class="eyebrow">{t('extensionName')}</p>
        <h2 id={TITLE_ID}>{t('cardIgnoredTitle')}</h2>
        <p id={DESCRIPTION_ID} class="lead">{t('cardIgnoredText', model.siteName)}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={actions.keepEditing}>{t('cardKeepEditing')}</button>
        </div>
      </div>
    );
  }
  return (
    <div class="card" lang={lang}>
      <p class="eyebrow">{t('cardEyebrow')}</p>
      <p id={DESCRIPTION_ID} class="count">
        {model.reason === 'cooldown' ? (
          slots('cardWaiting', 1).map((piece) => (typeof piece === 'number' ? <strong key="left">{words.timeLeft(model.cooldownLeftMs)}</strong> : piece))
        ) : (
          words.countLine(model.count, model.spanMs)
        )}
      </p>
      <h2 id={TITLE_ID}>{t('cardQuestion')}</h2>
      <p class="lead">{t('cardQuestionHint')}</p>
      <details>
        <summary>{t('cardWhyTitle')}</summary>
        <ol>{words.WHY_STEPS.map((step) => <li key={step}>{t(step)}</li>)}</ol>
        <p>{t('cardWhyFootnote')}</p>
      </details>
      <div class="actions">
        <button type="button" class="primary" onClick={actions.wait}>{words.waitLabel(model.cooldownMinutes)}</button>
        <button type="button" onClick={actions.keepEditing}>{t('cardKeepEditing')}</button>
        <button type="button" class="quiet" disabled={breathLeft > 0} onClick={actions.sendAnyway}>
          {t('cardSendAnyway')}{breathLeft > 0 && <span class="countdown" aria-hidden="true"> · {breathLeft}</span>}
        </button>
      </div>
    </div>
  );
}
