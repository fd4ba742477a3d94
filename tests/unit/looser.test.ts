import { describe, expect, it } from 'vitest';
import { changedPaths, DIRECTIONS, FIELDS, isLooser, narrower, type Field, type Path } from '../../src/core/looser';
import { BUILT_IN_SITE_IDS, DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';

const base: Settings = { ...DEFAULT_SETTINGS, ownWords: 'Slow is kind.', holdMe: true, holdHours: 12 };
const night = { mode: 'hours', from: '22:00', to: '06:00', days: [0, 1, 2, 3, 4, 5, 6] } as const;

/** For each setting: a value that is looser than base's, and one that is stricter (or just different, where nothing loosens). */
const CASES: Record<Field, { looser?: unknown; stricter: unknown }> = {
  enabled: { looser: false, stricter: true },
  limit: { looser: 5, stricter: 3 },
  windowSeconds: { looser: 30, stricter: 120 },
  cooldownMinutes: { looser: 5, stricter: 20 },
  breathSeconds: { looser: 1, stricter: 10 },
  resetOnReply: { looser: false, stricter: true },
  schedule: { looser: night, stricter: DEFAULT_SETTINGS.schedule },
  ownWords: { looser: '', stricter: 'Other words of mine.' },
  rotateQuestions: { stricter: true },
  longerBreath: { looser: false, stricter: true },
  typeOwnWords: { looser: false, stricter: true },
  holdMe: { looser: false, stricter: true },
  holdHours: { looser: 1, stricter: 24 },
  streakEnabled: { looser: false, stricter: true },
  streakReachOuts: { looser: 3, stricter: 1 },
  quietMinutes: { looser: 30, stricter: 1 },
};

/** The stricter starting point for fields whose base value is already the strictest (switches that are on). */
const START: Partial<Record<Field, unknown>> = { typeOwnWords: true, schedule: DEFAULT_SETTINGS.schedule };

describe('which changes are looser', () => {
  it('has a case for every setting', () => {
    expect(Object.keys(CASES).sort()).toEqual([...FIELDS].sort());
    expect(Object.keys(DIRECTIONS).sort()).toEqual([...FIELDS].sort());
  });

  describe.each(FIELDS)('%s', (field) => {
    const { looser, stricter } = CASES[field];
    const from: Settings = { ...base, [field]: START[field] ?? base[field] };
    if (looser !== undefined) {
      it('is looser one way', () => {
        const to = { ...from, [field]: looser };
        expect(changedPaths(from, to)).toEqual([field]);
        expect(isLooser(field, from, to)).toBe(true);
      });
      it('and not looser the other way', () => {
        expect(isLooser(field, { ...from, [field]: looser }, from)).toBe(false);
      });
    }
    it('is not looser when made stricter', () => {
      const start = looser === undefined ? from : { ...from, [field]: looser };
      expect(isLooser(field, start, { ...start, [field]: stricter })).toBe(false);
    });
  });

  it.each(BUILT_IN_SITE_IDS)('switching %s off is looser, on is not', (id) => {
    const off = { ...base, sites: { ...base.sites, [id]: false } };
    const path: Path = `sites.${id}`;
    expect(changedPaths(base, off)).toEqual([path]);
    expect(isLooser(path, base, off)).toBe(true);
    expect(isLooser(path, off, base)).toBe(false);
  });

  it('rotating questions is never looser, either way', () => {
    expect(isLooser('rotateQuestions', base, { ...base, rotateQuestions: true })).toBe(false);
    expect(isLooser('rotateQuestions', { ...base, rotateQuestions: true }, base)).toBe(false);
  });

  it('rewriting one\'s own words is not looser; removing them is', () => {
    expect(isLooser('ownWords', base, { ...base, ownWords: 'x' })).toBe(false);
    expect(isLooser('ownWords', base, { ...base, ownWords: '' })).toBe(true);
  });

  describe('schedule', () => {
    const hours = (from: string, to: string, days: number[]) => ({ mode: 'hours', from, to, days }) as Settings['schedule'];
    it('always → any hours is narrower; hours → always is wider', () => {
      expect(narrower(DEFAULT_SETTINGS.schedule, hours('22:00', '06:00', [0, 1, 2, 3, 4, 5, 6]))).toBe(true);
      expect(narrower(hours('22:00', '06:00', [5]), DEFAULT_SETTINGS.schedule)).toBe(false);
    });
    it('fewer hours or fewer days is narrower; more is not', () => {
      expect(narrower(hours('21:00', '06:00', [5, 6]), hours('22:00', '06:00', [5, 6]))).toBe(true);
      expect(narrower(hours('22:00', '06:00', [5, 6]), hours('22:00', '06:00', [5]))).toBe(true);
      expect(narrower(hours('22:00', '06:00', [5]), hours('21:00', '07:00', [5, 6]))).toBe(false);
    });
    it('moving the hours loses some: narrower, even though others are added', () => {
      expect(narrower(hours('22:00', '06:00', [5]), hours('23:00', '07:00', [5]))).toBe(true);
    });
  });
});
