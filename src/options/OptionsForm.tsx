import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Path } from '../core/looser';
import type { Pending } from '../core/pending';
import { DEFAULT_SETTINGS, sameSettings, type BuiltInSiteId, type NumberField as Field, type Settings } from '../core/settings';
import { slots, t } from '../platform/i18n';
import { fieldCopy, FIELD_GROUPS } from './fields';
import { HoldSection, StickToggles } from './HoldSection';
import { PendingList } from './PendingList';
import type { SaveOutcome } from './pendingStore';
import { settingName, whenText } from './pendingWords';
import { NumberField } from './NumberField';
import { OwnWordsField } from './OwnWordsField';
import { ScheduleSection } from './ScheduleSection';
import type { SiteToggle } from './sites';
import { StreakSection } from './StreakSection';
import { Toggle } from './Toggle';
import { TransferSection } from './TransferSection';

export interface OptionsFormProps {
  /** Settings as read from storage, already parsed. */
  initial: Settings;
  /**
   * Stores the whole settings object; resolves false when the write failed. With "Hold me to my
   * settings" it resolves what was stored, which may hold back the looser part of `next`.
   */
  save: (next: Settings) => Promise<boolean | SaveOutcome | null>;
  /** Looser changes still waiting, and how to take one back. */
  pending?: Pending;
  onCancelPending?: (path: Path) => Promise<boolean>;
  /** Delivers settings changed elsewhere (another options page, the popup); returns an unsubscribe. */
  subscribe?: (listener: (next: Settings) => void) => () => void;
  sites: readonly SiteToggle[];
  /** Sections with their own storage (custom sites), shown after the site switches. */
  children?: ComponentChildren;
  /** Forgets the remembered streaks (storage.local), when a reset asks to. */
  clearStreaks?: () => void;
}

type Status = { kind: 'idle' } | { kind: 'done'; text: string; count: number } | { kind: 'failed' };

/** The card's other questions, named in their own words in the rotation switch's description. */
const OTHER_QUESTIONS = ['cardQuestionLike', 'cardQuestionGut', 'cardQuestionTrust'] as const;

export function OptionsForm({ initial, save, subscribe, sites, children, pending = [], onCancelPending, clearStreaks }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Edits build on this rather than on render state, so two quick edits never drop one another.
  const latest = useRef(initial);
  const saveCount = useRef(0);
  // Keys each status note afresh, so the same words twice are announced twice. Apart from saveCount,
  // so a note that is not a save (an export) never silences the answer of a save still running.
  const noteCount = useRef(0);
  // Bumped when all settings are replaced (import, reset), so every field drops its draft and shows the new value.
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!subscribe) return undefined;
    return subscribe((next) => {
      latest.current = next;
      setSettings(next);
    });
  }, [subscribe]);

  /** Saves `next`. `note` is what to say once it is stored, for a whole replacement; an edit says "Saved". */
  const commit = (next: Settings, note?: string): void => {
    if (sameSettings(next, latest.current)) {
      // Nothing to store, but an import or a reset the person asked for still gets its answer.
      if (note !== undefined) setStatus({ kind: 'done', text: note, count: ++noteCount.current });
      return;
    }
    const count = ++saveCount.current;
    latest.current = next;
    setSettings(next);
    const report = (result: boolean | SaveOutcome | null): void => {
      // Only the newest save speaks; an older one finishing late must not cover a newer failure.
      if (count !== saveCount.current) return;
      if (result === false || result === null) return setStatus({ kind: 'failed' });
      let text = note ?? t('optionsSaved');
      if (typeof result === 'object') {
        // The looser part waits: the form shows what is in force, and the pending list what is coming.
        latest.current = result.settings;
        setSettings(result.settings);
        if (result.heldUntil !== null) text = t('stickHeldStatus', whenText(result.heldUntil));
      }
      setStatus({ kind: 'done', text, count: ++noteCount.current });
    };
    save(next).then(report, () => report(false));
  };

  const replaceAll = (next: Settings, note: string): void => {
    commit(next, note);
    setGeneration((g) => g + 1);
  };

  const setNumber = (field: Field, value: number): void => commit({ ...latest.current, [field]: value });
  const numberFields = (fields: readonly Field[]) =>
    fields.map((field) => (
      <NumberField key={field} field={field} {...fieldCopy(field)} value={settings[field]} onValid={(value) => setNumber(field, value)} onDone={settings.holdMe} />
    ));
  const patch = (change: Partial<Settings>): void => commit({ ...latest.current, ...change });
  const cancel = (path: Path): void => {
    void onCancelPending?.(path).then((ok) =>
      setStatus(ok ? { kind: 'done', text: t('stickPendingCancelled', settingName(path)), count: ++noteCount.current } : { kind: 'failed' }),
    );
  };
  const setSite = (id: BuiltInSiteId, on: boolean): void =>
    commit({ ...latest.current, sites: { ...latest.current.sites, [id]: on } });

  return (
    <main class="page">
      <header class="intro">
        <h1>{t('extensionName')}</h1>
        <p class="lead">
          {slots('optionsLead', 1).map((piece) => (typeof piece === 'number' ? <q key="question">{t('cardQuestion')}</q> : piece))}
        </p>
      </header>

      <div class="card">
        <Toggle
          label={t('optionsEnabledLabel')}
          checked={settings.enabled}
          onChange={(on) => commit({ ...latest.current, enabled: on })}
          description={t(settings.enabled ? 'optionsEnabledOn' : 'optionsEnabledOff')}
        />
      </div>

      <PendingList pending={pending} onCancel={cancel} />

      <Fragment key={generation}>
        <fieldset class="card">
          <legend>{t(FIELD_GROUPS.when.legend)}</legend>
          {numberFields(FIELD_GROUPS.when.fields)}
        </fieldset>

        <ScheduleSection value={settings.schedule} onValid={(schedule) => commit({ ...latest.current, schedule })} />

        <fieldset class="card">
          <legend>{t(FIELD_GROUPS.card.legend)}</legend>
          {numberFields(FIELD_GROUPS.card.fields)}
          <OwnWordsField value={settings.ownWords} onValid={(ownWords) => commit({ ...latest.current, ownWords })} />
          <Toggle
            label={t('rotationLabel')}
            checked={settings.rotateQuestions}
            onChange={(on) => commit({ ...latest.current, rotateQuestions: on })}
            description={t('rotationHint', t('cardQuestion'), OTHER_QUESTIONS.map((key) => t(key)).join(' '))}
          />
          <StickToggles settings={settings} onChange={patch} />
        </fieldset>

        <div class="card">
          <Toggle
            label={t('optionsResetOnReplyLabel')}
            checked={settings.resetOnReply}
            onChange={(on) => commit({ ...latest.current, resetOnReply: on })}
            description={t('optionsResetOnReplyHint')}
          />
        </div>

        <StreakSection settings={settings} onToggle={(on) => commit({ ...latest.current, streakEnabled: on })} onNumber={setNumber} />
        <HoldSection settings={settings} onChange={patch} />

        <fieldset class="card">
          <legend>{t('optionsSitesLegend')}</legend>
          <p class="hint">{t('optionsSitesHint')}</p>
          {sites.map((site) => (
            <Toggle key={site.id} label={site.name} checked={settings.sites[site.id]} onChange={(on) => setSite(site.id, on)} />
          ))}
        </fieldset>
      </Fragment>

      <TransferSection
        settings={settings}
        onImport={(next) => replaceAll(next, t('transferImported'))}
        onExported={(fileName) => setStatus({ kind: 'done', text: t('transferExported', fileName), count: ++noteCount.current })}
        onReset={(forgetStreaks) => {
          if (forgetStreaks) clearStreaks?.();
          replaceAll({ ...DEFAULT_SETTINGS }, t('resetDone'));
        }}
      />

      {children}

      <footer class="footer">
        <p>
          {slots('optionsPracticeLine', 1).map((piece) =>
            typeof piece === 'number' ? <a key="practice" href="practice.html">{t('optionsPracticeLink')}</a> : piece,
          )}
        </p>
        <p class="privacy">
          <strong>{t('optionsPrivacyTitle')}</strong> {t('optionsPrivacyText')}
        </p>
      </footer>

      <p class="status" role="status">
        {status.kind === 'done' && (
          // A fresh node per save, so a second "Saved" is announced too.
          <span key={status.count}>{status.text}</span>
        )}
        {status.kind === 'failed' && <span class="status-failed">{t('optionsSaveFailed')}</span>}
      </p>
    </main>
  );
}
