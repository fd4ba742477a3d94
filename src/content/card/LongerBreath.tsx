import { t } from '../../platform/i18n';

/** Says why the breath is longer this time: people accept a change better when told why at that moment. */
export function LongerBreath({ run }: { run: number }) {
  if (run < 2) return null;
  return <p class="longer-breath">{t('stickLongerBreathLine', run)}</p>;
}
