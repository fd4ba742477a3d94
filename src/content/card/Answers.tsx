import { useId, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';

export type Answer = 'yes' | 'notSure';

/**
 * Two optional answers under "Have they proven reliable?". Answering never sends, never closes the
 * card and never blocks the three choices; it only opens one short line of the matching step.
 */
export function Answers({ onAnswer }: { onAnswer?: ((answer: Answer) => void) | undefined }) {
  const name = useId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const choose = (next: Answer): void => {
    setAnswer(next);
    onAnswer?.(next);
  };
  return (
    <fieldset class="answers">
      <legend>{t('streakAnswersLegend')}</legend>
      <label>
        <input type="radio" name={name} checked={answer === 'yes'} onChange={() => choose('yes')} />
        {t('streakAnswerYes')}
      </label>
      <label>
        <input type="radio" name={name} checked={answer === 'notSure'} onChange={() => choose('notSure')} />
        {t('streakAnswerNotSure')}
      </label>
      {answer && <p class="answer-line">{t(answer === 'yes' ? 'streakAnswerYesLine' : 'streakAnswerNotSureLine')}</p>}
    </fieldset>
  );
}
