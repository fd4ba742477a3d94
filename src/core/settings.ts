import * as z from 'zod/mini';
import { isOwnWords } from './ownWords';
import { DEFAULT_SCHEDULE, readSchedule, type Schedule } from './schedule';

/**
 * Bump when the stored shape changes; `migrate` brings older shapes forward. 2 added schedule, own words and rotation.
 * 3 added the streak rule, the longer breath, typing one's own words, and "Hold me to my settings".
 */
export const SETTINGS_VERSION = 3;

/** Built-in sites a user can switch off one by one. Kept here so core stays free of site code. */
export const BUILT_IN_SITE_IDS = [
  'whatsapp', 'messenger', 'instagram', 'slack', 'discord', 'telegramK', 'telegramA',
  'googlechat', 'teams', 'linkedin', 'x', 'googlemessages', 'element',
] as const;
export type BuiltInSiteId = (typeof BUILT_IN_SITE_IDS)[number];

export interface Settings {
  version: number;
  enabled: boolean;
  /** Sends allowed inside the window; the next one is held. */
  limit: number;
  windowSeconds: number;
  cooldownMinutes: number;
  breathSeconds: number;
  /** A new message from the other person starts the count afresh. Additive: stored objects without it read as on. */
  resetOnReply: boolean;
  sites: Record<BuiltInSiteId, boolean>;
  /** When nudges apply; outside it every send passes (and is still counted). */
  schedule: Schedule;
  /** A line of the person's own, shown on the card as plain text; "" for none. */
  ownWords: string;
  /** Sometimes ask another step's question instead of "Have they proven reliable?". */
  rotateQuestions: boolean;
  /** Pause the next reach-out when they have not replied to the last few (reply-aware sites only). */
  streakEnabled: boolean;
  /** Reach-outs without a reply allowed; the first send of the next one is held. */
  streakReachOuts: number;
  /** Sends closer together than this are one reach-out. */
  quietMinutes: number;
  /** Each further pause within an hour of the previous one in a conversation doubles the breath (at most 30 s). */
  longerBreath: boolean;
  /** "Send anyway" waits until the person has typed their own words on the card. */
  typeOwnWords: boolean;
  /** Looser changes wait `holdHours` before they take effect (pending.ts); stricter ones apply at once. */
  holdMe: boolean;
  holdHours: HoldHours;
}

/** The delays "Hold me to my settings" offers. */
export const HOLD_HOURS = [1, 12, 24] as const;
export type HoldHours = (typeof HOLD_HOURS)[number];
export const isHoldHours = (value: unknown): value is HoldHours => HOLD_HOURS.includes(value as HoldHours);

export type NumberField = 'limit' | 'windowSeconds' | 'cooldownMinutes' | 'breathSeconds' | 'streakReachOuts' | 'quietMinutes';

/** One place for each number's range, so the form, the parser and the README agree. */
export const NUMBER_FIELDS: Record<NumberField, { min: number; max: number; fallback: number }> = {
  limit: { min: 1, max: 50, fallback: 4 },
  windowSeconds: { min: 10, max: 3600, fallback: 60 },
  cooldownMinutes: { min: 1, max: 240, fallback: 10 },
  breathSeconds: { min: 0, max: 30, fallback: 3 },
  streakReachOuts: { min: 1, max: 10, fallback: 2 },
  quietMinutes: { min: 1, max: 240, fallback: 5 },
};

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  limit: NUMBER_FIELDS.limit.fallback,
  windowSeconds: NUMBER_FIELDS.windowSeconds.fallback,
  cooldownMinutes: NUMBER_FIELDS.cooldownMinutes.fallback,
  breathSeconds: NUMBER_FIELDS.breathSeconds.fallback,
  resetOnReply: true,
  sites: Object.freeze(Object.fromEntries(BUILT_IN_SITE_IDS.map((id) => [id, true]))) as Record<BuiltInSiteId, boolean>,
  schedule: DEFAULT_SCHEDULE,
  ownWords: '',
  rotateQuestions: false,
  streakEnabled: true,
  streakReachOuts: NUMBER_FIELDS.streakReachOuts.fallback,
  quietMinutes: NUMBER_FIELDS.quietMinutes.fallback,
  longerBreath: true,
  typeOwnWords: false,
  holdMe: false,
  // A day by default: it crosses a night's sleep, when the "just for now" urge has passed; an hour can be sat out in one evening.
  holdHours: 24,
});

// The zod schemas are for the options page and file imports (transfer.ts). They are marked pure so a
// bundle that does not use them drops them, and zod with them: the content script reads settings with
// the plain checks below (same rules), where zod would cost ~6 KB gzip in every chat frame.
function makeNumberSchemas(): Record<NumberField, z.ZodMiniInt> {
  return Object.fromEntries(
    Object.entries(NUMBER_FIELDS).map(([field, { min, max }]) => [
      field,
      z.int().check(z.minimum(min), z.maximum(max)),
    ]),
  ) as Record<NumberField, z.ZodMiniInt>;
}

export const numberSchemas = /* @__PURE__ */ makeNumberSchemas();

export const flag = /* @__PURE__ */ z.boolean();

/** What numberSchemas[field] accepts: a whole number in range (NaN, ±Infinity, strings, null fail). */
function inRange(field: NumberField, value: unknown): value is number {
  const { min, max } = NUMBER_FIELDS[field];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

const isFlag = (value: unknown): value is boolean => typeof value === 'boolean';

/**
 * Brings a stored object from an older version to the current shape. An object without a version
 * is from version 1, the first. A newer version is left as it is and read as far as it goes.
 */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  const stated = Object.hasOwn(raw, 'version') ? raw.version : undefined;
  const version = typeof stated === 'number' ? stated : 1;
  if (version >= SETTINGS_VERSION) return raw;
  let next = raw;
  // 1 → 2: every value stays; the three new settings start at their defaults.
  if (version < 2) {
    next = {
      ...next,
      version: 2,
      schedule: { ...DEFAULT_SCHEDULE, days: [...DEFAULT_SCHEDULE.days] },
      ownWords: DEFAULT_SETTINGS.ownWords,
      rotateQuestions: DEFAULT_SETTINGS.rotateQuestions,
    };
  }
  // 2 → 3: every value stays; the streak rule's and the lasting-help settings start at their defaults.
  return {
    ...next,
    version: 3,
    streakEnabled: DEFAULT_SETTINGS.streakEnabled,
    streakReachOuts: DEFAULT_SETTINGS.streakReachOuts,
    quietMinutes: DEFAULT_SETTINGS.quietMinutes,
    longerBreath: DEFAULT_SETTINGS.longerBreath,
    typeOwnWords: DEFAULT_SETTINGS.typeOwnWords,
    holdMe: DEFAULT_SETTINGS.holdMe,
    holdHours: DEFAULT_SETTINGS.holdHours,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own fields only: a value smuggled in through a prototype is not a setting. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Reads whatever storage holds. Each field is checked on its own and falls back to its default,
 * so one corrupt value never costs the user their other choices. Never throws.
 */
export function parseSettings(stored: unknown): Settings {
  const raw = isRecord(stored) ? migrate(stored) : {};
  const pick = <K extends NumberField>(field: K): number => {
    const value = own(raw, field);
    return inRange(field, value) ? value : NUMBER_FIELDS[field].fallback;
  };
  const storedSites = own(raw, 'sites');
  const sites = {} as Record<BuiltInSiteId, boolean>;
  for (const id of BUILT_IN_SITE_IDS) {
    const value = isRecord(storedSites) ? own(storedSites, id) : undefined;
    sites[id] = isFlag(value) ? value : DEFAULT_SETTINGS.sites[id];
  }
  const enabled = own(raw, 'enabled');
  const resetOnReply = own(raw, 'resetOnReply');
  const ownWords = own(raw, 'ownWords');
  const rotate = own(raw, 'rotateQuestions');
  const streakEnabled = own(raw, 'streakEnabled');
  const flagOr = (key: 'longerBreath' | 'typeOwnWords' | 'holdMe'): boolean => {
    const value = own(raw, key);
    return isFlag(value) ? value : DEFAULT_SETTINGS[key];
  };
  const holdHours = own(raw, 'holdHours');
  return {
    version: SETTINGS_VERSION,
    enabled: isFlag(enabled) ? enabled : DEFAULT_SETTINGS.enabled,
    limit: pick('limit'),
    windowSeconds: pick('windowSeconds'),
    cooldownMinutes: pick('cooldownMinutes'),
    breathSeconds: pick('breathSeconds'),
    resetOnReply: isFlag(resetOnReply) ? resetOnReply : DEFAULT_SETTINGS.resetOnReply,
    sites,
    schedule: readSchedule(own(raw, 'schedule')),
    ownWords: isOwnWords(ownWords) ? ownWords : DEFAULT_SETTINGS.ownWords,
    rotateQuestions: isFlag(rotate) ? rotate : DEFAULT_SETTINGS.rotateQuestions,
    streakEnabled: isFlag(streakEnabled) ? streakEnabled : DEFAULT_SETTINGS.streakEnabled,
    streakReachOuts: pick('streakReachOuts'),
    quietMinutes: pick('quietMinutes'),
    longerBreath: flagOr('longerBreath'),
    typeOwnWords: flagOr('typeOwnWords'),
    holdMe: flagOr('holdMe'),
    holdHours: isHoldHours(holdHours) ? holdHours : DEFAULT_SETTINGS.holdHours,
  };
}

/** Are two settings the same in every value? Used to skip saves that would change nothing. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/** The settings with a fixed key order, for comparing and for export. */
export function canonical(s: Settings): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: s.enabled,
    limit: s.limit,
    windowSeconds: s.windowSeconds,
    cooldownMinutes: s.cooldownMinutes,
    breathSeconds: s.breathSeconds,
    resetOnReply: s.resetOnReply,
    sites: Object.fromEntries(BUILT_IN_SITE_IDS.map((id) => [id, s.sites[id]])) as Record<BuiltInSiteId, boolean>,
    schedule: { mode: s.schedule.mode, from: s.schedule.from, to: s.schedule.to, days: [...s.schedule.days] },
    ownWords: s.ownWords,
    rotateQuestions: s.rotateQuestions,
    streakEnabled: s.streakEnabled,
    streakReachOuts: s.streakReachOuts,
    quietMinutes: s.quietMinutes,
    longerBreath: s.longerBreath,
    typeOwnWords: s.typeOwnWords,
    holdMe: s.holdMe,
    holdHours: s.holdHours,
  };
}

/** The storage key; everything lives under one key so a change arrives as one event. */
export const SETTINGS_KEY = 'settings';
