import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { parseSnooze, SNOOZE_KEY } from '../core/snooze';
import { SEND_KEYS_KEY } from '../core/sendKeys';
import { STATS_KEY } from '../core/stats';
import { answerHealth, extensionAlive, onStorageChange, readStorage, removeStorage, writeStorage } from '../platform/native';
import type { Site } from '../sites';
import { LazyCard, type CardModule } from './card/lazy';
import { startGuard } from './guard';
import { HealthRecorder } from './health';
import { Pauses } from './pauses';
import { statsRecorder } from './record';
import { SendKeys } from './sendKeys';
import { StreakRule } from './streakRule';
import { Streaks } from './streaks';
import type { SessionIO } from './sessionMap';
import { Tallies } from './tallies';

/**
 * Wires the guard to the browser for one frame. Everything hangs off one AbortSignal, so a
 * stale script (the extension was updated or reloaded) stops in one step and goes quiet.
 */
export function boot(site: Site, win: Window, loadCard: () => Promise<CardModule>): AbortController {
  const controller = new AbortController();
  const { signal } = controller;

  let settings: Settings = DEFAULT_SETTINGS;
  void readStorage('sync', SETTINGS_KEY).then((stored) => {
    if (SETTINGS_KEY in stored) settings = parseSettings(stored[SETTINGS_KEY]);
  });
  onStorageChange('sync', (changes) => {
    for (const { key, newValue } of changes) if (key === SETTINGS_KEY) settings = parseSettings(newValue);
  }, signal);

  // The snooze is read once and then followed live, so the popup's button reaches open tabs at once.
  let snoozeUntil = 0;
  let snoozeChanged = false;
  void readStorage('local', SNOOZE_KEY).then((stored) => {
    // A change that arrived while reading is newer than what was read.
    if (!snoozeChanged && SNOOZE_KEY in stored) snoozeUntil = parseSnooze(stored[SNOOZE_KEY]);
  });
  onStorageChange('local', (changes) => {
    for (const { key, newValue } of changes) {
      if (key !== SNOOZE_KEY) continue;
      snoozeChanged = true;
      snoozeUntil = parseSnooze(newValue);
    }
  }, signal);

  const record = statsRecorder({
    read: async () => (await readStorage('local', STATS_KEY))[STATS_KEY],
    write: (stats) => writeStorage('local', { [STATS_KEY]: stats }),
  }, () => Date.now());

  const session: SessionIO = {
    read: () => readStorage('session', null),
    write: (items) => writeStorage('session', items),
    remove: (keys) => removeStorage('session', keys),
    onChange: (listener, s) => onStorageChange('session', listener, s),
  };
  const tallies = new Tallies(session, signal);
  void tallies.load();
  const pauses = new Pauses(session, signal);
  void pauses.load();

  const sendKeys = new SendKeys(site, {
    read: async () => (await readStorage('local', SEND_KEYS_KEY))[SEND_KEYS_KEY],
    write: (learned) => writeStorage('local', { [SEND_KEYS_KEY]: learned }),
    onChange: (listener, s) => onStorageChange('local', listener, s),
  }, signal);
  void sendKeys.load();

  const streaks = new Streaks({
    read: (key) => readStorage('local', key),
    write: (items) => writeStorage('local', items),
    onChange: (listener, s) => onStorageChange('local', listener, s),
    randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)),
  }, () => Date.now(), signal);
  // Only reply-aware sites keep streaks; elsewhere nothing is read or written for them.
  if (site.replies) void streaks.load();

  const card = new LazyCard(win.document, loadCard);
  // Counts in memory; the popup's "This site" section asks for them.
  const health = new HealthRecorder(site);
  answerHealth(() => health.facts(), signal);

  startGuard({
    site,
    win,
    tallies,
    sendKeys,
    pauses,
    streaks: new StreakRule(streaks, site, () => settings, () => Date.now(), record),
    card,
    health,
    settings: () => settings,
    snoozeUntil: () => snoozeUntil,
    record,
    alive: extensionAlive,
    now: () => Date.now(),
    random: () => Math.random(),
    signal,
    stop: () => controller.abort(),
  });
  return controller;
}
