import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { BUILT_IN_SITE_IDS, type BuiltInSiteId, type NumberField as Field, type Settings } from '../core/settings';
import { slots, t } from '../platform/i18n';
import { fieldCopy, FIELD_GROUPS } from './fields';
import { NumberField } from './NumberField';
import type { SiteToggle } from './sites';
import { Toggle } from './Toggle';

export interface OptionsFormProps {
  /** Settings as read from storage, already parsed. */
  initial: Settings;
  /** Stores the whole settings object; resolves false when the write failed. */
  save: (next: Settings) => Promise<boolean>;
  /** Delivers settings changed elsewhere (another options page, the popup); returns an unsubscribe. */
  subscribe?: (listener: (next: Settings) => void) => () => void;
  sites: readonly SiteToggle[];
  /** Sections with their own storage (custom sites), shown after the site switches. */
  children?: ComponentChildren;
}

type Status = { kind: 'idle' } | { kind: 'saved'; count: number } | { kind: 'failed' };

function sameSettings(a: Settings, b: Settings): boolean {
  return (
    a.enabled === b.enabled &&
    a.limit === b.limit &&
    a.windowSeconds === b.windowSeconds &&
    a.cooldownMinutes === b.cooldownMinutes &&
    a.breathSeconds === b.breathSeconds &&
    BUILT_IN_SITE_IDS.every((id) => a.sites[id] === b.sites[id])
  );
}

export function OptionsForm({ initial, save, subscribe, sites, children }: OptionsFormProps) {
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Edits build on this rather than on render state, so two quick edits never drop one another.
  const latest = useRef(initial);
  const saveCount = useRef(0);

  useEffect(() => {
    if (!subscribe) return undefined;
    return subscribe((next) => {
      latest.current = next;
      setSettings(next);
    });
  }, [subscribe]);

  const commit = (next: Settings): void => {
    if (sameSettings(next, latest.current)) return;
    latest.current = next;
    setSettings(next);
    const count = ++saveCount.current;
    const report = (ok: boolean): void => {
      // Only the newest save speaks; an older one finishing late must not cover a newer failure.
      if (count === saveCount.current) setStatus(ok ? { kind: 'saved', count } : { kind: 'failed' });
    };
    save(next).then(report, () => report(false));
  };

  const setNumber = (field: Field, value: number): void => commit({ ...latest.current, [field]: value });
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

      {FIELD_GROUPS.map((group) => (
        <fieldset class="card" key={group.legend}>
          <legend>{t(group.legend)}</legend>
          {group.fields.map((field) => (
            <NumberField
              key={field}
              field={field}
              {...fieldCopy(field)}
              value={settings[field]}
              onValid={(value) => setNumber(field, value)}
            />
          ))}
        </fieldset>
      ))}

      <fieldset class="card">
        <legend>{t('optionsSitesLegend')}</legend>
        <p class="hint">{t('optionsSitesHint')}</p>
        {sites.map((site) => (
          <Toggle key={site.id} label={site.name} checked={settings.sites[site.id]} onChange={(on) => setSite(site.id, on)} />
        ))}
      </fieldset>

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
        {status.kind === 'saved' && (
          // A fresh node per save, so a second "Saved" is announced too.
          <span key={status.count}>{t('optionsSaved')}</span>
        )}
        {status.kind === 'failed' && <span class="status-failed">{t('optionsSaveFailed')}</span>}
      </p>
    </main>
  );
}
