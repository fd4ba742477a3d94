import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseSitePattern, siteLabel, type BuiltInHosts, type CustomSite } from '../core/customSites';
import { t } from '../platform/i18n';
import { patternProblemText } from './customSiteWords';

/** What the section needs from the browser; main.tsx passes the real ones, tests pass fakes. */
export interface CustomSitesApi {
  load(): Promise<CustomSite[]>;
  /** Stores the whole list; resolves false when the write failed. */
  save(sites: readonly CustomSite[]): Promise<boolean>;
  granted(pattern: string): Promise<boolean>;
  /** Shows the browser's permission prompt: must be called synchronously inside a click or submit. */
  request(pattern: string): Promise<boolean>;
  release(pattern: string): Promise<boolean>;
  /** Calls back when the list or the permissions changed elsewhere; returns an unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export interface CustomSitesProps {
  api: CustomSitesApi;
  builtIn: readonly BuiltInHosts[];
}

interface Row {
  pattern: string;
  granted: boolean;
}

export function CustomSites({ api, builtIn }: CustomSitesProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);
  // Handlers read the list from here, so a second click never works on a stale render.
  const latest = useRef<Row[]>([]);
  const notices = useRef(0);

  const refresh = async (): Promise<void> => {
    const sites = await api.load();
    const next = await Promise.all(sites.map(async ({ pattern }) => ({ pattern, granted: await api.granted(pattern) })));
    latest.current = next;
    setRows(next);
  };
  const announce = (message: string): void => setNotice({ text: message, n: ++notices.current });

  useEffect(() => {
    void refresh();
    return api.subscribe(() => void refresh());
  }, [api]);

  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    const verdict = parseSitePattern(text, { builtIn, existing: latest.current.map((row) => row.pattern) });
    if (!verdict.ok) {
      setError(patternProblemText(verdict));
      return;
    }
    // Asked before anything is awaited: the browser shows its prompt only inside this very gesture.
    const allowed = await api.request(verdict.pattern);
    if (!allowed) {
      setError(t('customDeclined', verdict.host));
      return;
    }
    const saved = await api.save([...latest.current.map(({ pattern }) => ({ pattern })), { pattern: verdict.pattern }]);
    if (!saved) {
      // Nothing was added, so nothing may stay allowed.
      await api.release(verdict.pattern);
      setError(t('optionsSaveFailed'));
      return;
    }
    setError(null);
    setText('');
    announce(t('customAdded', verdict.host));
    await refresh();
  };

  const remove = async (pattern: string): Promise<void> => {
    const saved = await api.save(latest.current.filter((row) => row.pattern !== pattern).map((row) => ({ pattern: row.pattern })));
    if (!saved) {
      announce(t('optionsSaveFailed'));
      return;
    }
    // The list no longer names the site, so the background unregisters it; the permission goes back too.
    await api.release(pattern);
    announce(t('customRemoved', siteLabel(pattern)));
    await refresh();
  };

  const allow = async (pattern: string): Promise<void> => {
    if (await api.request(pattern)) announce(t('customAllowed', siteLabel(pattern)));
    await refresh();
  };

  return (
    <fieldset class="card" data-custom-sites>
      <legend>{t('customLegend')}</legend>
      <p class="hint" id={hintId}>{t('customHint')}</p>
      <form class="field" onSubmit={(event) => void add(event)} noValidate>
        <label for={id}>{t('customAddLabel')}</label>
        <div class="control">
          <input
            id={id}
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error === null ? undefined : 'true'}
            aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
            onInput={(event) => {
              setText(event.currentTarget.value);
              // The old complaint is about the old text.
              if (error !== null) setError(null);
            }}
          />
          <button type="submit">{t('customAddButton')}</button>
          <p class="error" id={errorId} aria-live="polite">
            {error}
          </p>
        </div>
      </form>
      {rows !== null && rows.length === 0 && <p class="hint">{t('customNone')}</p>}
      {rows !== null && rows.length > 0 && (
        <ul class="custom-list">
          {rows.map((row) => {
            const label = siteLabel(row.pattern);
            return (
              <li key={row.pattern} class="custom-site">
                <span class="custom-host" title={row.pattern}>{label}</span>
                <span class="custom-status" data-needs={row.granted ? undefined : ''}>
                  {t(row.granted ? 'customActive' : 'customNeedsPermission')}
                </span>
                {!row.granted && (
                  <button type="button" aria-label={t('customAllowLabel', label)} onClick={() => void allow(row.pattern)}>
                    {t('customAllow')}
                  </button>
                )}
                <button type="button" aria-label={t('customRemoveLabel', label)} onClick={() => void remove(row.pattern)}>
                  {t('customRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p class="custom-notice" role="status">
        {notice && <span key={notice.n}>{notice.text}</span>}
      </p>
    </fieldset>
  );
}
