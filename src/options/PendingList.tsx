import type { Path } from '../core/looser';
import type { Pending } from '../core/pending';
import { t } from '../platform/i18n';
import { settingName, valueText, whenText } from './pendingWords';

/** Each held change, when it takes effect, and a way to take it back. Nothing when none waits. */
export function PendingList({ pending, onCancel }: { pending: Pending; onCancel: (path: Path) => void }) {
  if (pending.length === 0) return null;
  return (
    <section class="card" data-pending aria-labelledby="pending-heading">
      <h2 id="pending-heading">{t('stickPendingHeading')}</h2>
      <ul>
        {pending.map((change) => {
          const name = settingName(change.path);
          return (
            <li key={change.path}>
              <span>{t('stickPendingItem', name, valueText(change.path, change.value), whenText(change.dueAt))}</span>
              <button type="button" aria-label={t('stickPendingCancelLabel', name)} onClick={() => onCancel(change.path)}>
                {t('stickPendingCancel')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
