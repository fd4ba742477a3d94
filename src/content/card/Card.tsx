import { useEffect, useState } from 'preact/hooks';
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
  if (model.phase === 'ignored') {
    return (
      <div class="card">
        <p class="eyebrow">Steady</p>
        <h2 id={TITLE_ID}>{words.IGNORED_TITLE}</h2>
        <p id={DESCRIPTION_ID} class="lead">{words.ignoredText(model.siteName)}</p>
        <div class="actions">
          <button type="button" class="primary" onClick={actions.keepEditing}>Keep editing</button>
        </div>
      </div>
    );
  }
  return (
    <div class="card">
      <p class="eyebrow">Steady · a pause before sending</p>
      <p id={DESCRIPTION_ID} class="count">
        {model.reason === 'cooldown' ? (
          <>
            {words.WAITING} <strong>{words.timeLeft(model.cooldownLeftMs)}</strong>.
          </>
        ) : (
          words.countLine(model.count, model.spanMs)
        )}
      </p>
      <h2 id={TITLE_ID}>{words.QUESTION}</h2>
      <p class="lead">{words.QUESTION_HINT}</p>
      <details>
        <summary>{words.WHY_TITLE}</summary>
        <ol>{words.WHY_STEPS.map((step) => <li key={step}>{step}</li>)}</ol>
        <p>{words.WHY_FOOTNOTE}</p>
      </details>
      <div class="actions">
        <button type="button" class="primary" onClick={actions.wait}>{words.waitLabel(model.cooldownMinutes)}</button>
        <button type="button" onClick={actions.keepEditing}>Keep editing</button>
        <button type="button" class="quiet" disabled={breathLeft > 0} onClick={actions.sendAnyway}>
          Send anyway{breathLeft > 0 && <span class="countdown" aria-hidden="true"> · {breathLeft}</span>}
        </button>
      </div>
    </div>
  );
}
