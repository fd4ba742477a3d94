import { useEffect, useRef, useState } from 'preact/hooks';
import { isSnoozed, snoozeForAnHour, snoozeUntilMorning } from '../core/snooze';
import type { Zone } from '../core/zone';
import { t } from '../platform/i18n';
import { clockTime, snoozeEndText } from './format';

export interface SnoozePanelProps {
  snoozeUntil: number;
  now: () => number;
  zone: Zone;
  onSnooze: (until: number) => void;
  onUndo: () => void;
}

/**
 * Two ways to take a break, and the way back. While snoozed it says when the break ends; the
 * way back reads "Undo" right after a snooze and "Resume now" when the popup opens on one.
 */
export function SnoozePanel({ snoozeUntil, now, zone, onSnooze, onUndo }: SnoozePanelProps) {
  const [justSet, setJustSet] = useState(false);
  // The pressed button disappears; focus follows to its counterpart instead of falling to <body>.
  const focusNext = useRef<'undo' | 'snooze' | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const snoozeButton = useRef<HTMLButtonElement>(null);
  const at = now();
  const snoozed = isSnoozed(snoozeUntil, at);

  useEffect(() => {
    const target = focusNext.current === 'undo' ? undoButton.current : focusNext.current === 'snooze' ? snoozeButton.current : null;
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const snooze = (until: number): void => {
    focusNext.current = 'undo';
    setJustSet(true);
    onSnooze(until);
  };
  const undo = (): void => {
    focusNext.current = 'snooze';
    setJustSet(false);
    onUndo();
  };

  return (
    <div class="snooze">
      {/* Always present, so the change of state is announced. */}
      <p class="snooze-state" role="status">
        {snoozed ? snoozeEndText(snoozeUntil, at, zone) : t('snoozeOff')}
      </p>
      {snoozed ? (
        <div class="actions">
          <button type="button" ref={undoButton} onClick={undo}>
            {t(justSet ? 'snoozeUndo' : 'snoozeResume')}
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" ref={snoozeButton} onClick={() => snooze(snoozeForAnHour(now()))}>
            {t('snoozeHour')}
          </button>
          <button type="button" onClick={() => snooze(snoozeUntilMorning(now(), zone))}>
            {t('snoozeMorning')}
          </button>
        </div>
      )}
      <p class="hint">{t('snoozeHint', clockTime(snoozeUntilMorning(at, zone), zone))}</p>
    </div>
  );
}
