/** The card's sentences in one place: short, kind, and never about the person's message itself. */
import type { QuestionId } from '../../core/questions';
import { plural, t, type MessageKey } from '../../platform/i18n';

export function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return plural(seconds, 'durationSeconds_one', 'durationSeconds_other');
  return plural(Math.round(seconds / 60), 'durationMinutes_one', 'durationMinutes_other');
}

/** Time left of a chosen wait, rounded up so "0 minutes left" never shows. */
export function timeLeft(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return plural(seconds, 'timeLeftSeconds_one', 'timeLeftSeconds_other');
  return plural(Math.ceil(seconds / 60), 'timeLeftMinutes_one', 'timeLeftMinutes_other');
}

export function countLine(count: number, spanMs: number): string {
  return t('cardCountLine', plural(count, 'cardMessages_one', 'cardMessages_other'), duration(spanMs));
}

export function waitLabel(minutes: number): string {
  return plural(minutes, 'cardWait_one', 'cardWait_other');
}

export const WHY_STEPS: readonly MessageKey[] = ['cardWhyStep1', 'cardWhyStep2', 'cardWhyStep3', 'cardWhyStep4'];

/** Each question the card can ask, with the line under it. `reliable` is step 2, the default. */
export const QUESTION_COPY: Readonly<Record<QuestionId, { title: MessageKey; hint: MessageKey }>> = {
  reliable: { title: 'cardQuestion', hint: 'cardQuestionHint' },
  like: { title: 'cardQuestionLike', hint: 'cardQuestionLikeHint' },
  gut: { title: 'cardQuestionGut', hint: 'cardQuestionGutHint' },
  trust: { title: 'cardQuestionTrust', hint: 'cardQuestionTrustHint' },
};
