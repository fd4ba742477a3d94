import { useId } from 'preact/hooks';
import { HOLD_HOURS, type HoldHours, type Settings } from '../core/settings';
import { t } from '../platform/i18n';
import { hoursText } from './pendingWords';
import { Toggle } from './Toggle';

/** "Hold me to my settings": the switch and its delay. */
export function HoldSection({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const name = useId();
  return (
    <div class="card">
      <Toggle label={t('stickHoldLabel')} checked={settings.holdMe} onChange={(holdMe) => onChange({ holdMe })} description={t('stickHoldHint')} />
      <fieldset class="hold-hours">
        <legend>{t('stickHoldDelayLabel')}</legend>
        {HOLD_HOURS.map((hours: HoldHours) => (
          <label key={hours} class="choice">
            <input type="radio" name={name} value={hours} checked={settings.holdHours === hours} onChange={() => onChange({ holdHours: hours })} />
            {hoursText(hours)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** The card's two ways to make a pause hold: a breath that grows, and typing one's own words. */
export function StickToggles({ settings, onChange }: { settings: Settings; onChange: (patch: Partial<Settings>) => void }) {
  const noWords = settings.ownWords === '';
  return (
    <>
      <Toggle
        label={t('stickLongerBreathLabel')}
        checked={settings.longerBreath}
        onChange={(longerBreath) => onChange({ longerBreath })}
        description={t('stickLongerBreathHint')}
      />
      <Toggle
        label={t('stickTypeOwnWordsLabel')}
        checked={settings.typeOwnWords}
        // Without words there is nothing to type: it cannot be switched on, only off.
        disabled={noWords && !settings.typeOwnWords}
        onChange={(typeOwnWords) => onChange({ typeOwnWords })}
        description={noWords ? t('stickTypeOwnWordsNeedsWords') : t('stickTypeOwnWordsHint', t('cardSendAnyway'))}
      />
    </>
  );
}
