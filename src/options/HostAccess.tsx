import { useState } from 'preact/hooks';
import { listOf, t } from '../platform/i18n';

export interface HostAccessProps {
  /** Names of the built-in sites Steady may not run on now; nothing is shown when empty. */
  missing: readonly string[];
  /** Asks the browser for access; must run inside the click. Resolves to whether it was given. */
  grant: () => Promise<boolean>;
}

type Outcome = 'idle' | 'denied' | 'failed';

/**
 * Firefox lets people withhold an extension's sites. Without access Steady cannot pause there,
 * so the page says which sites and offers the browser's own request in one click.
 */
export function HostAccess({ missing, grant }: HostAccessProps) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  if (missing.length === 0) return null;
  const ask = (): void => {
    // Straight from the click: the browser shows its request only during the user's gesture.
    let request: Promise<boolean>;
    try {
      request = grant();
    } catch {
      setOutcome('failed');
      return;
    }
    // Given: the permission listener re-checks and this notice goes away.
    request.then((given) => setOutcome(given ? 'idle' : 'denied'), () => setOutcome('failed'));
  };
  return (
    <section class="access" aria-labelledby="access-title">
      <h2 id="access-title">{t('accessTitle')}</h2>
      <p>{t('accessText', listOf(missing))}</p>
      <button type="button" onClick={ask}>{t('accessButton')}</button>
      {outcome !== 'idle' && (
        <p class="error" role="alert">{t(outcome === 'denied' ? 'accessDenied' : 'accessFailed')}</p>
      )}
    </section>
  );
}
