import { isScheduled, type Schedule } from './schedule';
import { BUILT_IN_SITE_IDS, type BuiltInSiteId, type Settings } from './settings';
import type { Zone } from './zone';

/**
 * Which changes make Steady looser: one rule per setting. "Hold me to my settings" holds back
 * exactly these and lets every other change through at once. A new setting must get a row here
 * (the Record type insists), so nothing new slips past the hold by being forgotten.
 */
type Rule<T> = (from: T, to: T) => boolean;

const higher: Rule<number> = (from, to) => to > from;
const shorter: Rule<number> = (from, to) => to < from;
const switchedOff: Rule<boolean> = (from, to) => from && !to;
/** Neither way loosens: which question the card asks is not how hard it asks. */
const never: Rule<unknown> = () => false;

/** Times are compared on a UTC wall clock: a weekly pattern is the same in every zone. */
const UTC: Zone = { offsetMs: () => 0 };
const MONDAY = Date.UTC(2024, 0, 1);
const WEEK_MINUTES = 7 * 24 * 60;

/** Narrower: some minute of the week that paused before would not pause now. Any lost minute counts, even if others are added. */
export function narrower(from: Schedule, to: Schedule): boolean {
  if (to.mode === 'always') return false;
  for (let minute = 0; minute < WEEK_MINUTES; minute += 1) {
    const at = MONDAY + minute * 60_000;
    if (isScheduled(from, at, UTC) && !isScheduled(to, at, UTC)) return true;
  }
  return false;
}

/** Settings that hold a value of their own; sites are judged one switch at a time (SitePath). */
export type Field = Exclude<keyof Settings, 'version' | 'sites'>;

export const DIRECTIONS: { readonly [K in Field]: Rule<Settings[K]> } = {
  enabled: switchedOff,
  limit: higher,
  windowSeconds: shorter,
  cooldownMinutes: shorter,
  breathSeconds: shorter,
  resetOnReply: switchedOff,
  schedule: narrower,
  // Rewriting one's words is reflection, not loosening; removing them takes the line (and the typing) off the card.
  ownWords: (from, to) => from !== '' && to === '',
  rotateQuestions: never,
  longerBreath: switchedOff,
  typeOwnWords: switchedOff,
  holdMe: switchedOff,
  holdHours: shorter,
  streakEnabled: switchedOff,
  streakReachOuts: higher,
  // A longer quiet time merges more messages into one reach-out, so fewer reach-outs are counted: looser.
  quietMinutes: higher,
};

export const FIELDS = Object.keys(DIRECTIONS) as Field[];

/** One setting a person can change: a field, or one built-in site's switch. */
export type SitePath = `sites.${BuiltInSiteId}`;
export type Path = Field | SitePath;

export function isPath(value: unknown): value is Path {
  if (typeof value !== 'string') return false;
  if (value.startsWith('sites.')) return (BUILT_IN_SITE_IDS as readonly string[]).includes(value.slice(6));
  return (FIELDS as string[]).includes(value);
}

export function siteOf(path: SitePath): BuiltInSiteId {
  return path.slice(6) as BuiltInSiteId;
}

export function valueAt(settings: Settings, path: Path): unknown {
  return path.startsWith('sites.') ? settings.sites[siteOf(path as SitePath)] : settings[path as Field];
}

export function withValue(settings: Settings, path: Path, value: unknown): Settings {
  if (path.startsWith('sites.')) return { ...settings, sites: { ...settings.sites, [siteOf(path as SitePath)]: value } };
  return { ...settings, [path]: value };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Every setting whose value differs between the two, sites one by one. */
export function changedPaths(from: Settings, to: Settings): Path[] {
  const paths: Path[] = [...FIELDS, ...BUILT_IN_SITE_IDS.map((id): SitePath => `sites.${id}`)];
  return paths.filter((path) => !same(valueAt(from, path), valueAt(to, path)));
}

/** Would moving this setting from `from`'s value to `to`'s make Steady looser? */
export function isLooser(path: Path, from: Settings, to: Settings): boolean {
  if (path.startsWith('sites.')) return switchedOff(valueAt(from, path) as boolean, valueAt(to, path) as boolean);
  const field = path as Field;
  return (DIRECTIONS[field] as Rule<unknown>)(from[field], to[field]);
}
