/** Popup entry: reads storage and the current tab, draws Popup, and follows storage while open. */
import { render } from 'preact';
import { browserName, parseFacts, pickFacts, type HealthFacts } from '../core/health';
import { parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { isSnoozed, parseSnooze, SNOOZE_KEY } from '../core/snooze';
import { parseStats, STATS_KEY, type Stats } from '../core/stats';
import { onStorageChange, openExtensionPage, openOptionsPage, readStorage, removeStorage, writeStorage } from '../platform/browser';
import { askTabHealth, copyText, describedTab, extensionVersion } from '../platform/popupTab';
import { localizePage } from '../platform/i18n';
import { applyDuePending, browserHoldIO, saveWithHold } from '../options/pendingStore';
import { siteToggleFor } from './currentSite';
import { Popup } from './Popup';

interface State {
  stats: Stats;
  snoozeUntil: number;
  settings: Settings;
  /** Each answering frame's health facts; the one that saw most is shown. */
  answers: HealthFacts[];
  /** The tab's frames can no longer answer (none runs Steady, or the tab is gone). */
  unreachable: boolean;
  heldUntil: number | null;
}

/** popup.html?tab=<id> describes that tab instead of the one the popup was opened over (a popup opened as a page). */
function requestedTab(search: string): number | null {
  const id = Number(new URLSearchParams(search).get('tab') ?? Number.NaN);
  return Number.isSafeInteger(id) && id >= 0 ? id : null;
}

async function start(root: HTMLElement): Promise<void> {
  const hold = browserHoldIO();
  // The background may have slept through a held change's time: apply what is due first.
  await applyDuePending(hold);
  const [sync, local, tab] = await Promise.all([
    readStorage('sync', SETTINGS_KEY),
    readStorage('local', [STATS_KEY, SNOOZE_KEY]),
    describedTab(requestedTab(location.search)),
  ]);
  const site = siteToggleFor(tab.url);
  let state: State = {
    stats: parseStats(local[STATS_KEY]),
    snoozeUntil: parseSnooze(local[SNOOZE_KEY]),
    settings: parseSettings(sync[SETTINGS_KEY]),
    answers: [],
    unreachable: false,
    heldUntil: null,
  };
  const version = extensionVersion();
  const browser = browserName(navigator.userAgent);
  let snoozeEnds: number | undefined;

  const draw = (): void => {
    render(
      <Popup
        now={Date.now}
        stats={state.stats}
        snoozeUntil={state.snoozeUntil}
        settings={state.settings}
        site={site}
        health={tab.id === undefined || !site ? undefined : { facts: pickFacts(state.answers), unreachable: state.unreachable, version, browser, url: tab.url, copy: copyText }}
        heldUntil={state.heldUntil}
        onSnooze={(until) => {
          update({ snoozeUntil: until });
          void writeStorage('local', { [SNOOZE_KEY]: until });
          // The emergency exit stays open, and leaves a trace in the week view.
          hold.count('snoozed');
        }}
        onUndoSnooze={() => {
          update({ snoozeUntil: 0 });
          void removeStorage('local', [SNOOZE_KEY]);
        }}
        onSiteChange={(on) => {
          if (!site) return;
          // The whole settings object, as the options page saves it, so both stay in step.
          const next = { ...state.settings, sites: { ...state.settings.sites, [site.id]: on } };
          update({ settings: next });
          // Through the hold, as the options page saves: switching a site off may have to wait.
          void saveWithHold(hold, next).then(async (outcome) => {
            update({
              settings: outcome?.settings ?? parseSettings((await readStorage('sync', SETTINGS_KEY))[SETTINGS_KEY]),
              heldUntil: outcome?.heldUntil ?? null,
            });
          });
        }}
        onOpenOptions={() => void openOptionsPage().then(() => window.close(), () => undefined)}
        onOpenPractice={() => void openExtensionPage('practice.html').then(() => window.close(), () => undefined)}
      />,
      root,
    );
    // Redraw when a snooze runs out while the popup is open, so it never shows a stale end time.
    clearTimeout(snoozeEnds);
    const now = Date.now();
    if (isSnoozed(state.snoozeUntil, now)) snoozeEnds = window.setTimeout(draw, state.snoozeUntil - now + 20);
  };
  const update = (patch: Partial<State>): void => {
    state = { ...state, ...patch };
    draw();
  };

  // The popup closes with its page, and the listeners with it; nothing to abort by hand.
  const signal = new AbortController().signal;
  onStorageChange('local', (changes) => {
    for (const { key, newValue } of changes) {
      if (key === STATS_KEY) update({ stats: parseStats(newValue) });
      if (key === SNOOZE_KEY) update({ snoozeUntil: parseSnooze(newValue) });
    }
  }, signal);
  onStorageChange('sync', (changes) => {
    for (const { key, newValue } of changes) if (key === SETTINGS_KEY) update({ settings: parseSettings(newValue) });
  }, signal);
  draw();
  // Every guarded frame of the tab answers once; the panel follows as answers arrive.
  if (site && tab.id !== undefined) {
    askTabHealth(tab.id, (answer) => {
      const facts = parseFacts(answer);
      if (facts) update({ answers: [...state.answers, facts] });
    }, () => update({ unreachable: true }));
  }
}

localizePage(document, 'extensionName');
const root = document.getElementById('app');
if (root) void start(root);
