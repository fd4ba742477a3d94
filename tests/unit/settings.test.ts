import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE } from '../../src/core/schedule';
import { parseNumberInput } from '../../src/core/numberInput';
import { BUILT_IN_SITE_IDS, DEFAULT_SETTINGS, migrate, NUMBER_FIELDS, parseSettings, sameSettings, SETTINGS_VERSION } from '../../src/core/settings';

/** What version 1 of Steady stored: no schedule, no own words, no rotation. */
const V1 = { version: 1, enabled: false, limit: 7, windowSeconds: 120, cooldownMinutes: 30, breathSeconds: 0, sites: { whatsapp: false, slack: true, discord: false } };

describe('settings: defaults', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      enabled: true,
      limit: 4,
      windowSeconds: 60,
      cooldownMinutes: 10,
      breathSeconds: 3,
      resetOnReply: true,
      sites: Object.fromEntries(BUILT_IN_SITE_IDS.map((id) => [id, true])),
      schedule: { mode: 'always', from: '22:00', to: '06:00', days: [0, 1, 2, 3, 4, 5, 6] },
      ownWords: '',
      rotateQuestions: false,
      streakEnabled: true,
      streakReachOuts: 2,
      quietMinutes: 5,
      longerBreath: true,
      typeOwnWords: false,
      holdMe: false,
      holdHours: 24,
    });
    expect(SETTINGS_VERSION).toBe(3);
  });

  it('nudges at any time by default, asks the step-2 question only, and shows no own words', () => {
    expect(DEFAULT_SETTINGS.schedule.mode).toBe('always');
    expect(DEFAULT_SETTINGS.rotateQuestions).toBe(false);
    expect(DEFAULT_SETTINGS.ownWords).toBe('');
  });

  it('cannot be changed by accident', () => {
    expect(() => {
      (DEFAULT_SETTINGS as { limit: number }).limit = 99;
    }).toThrow();
  });
});

describe('settings: reading what storage holds', () => {
  it.each([undefined, null, 'settings', 7, [], true])('falls back to all defaults for %j', (stored) => {
    expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const stored = {
      ...V1,
      version: 3,
      streakEnabled: false,
      streakReachOuts: 4,
      quietMinutes: 30,
      resetOnReply: false,
      schedule: { mode: 'hours', from: '21:30', to: '07:00', days: [5, 6] },
      ownWords: 'I am worth a calm reply.',
      rotateQuestions: true,
      longerBreath: false,
      typeOwnWords: true,
      holdMe: true,
      holdHours: 12,
      sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false, instagram: false, discord: false, telegramA: false, teams: false },
    };
    expect(parseSettings(stored)).toEqual(stored);
  });

  it('falls back field by field for the version 2 settings too', () => {
    const parsed = parseSettings({
      version: 2,
      limit: 9,
      schedule: { mode: 'hours', from: '25:00', to: '07:00', days: [5] },
      ownWords: 'x'.repeat(141),
      rotateQuestions: 'sometimes',
    });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, limit: 9, schedule: { mode: 'hours', from: '22:00', to: '07:00', days: [5] } });
    expect(parseSettings({ version: 2, ownWords: 'two\nlines' }).ownWords).toBe('');
    expect(parseSettings({ version: 2, ownWords: ' padded ' }).ownWords).toBe('');
    expect(parseSettings({ version: 2, ownWords: '😊'.repeat(140) }).ownWords).toBe('😊'.repeat(140));
  });

  it('falls back field by field, so one corrupt value does not cost the others', () => {
    const parsed = parseSettings({ enabled: 'yes', limit: -3, windowSeconds: '90', cooldownMinutes: 2.5, breathSeconds: 5, sites: { whatsapp: false, slack: 'off' } });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      breathSeconds: 5,
      sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false },
    });
  });

  it.each([
    ['limit', 0], ['limit', 51], ['windowSeconds', 9], ['windowSeconds', 3601], ['cooldownMinutes', 0],
    ['breathSeconds', 31], ['streakReachOuts', 0], ['streakReachOuts', 11], ['streakReachOuts', 2.5], ['quietMinutes', 0], ['quietMinutes', 241], ['limit', Number.NaN], ['limit', Number.POSITIVE_INFINITY], ['limit', null],
  ] as const)('refuses out-of-range %s = %s', (field, value) => {
    expect(parseSettings({ [field]: value })[field]).toBe(DEFAULT_SETTINGS[field]);
  });

  it('ignores unknown and foreign keys instead of keeping them', () => {
    const parsed = parseSettings({ limit: 6, theme: 'dark', __proto__: { enabled: false }, sites: { myspace: true } });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, limit: 6 });
    expect(Object.keys(parsed.sites)).toEqual([...BUILT_IN_SITE_IDS]);
  });

  it('"reset when they reply" is on for settings stored before it existed, and a corrupt value falls back to on', () => {
    const before = { version: 1, enabled: true, limit: 6, sites: { whatsapp: false, slack: true, discord: true } };
    expect(parseSettings(before)).toEqual({ ...DEFAULT_SETTINGS, limit: 6, sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false } });
    expect(parseSettings({ resetOnReply: 'no' }).resetOnReply).toBe(true);
    expect(parseSettings({ resetOnReply: false }).resetOnReply).toBe(false);
  });

  it('reads settings stored by a future version as far as it can', () => {
    expect(parseSettings({ version: 99, limit: 9, newThing: {} })).toEqual({ ...DEFAULT_SETTINGS, limit: 9 });
  });
});

describe('settings: migration from version 2', () => {
  const V2 = {
    version: 2, enabled: true, limit: 6, windowSeconds: 90, cooldownMinutes: 15, breathSeconds: 4, resetOnReply: false,
    sites: { ...DEFAULT_SETTINGS.sites, slack: false }, schedule: { mode: 'hours', from: '21:30', to: '07:00', days: [5, 6] },
    ownWords: 'Breathe.', rotateQuestions: true,
  };

  it('keeps every version 2 value and adds the version 3 settings at their defaults', () => {
    expect(parseSettings(V2)).toEqual({ ...V2, version: 3, streakEnabled: true, streakReachOuts: 2, quietMinutes: 5, longerBreath: true, typeOwnWords: false, holdMe: false, holdHours: 24 });
  });

  it('a version 2 object cannot bring in streak values it never had', () => {
    expect(parseSettings({ ...V2, streakReachOuts: 9, quietMinutes: 1, streakEnabled: false })).toMatchObject({ streakEnabled: true, streakReachOuts: 2, quietMinutes: 5 });
  });

  it('falls back field by field for the streak settings', () => {
    expect(parseSettings({ version: 3, streakEnabled: 'yes', streakReachOuts: 3, quietMinutes: -1 })).toEqual({ ...DEFAULT_SETTINGS, streakReachOuts: 3 });
  });

  it('a version 2 object cannot bring in the hold settings it never had', () => {
    expect(parseSettings({ ...V2, holdMe: true, holdHours: 1 })).toMatchObject({ holdMe: false, holdHours: 24 });
  });

  it('falls back field by field for the lasting-help settings', () => {
    expect(parseSettings({ version: 3, longerBreath: 'yes', typeOwnWords: true, holdMe: 1, holdHours: 6 })).toEqual({ ...DEFAULT_SETTINGS, typeOwnWords: true });
    expect(parseSettings({ version: 3, holdHours: 1 }).holdHours).toBe(1);
  });
});

describe('settings: migration from version 1', () => {
  it('keeps every version 1 value and adds the new settings at their defaults', () => {
    expect(parseSettings(V1)).toEqual({
      ...V1, version: 3, resetOnReply: true, sites: { ...DEFAULT_SETTINGS.sites, ...V1.sites }, schedule: DEFAULT_SCHEDULE, ownWords: '', rotateQuestions: false,
      streakEnabled: true, streakReachOuts: 2, quietMinutes: 5,
      longerBreath: true, typeOwnWords: false, holdMe: false, holdHours: 24,
    });
  });

  it('treats an object without a version as version 1', () => {
    const { version: _, ...unversioned } = V1;
    expect(parseSettings(unversioned)).toEqual(parseSettings(V1));
  });

  it('migrate itself only adds; a current object passes through untouched', () => {
    const migrated = migrate({ ...V1 });
    const { version: _, ...values } = V1;
    expect(migrated).toMatchObject(values);
    expect(migrated).toMatchObject({ version: 3, ownWords: '', rotateQuestions: false, schedule: { mode: 'always' }, streakEnabled: true, streakReachOuts: 2, quietMinutes: 5, longerBreath: true, holdMe: false });
    const current = { version: 3, limit: 3 };
    expect(migrate(current)).toBe(current);
  });

  it('a version 1 object cannot bring in version 2 values it never had', () => {
    expect(parseSettings({ ...V1, rotateQuestions: true }).rotateQuestions).toBe(false);
  });

  it('still falls back field by field while migrating', () => {
    expect(parseSettings({ ...V1, limit: 'seven' })).toEqual({ ...parseSettings(V1), limit: DEFAULT_SETTINGS.limit });
  });
});

describe('settings: comparing', () => {
  it('ignores key order and sees every value', () => {
    const a = parseSettings(V1);
    const reordered = { ...a, schedule: { days: [...a.schedule.days], to: a.schedule.to, from: a.schedule.from, mode: a.schedule.mode } };
    expect(sameSettings(a, reordered)).toBe(true);
    expect(sameSettings(a, { ...a, ownWords: 'x' })).toBe(false);
    expect(sameSettings(a, { ...a, schedule: { ...a.schedule, days: [1] } })).toBe(false);
  });
});

describe('settings: what a person types into a number field', () => {
  it('accepts whole numbers in range, with stray spaces', () => {
    expect(parseNumberInput('limit', ' 6 ')).toEqual({ ok: true, value: 6 });
    expect(parseNumberInput('breathSeconds', '0')).toEqual({ ok: true, value: 0 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-3', 'range'],
    ['abc', 'notNumber'],
    ['1e3', 'notNumber'],
    ['2.5', 'decimals'],
    ['51', 'range'],
  ] as const)('refuses %j and says why (%s), with the range to offer', (text, problem) => {
    expect(parseNumberInput('limit', text)).toEqual({ ok: false, problem, min: 1, max: 50, input: text.trim() });
  });

  it('states each field’s own range', () => {
    for (const [field, { min, max }] of Object.entries(NUMBER_FIELDS)) {
      const result = parseNumberInput(field as keyof typeof NUMBER_FIELDS, String(max + 1));
      expect(result).toMatchObject({ ok: false, problem: 'range', min, max });
    }
  });
});
