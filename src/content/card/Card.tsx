import { useEffect, useState } from 'preact/hooks';
import type { QuestionId } from '../../core/questions';
import type { Schedule } from '../../core/schedule';
import { slots, t } from '../../platform/i18n';
import { scheduleSummary } from '../../ui/schedule';
import { Answers, type Answer } from './Answers';
import { StreakLine, type StreakModel } from './StreakLine';
import { LongerBreath } from './LongerBreath';
import { TypedWords } from './TypedWords';
import * as words from './words';

export interface CardModel {
  /** `ask`: the pause. `ignored`: "Send anyway" was replayed but the site did not send. */
  readonly phase: 'ask' | 'ignored';
  readonly reason: 'limit' | 'cooldown' | 'streak';
  readonly count: number;
  readonly spanMs: number;
  readonly cooldownLeftMs: number;
  readonly breathSeconds: number;
  readonly cooldownMinutes: number;
  readonly siteName: string;
  /** Chosen once per card by the guard, so a re-render never changes the question under the reader. */
  readonly question: QuestionId;
  /** The person's own line, "" for none. Rendered as a text node only, never as markup. */
  readonly ownWords: string;
  /** Shown as a one-line note when nudges are limited to certain times. */
  readonly schedule: Schedule;
  /** Where this pause stands in a run that made the breath longer; 0 when the breath is as set. */
  readonly longerBreathRun?: number;
  /** "Send anyway" waits until the own words are typed (only when there are own words). */
  readonly typeOwnWords?: boolean;
  /** On a streak pause: the reach-outs and when they last wrote. */
  readonly streak?: StreakModel | undefined;
}

export interface CardActions {
  sendAnyway(): void;
  keepEditing(): void;
  wait(): void;
  /** "Yes, they have" / "Not sure yet" under the question: counted, nothing else. */
  answer?(answer: Answer): void;
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
  const [typed, setTyped] = useState(false);
  const mustType = model.typeOwnWords === true && model.ownWords !== '';
  // The card's own language, which need not be the page's: screen readers pronounce it right.
  const lang = t('languageTag');
  const question = words.QUESTION_COPY[model.question] ?? words.QUESTION_COPY.reliable;
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
        {model.streak ? (
          <StreakLine streak={model.streak} />
        ) : model.reason === 'cooldown' ? (
          slots('cardWaiting', 1).map((piece) => (typeof piece === 'number' ? <strong key="left">{words.timeLeft(model.cooldownLeftMs)}</strong> : piece))
        ) : (
          words.countLine(model.count, model.spanMs)
        )}
      </p>
      {/* The dialog's accessible name is this heading, so it is always the question shown. */}
      <h2 id={TITLE_ID}>{t(question.title)}</h2>
      <p class="lead">{t(question.hint)}</p>
      {model.question === 'reliable' && <Answers onAnswer={actions.answer} />}
      <LongerBreath run={model.longerBreathRun ?? 0} />
      {model.ownWords !== '' && (
        <figure class="own-words">
          <figcaption>{t('ownWordsCardLabel')}</figcaption>
          <blockquote>{model.ownWords}</blockquote>
        </figure>
      )}
      <details>
        <summary>{t('cardWhyTitle')}</summary>
        <ol>{words.WHY_STEPS.map((step) => <li key={step}>{t(step)}</li>)}</ol>
        <p>{t('cardWhyFootnote')}</p>
      </details>
      {model.schedule.mode === 'hours' && <p class="schedule">{scheduleSummary(model.schedule)}</p>}
      {mustType && <TypedWords ownWords={model.ownWords} onMatch={setTyped} />}
      <div class="actions">
        <button type="button" class="primary" onClick={actions.wait}>{model.streak ? t('streakWaitUntilReply') : words.waitLabel(model.cooldownMinutes)}</button>
        <button type="button" onClick={actions.keepEditing}>{t('cardKeepEditing')}</button>
        <button type="button" class="quiet" disabled={breathLeft > 0 || (mustType && !typed)} onClick={actions.sendAnyway}>
          {t('cardSendAnyway')}{breathLeft > 0 && <span class="countdown" aria-hidden="true"> · {breathLeft}</span>}
        </button>
      </div>
    </div>
  );
}
