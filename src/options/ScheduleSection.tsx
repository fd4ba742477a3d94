import { useEffect, useId, useState } from 'preact/hooks';
import { checkSchedule, WEEK_ORDER, type Schedule, type ScheduleProblem, type Weekday } from '../core/schedule';
import { t } from '../platform/i18n';
import { dayName, scheduleSummary } from '../ui/schedule';

export interface ScheduleSectionProps {
  /** The stored schedule. */
  value: Schedule;
  /** Called with each valid schedule; an invalid draft never leaves this component. */
  onValid: (next: Schedule) => void;
}

/** Some browsers hand a time input's value over with seconds ("22:00:00"); the schedule keeps minutes. */
function minutesOnly(value: string): string {
  return /^\d\d:\d\d:\d\d(\.\d+)?$/.test(value) ? value.slice(0, 5) : value;
}

/** The error ids a control points to, or nothing when it is fine. */
function describedBy(...ids: (string | false)[]): string | undefined {
  const list = ids.filter((id): id is string => id !== false);
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * Always, or only within chosen hours on chosen days. Edits are checked as a whole with the
 * core schema; a valid schedule is saved at once, an invalid one is explained next to its field.
 */
export function ScheduleSection({ value, onValid }: ScheduleSectionProps) {
  const id = useId();
  const ids = { hint: `${id}-hint`, times: `${id}-times`, from: `${id}-from`, to: `${id}-to`, days: `${id}-days` };
  const [draft, setDraft] = useState<Schedule>(value);
  const [problems, setProblems] = useState<readonly ScheduleProblem[]>([]);

  // A change from elsewhere shows here, but never over a draft still to fix.
  useEffect(() => {
    if (problems.length === 0) setDraft(value);
  }, [value, problems]);

  const update = (patch: Partial<Schedule>): void => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const verdict = checkSchedule(next);
    if (!verdict.ok) {
      setProblems(verdict.problems);
      return;
    }
    setProblems([]);
    onValid(verdict.value);
  };

  const chooseMode = (mode: Schedule['mode']): void => {
    if (mode === 'always') {
      // Back to any time: the last saved hours are kept for next time, an unfinished draft is let go.
      setProblems([]);
      setDraft({ ...value, mode });
      onValid({ ...value, mode });
      return;
    }
    update({ mode });
  };

  const toggleDay = (day: Weekday, on: boolean): void =>
    update({ days: on ? [...draft.days, day] : draft.days.filter((d) => d !== day) });

  const has = (problem: ScheduleProblem): boolean => problems.includes(problem);
  const fromError = has('from') ? t('scheduleErrorTime') : null;
  const toError = has('to') ? t('scheduleErrorTime') : has('same') ? t('scheduleErrorSame') : null;
  const daysError = has('days') ? t('scheduleErrorDays') : null;

  return (
    <fieldset class="card" aria-describedby={ids.hint}>
      <legend>{t('scheduleLegend')}</legend>
      <p class="hint" id={ids.hint}>{t('scheduleHint')}</p>
      <div class="choices">
        {(['always', 'hours'] as const).map((mode) => (
          <div class="choice" key={mode}>
            <input
              type="radio"
              id={`${id}-${mode}`}
              name={`${id}-mode`}
              checked={draft.mode === mode}
              onChange={() => chooseMode(mode)}
            />
            <label for={`${id}-${mode}`}>{t(mode === 'always' ? 'scheduleAlways' : 'scheduleHours')}</label>
          </div>
        ))}
      </div>

      {draft.mode === 'hours' && (
        <div class="hours">
          <div class="times">
            {([['from', fromError], ['to', toError]] as const).map(([field, error]) => (
              <div class="field" key={field}>
                <label for={`${id}-${field}-input`}>{t(field === 'from' ? 'scheduleFromLabel' : 'scheduleToLabel')}</label>
                <div class="control">
                  <input
                    id={`${id}-${field}-input`}
                    type="time"
                    value={draft[field]}
                    aria-invalid={error === null ? undefined : 'true'}
                    aria-describedby={describedBy(error !== null && ids[field], ids.times)}
                    onInput={(event) => update({ [field]: minutesOnly(event.currentTarget.value) })}
                  />
                  <p class="error" id={ids[field]} aria-live="polite">{error}</p>
                </div>
              </div>
            ))}
          </div>
          <p class="hint" id={ids.times}>{t('scheduleTimesHint')}</p>
          <fieldset class="days" aria-describedby={describedBy(daysError !== null && ids.days)}>
            <legend>{t('scheduleDaysLegend')}</legend>
            <div class="day-list">
              {WEEK_ORDER.map((day) => (
                <label class="day" key={day}>
                  <input
                    type="checkbox"
                    checked={draft.days.includes(day)}
                    aria-invalid={daysError === null ? undefined : 'true'}
                    aria-describedby={describedBy(daysError !== null && ids.days)}
                    onChange={(event) => toggleDay(day, event.currentTarget.checked)}
                  />
                  {dayName(day)}
                </label>
              ))}
            </div>
            <p class="error" id={ids.days} aria-live="polite">{daysError}</p>
          </fieldset>
        </div>
      )}

      {/* What is saved, in one line: the same words the card and the popup use. */}
      <p class="summary" aria-live="polite">{scheduleSummary(value)}</p>
    </fieldset>
  );
}
