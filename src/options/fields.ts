import type { NumberVerdict } from '../core/numberInput';
import { NUMBER_FIELDS, type NumberField } from '../core/settings';
import { t, type MessageKey } from '../platform/i18n';

/** The number settings, grouped as the form shows them: when to pause, and the card itself. */
export const FIELD_GROUPS: Readonly<Record<'when' | 'card', { legend: MessageKey; fields: readonly NumberField[] }>> = {
  when: { legend: 'optionsGroupWhen', fields: ['limit', 'windowSeconds'] },
  card: { legend: 'optionsGroupCard', fields: ['breathSeconds', 'cooldownMinutes'] },
};

/**
 * Labels are the fields' accessible names; tests and e2e look them up by the English text.
 * The range is read from NUMBER_FIELDS so the hint can never disagree with the parser.
 */
export function fieldCopy(field: NumberField): { label: string; hint: string } {
  const { min, max } = NUMBER_FIELDS[field];
  switch (field) {
    case 'limit':
      return { label: t('optionsLimitLabel'), hint: t('optionsLimitHint', min, max) };
    case 'windowSeconds':
      return { label: t('optionsWindowLabel'), hint: t('optionsWindowHint', min, max) };
    case 'cooldownMinutes':
      return { label: t('optionsCooldownLabel'), hint: t('optionsCooldownHint', min, max) };
    case 'breathSeconds': {
      // Named through the card's own message, so the option and the button never drift apart.
      const button = t('cardSendAnyway');
      return { label: t('optionsBreathLabel', button), hint: t('optionsBreathHint', min, max, button) };
    }
    case 'streakReachOuts':
      return { label: t('streakReachOutsLabel'), hint: t('streakReachOutsHint', min, max) };
    case 'quietMinutes':
      return { label: t('streakQuietLabel'), hint: t('streakQuietHint', min, max) };
  }
}

const PROBLEMS = {
  empty: 'numberEmpty',
  decimals: 'numberDecimals',
  range: 'numberOutOfRange',
} as const satisfies Record<string, MessageKey>;

/** The sentence for a refused entry, one the person can act on. */
export function problemText(verdict: Extract<NumberVerdict, { ok: false }>): string {
  const { problem, min, max, input } = verdict;
  // Only the start of what was typed: a pasted paragraph must not flood the form.
  return problem === 'notNumber' ? t('numberNotNumber', input.slice(0, 12), min, max) : t(PROBLEMS[problem], min, max);
}
