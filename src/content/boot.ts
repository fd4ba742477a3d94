import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../core/settings';
import { extensionAlive, onStorageChange, readStorage, removeStorage, writeStorage } from '../platform/browser';
import type { Site } from '../sites';
import { startGuard } from './guard';
import { Tallies } from './tallies';

/**
 * Wires the guard to the browser for one frame. Everything hangs off one AbortSignal, so a
 * stale script (the extension was updated or reloaded) stops in one step and goes quiet.
 */
export function boot(site: Site, win: Window): AbortController {
  const controller = new AbortController();
  const { signal } = controller;

  let settings: Settings = DEFAULT_SETTINGS;
  void readStorage('sync', SETTINGS_KEY).then((stored) => {
    if (SETTINGS_KEY in stored) settings = parseSettings(stored[SETTINGS_KEY]);
  });
  onStorageChange('sync', (changes) => {
    for (const { key, newValue } of changes) if (key === SETTINGS_KEY) settings = parseSettings(newValue);
  }, signal);

  const tallies = new Tallies({
    read: () => readStorage('session', null),
    write: (items) => writeStorage('session', items),
    remove: (keys) => removeStorage('session', keys),
    onChange: (listener, s) => onStorageChange('session', listener, s),
  }, signal);
  void tallies.load();

  startGuard({
    site,
    win,
    tallies,
    settings: () => settings,
    alive: extensionAlive,
    now: () => Date.now(),
    random: () => Math.random(),
    signal,
    stop: () => controller.abort(),
  });
  return controller;
}
