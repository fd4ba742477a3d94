import { NUMBER_FIELDS, type NumberField } from '../core/settings';

/** The number settings, grouped as the form shows them. */
export const FIELD_GROUPS: readonly { legend: string; fields: readonly NumberField[] }[] = [
  { legend: 'When to pause', fields: ['limit', 'windowSeconds'] },
  { legend: 'The pause card', fields: ['breathSeconds', 'cooldownMinutes'] },
];

// The range is read from NUMBER_FIELDS so the hint can never disagree with the parser.
const range = (field: NumberField): string => `From ${NUMBER_FIELDS[field].min} to ${NUMBER_FIELDS[field].max}.`;

/** Labels are the fields' accessible names; tests and e2e look them up by this text. */
export const FIELD_COPY: Record<NumberField, { label: string; hint: string }> = {
  limit: {
    label: 'Messages before a pause',
    hint: `${range('limit')} The next message after this many within the time window is paused.`,
  },
  windowSeconds: {
    label: 'Time window (seconds)',
    hint: `${range('windowSeconds')} Messages to the same chat within this span count together.`,
  },
  cooldownMinutes: {
    label: 'Cooldown (minutes)',
    hint: `${range('cooldownMinutes')} If you choose to wait, new messages to that chat pause this long. Your draft stays put.`,
  },
  breathSeconds: {
    label: 'Breath before Send anyway (seconds)',
    hint: `${range('breathSeconds')} Send anyway unlocks after this many seconds, time for one slow breath. 0 unlocks it at once.`,
  },
};
