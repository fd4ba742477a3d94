import type { NumberField as Field, Settings } from '../core/settings';
import { listOf, t } from '../platform/i18n';
import { fieldCopy } from './fields';
import { NumberField } from './NumberField';
import { STREAK_SITES } from './streakSites';
import { Toggle } from './Toggle';

export interface StreakSectionProps {
  settings: Settings;
  onToggle: (on: boolean) => void;
  onNumber: (field: Field, value: number) => void;
}

const FIELDS: readonly Field[] = ['streakReachOuts', 'quietMinutes'];

/** The second reason to pause: its switch, its two numbers, and the sites where it can work (never claimed elsewhere). */
export function StreakSection({ settings, onToggle, onNumber }: StreakSectionProps) {
  return (
    <fieldset class="card">
      <legend>{t('streakLegend')}</legend>
      <Toggle label={t('streakEnabledLabel')} checked={settings.streakEnabled} onChange={onToggle} description={t('streakEnabledHint')} />
      {FIELDS.map((field) => (
        <NumberField key={field} field={field} {...fieldCopy(field)} value={settings[field]} onValid={(value) => onNumber(field, value)} />
      ))}
      <p class="hint">{t('streakSitesLine', listOf(STREAK_SITES.map((site) => site.name)))}</p>
    </fieldset>
  );
}
