import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITE_IDS, DEFAULT_SETTINGS, NUMBER_FIELDS, parseNumberInput, parseSettings, SETTINGS_VERSION } from '../../src/core/settings';

describe('settings: defaults', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      version: SETTINGS_VERSION,
      enabled: true,
      limit: 4,
      windowSeconds: 60,
      cooldownMinutes: 10,
      breathSeconds: 3,
      sites: Object.fromEntries(BUILT_IN_SITE_IDS.map((id) => [id, true])),
    });
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
    const stored = { version: 1, enabled: false, limit: 7, windowSeconds: 120, cooldownMinutes: 30, breathSeconds: 0, sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false, discord: false, teams: false } };
    expect(parseSettings(stored)).toEqual(stored);
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
    ['breathSeconds', 31], ['limit', Number.NaN], ['limit', Number.POSITIVE_INFINITY], ['limit', null],
  ] as const)('refuses out-of-range %s = %s', (field, value) => {
    expect(parseSettings({ [field]: value })[field]).toBe(DEFAULT_SETTINGS[field]);
  });

  it('ignores unknown and foreign keys instead of keeping them', () => {
    const parsed = parseSettings({ limit: 6, theme: 'dark', __proto__: { enabled: false }, sites: { myspace: true } });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, limit: 6 });
    expect(Object.keys(parsed.sites)).toEqual([...BUILT_IN_SITE_IDS]);
  });

  it('reads settings stored by a future version as far as it can', () => {
    expect(parseSettings({ version: 99, limit: 9, newThing: {} })).toEqual({ ...DEFAULT_SETTINGS, limit: 9 });
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
