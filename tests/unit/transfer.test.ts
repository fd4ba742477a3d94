import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import { exportSettings, importSettings, MAX_IMPORT_BYTES } from '../../src/core/transfer';

const mine: Settings = {
  ...DEFAULT_SETTINGS,
  limit: 6,
  sites: { ...DEFAULT_SETTINGS.sites, slack: false },
  schedule: { mode: 'hours', from: '22:00', to: '06:00', days: [5, 6] },
  ownWords: 'Breathe. <b>They</b> will answer.',
  rotateQuestions: true,
  streakEnabled: false,
  streakReachOuts: 3,
  quietMinutes: 20,
  typeOwnWords: true,
  holdMe: true,
  holdHours: 12,
};

/** Imports `value` as a file would hold it. */
function load(value: unknown) {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return importSettings(text, new TextEncoder().encode(text).length);
}

const exported = (): Record<string, unknown> => JSON.parse(exportSettings(mine)) as Record<string, unknown>;

describe('export', () => {
  it('writes readable JSON with the version, every setting, and nothing else', () => {
    const text = exportSettings(mine);
    expect(text).toMatch(/^\{\n {2}"version": 3,\n/);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'version', 'enabled', 'limit', 'windowSeconds', 'cooldownMinutes', 'breathSeconds', 'resetOnReply', 'sites', 'schedule', 'ownWords', 'rotateQuestions',
      'streakEnabled', 'streakReachOuts', 'quietMinutes',
      'longerBreath', 'typeOwnWords', 'holdMe', 'holdHours',
    ]);
  });

  it('round-trips through import unchanged', () => {
    expect(load(exportSettings(mine))).toEqual({ ok: true, settings: mine });
    expect(load(exportSettings(DEFAULT_SETTINGS))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});

describe('import: a version 2 file', () => {
  it('keeps its values and gives the version 3 settings their defaults', () => {
    const { longerBreath: _a, typeOwnWords: _b, holdMe: _c, holdHours: _d, streakEnabled: _e, streakReachOuts: _f, quietMinutes: _g, ...v2 } = { ...exported(), version: 2 } as Record<string, unknown>;
    expect(load(v2)).toEqual({ ok: true, settings: { ...mine, longerBreath: true, typeOwnWords: false, holdMe: false, holdHours: 24, streakEnabled: true, streakReachOuts: 2, quietMinutes: 5 } });
  });

  it('a version 3 file must say how long to hold: 1, 12 or 24 hours', () => {
    expect(load({ ...exported(), holdHours: 6 })).toMatchObject({ ok: false, problem: { field: 'holdHours' } });
  });
});

describe('import: a good file', () => {
  it('sorts the days it was given', () => {
    const file = { ...exported(), schedule: { mode: 'hours', from: '22:00', to: '06:00', days: [6, 5] } };
    expect(load(file)).toEqual({ ok: true, settings: mine });
  });

  it('takes a version 1 file and gives it the new defaults, as storage does', () => {
    const v1 = { version: 1, enabled: true, limit: 8, windowSeconds: 90, cooldownMinutes: 5, breathSeconds: 2, sites: { whatsapp: true, slack: true, discord: false } };
    const result = load(v1);
    expect(result).toEqual({ ok: true, settings: parseSettings(v1) });
    expect(result.ok && result.settings.schedule).toEqual(DEFAULT_SETTINGS.schedule);
  });

  it('a file from before a built-in site existed imports, with that site switched on', () => {
    const { element: _, teams: __, ...older } = mine.sites;
    const result = load({ ...exported(), sites: older });
    expect(result).toEqual({ ok: true, settings: { ...mine, sites: { ...mine.sites, element: true, teams: true } } });
  });

  it('takes a file written before "reset when they reply" and the newer sites: those keep their defaults', () => {
    const { resetOnReply: _, ...older } = exported() as Record<string, unknown>;
    const file = { ...older, sites: { whatsapp: false, slack: true, discord: false } };
    const result = load(file);
    expect(result.ok && result.settings.resetOnReply).toBe(true);
    expect(result.ok && result.settings.sites).toEqual({ ...DEFAULT_SETTINGS.sites, whatsapp: false, discord: false });
  });
});

describe('import: a bad file is refused whole, with the reason', () => {
  it.each([
    ['not JSON', 'limit: 6', { code: 'notJson' }],
    ['empty', '', { code: 'notJson' }],
    ['JSON but not an object', '[1, 2]', { code: 'notSettings' }],
    ['null', 'null', { code: 'notSettings' }],
    ['an object without a version', '{"limit": 6}', { code: 'notSettings' }],
    ['a version that is not a whole number', '{"version": "2"}', { code: 'notSettings' }],
    ['a newer version', '{"version": 4}', { code: 'newerVersion', version: 4 }],
  ] as const)('%s', (_, text, problem) => {
    expect(load(text)).toEqual({ ok: false, problem });
  });

  it.each([
    ['limit', '6', { code: 'wrongType', field: 'limit' }],
    ['enabled', 'yes', { code: 'wrongType', field: 'enabled' }],
    ['limit', 2.5, { code: 'wrongType', field: 'limit' }],
    ['sites', [], { code: 'wrongType', field: 'sites' }],
    ['schedule', { mode: 'hours', from: 2200, to: '06:00', days: [5] }, { code: 'wrongType', field: 'schedule.from' }],
    ['ownWords', null, { code: 'wrongType', field: 'ownWords' }],
  ] as const)('wrong type: %s = %j', (key, value, problem) => {
    expect(load({ ...exported(), [key]: value })).toEqual({ ok: false, problem });
  });

  it.each([
    ['limit', 0, 'limit'],
    ['limit', 51, 'limit'],
    ['windowSeconds', 100_000, 'windowSeconds'],
    ['breathSeconds', -1, 'breathSeconds'],
    ['schedule', { mode: 'hours', from: '22:00', to: '06:00', days: [7] }, 'schedule.days.0'],
    ['schedule', { mode: 'hours', from: '22:00', to: '06:00', days: [] }, 'schedule.days'],
  ] as const)('out of range: %s = %j', (key, value, field) => {
    expect(load({ ...exported(), [key]: value })).toEqual({ ok: false, problem: { code: 'outOfRange', field } });
  });

  it.each([
    ['schedule', { mode: 'hours', from: '22:00', to: '22:00', days: [5] }, 'schedule.to'],
    ['schedule', { mode: 'hours', from: '10pm', to: '06:00', days: [5] }, 'schedule.from'],
    ['schedule', { mode: 'sometimes', from: '22:00', to: '06:00', days: [5] }, 'schedule.mode'],
    ['schedule', { mode: 'hours', from: '22:00', to: '06:00', days: [5, 5] }, 'schedule.days'],
    ['ownWords', 'x'.repeat(141), 'ownWords'],
    ['ownWords', 'two\nlines', 'ownWords'],
  ] as const)('not a usable value: %s = %j', (key, value, field) => {
    expect(load({ ...exported(), [key]: value })).toEqual({ ok: false, problem: { code: 'invalid', field } });
  });

  it('unknown keys, at the top and inside', () => {
    expect(load({ ...exported(), theme: 'dark' })).toEqual({ ok: false, problem: { code: 'unknownKey', field: 'theme' } });
    expect(load({ ...exported(), sites: { ...mine.sites, myspace: true } })).toEqual({ ok: false, problem: { code: 'unknownKey', field: 'sites.myspace' } });
    expect(load({ ...exported(), schedule: { ...mine.schedule, timeZone: 'UTC' } })).toEqual({ ok: false, problem: { code: 'unknownKey', field: 'schedule.timeZone' } });
    const proto = exportSettings(mine).replace('{', '{"__proto__": {"enabled": false},');
    expect(load(proto)).toEqual({ ok: false, problem: { code: 'unknownKey', field: '__proto__' } });
  });

  it('a missing setting', () => {
    const { ownWords: _, ...rest } = exported();
    expect(load(rest)).toEqual({ ok: false, problem: { code: 'missing', field: 'ownWords' } });
  });

  it('too large, by its size alone: the text is not even parsed', () => {
    expect(importSettings(exportSettings(mine), MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, problem: { code: 'tooLarge', maxKb: 64 } });
    const padded = exportSettings(mine) + ' '.repeat(MAX_IMPORT_BYTES);
    expect(load(padded)).toEqual({ ok: false, problem: { code: 'tooLarge', maxKb: 64 } });
    expect(load(exportSettings(mine) + ' '.repeat(1024)).ok).toBe(true);
  });
});

describe('import: the streak settings (version 3)', () => {
  it('a version 2 file gets the streak settings at their defaults', () => {
    const { streakEnabled: _, streakReachOuts: __, quietMinutes: ___, ...older } = exported();
    const result = load({ ...older, version: 2 });
    expect(result.ok && result.settings).toMatchObject({ streakEnabled: true, streakReachOuts: 2, quietMinutes: 5, limit: 6 });
  });

  it('refuses an out-of-range streak value with its field', () => {
    expect(load({ ...exported(), quietMinutes: 241 })).toEqual({ ok: false, problem: { code: 'outOfRange', field: 'quietMinutes' } });
    expect(load({ ...exported(), streakReachOuts: 0 })).toEqual({ ok: false, problem: { code: 'outOfRange', field: 'streakReachOuts' } });
  });

  it('never exports a streak or the install secret', () => {
    expect(exportSettings(mine)).not.toMatch(/streaks|installSecret/);
  });
});
