import * as z from 'zod/mini';
import { ownWordsSchema } from './ownWords';
import { scheduleSchema, sortDays, type Weekday } from './schedule';
import { BUILT_IN_SITE_IDS, canonical, DEFAULT_SETTINGS, flag, migrate, numberSchemas, SETTINGS_VERSION, type BuiltInSiteId, type Settings } from './settings';

/** A settings file is a few hundred bytes; anything near this is not one, and is not read at all. */
export const MAX_IMPORT_BYTES = 64 * 1024;

export const EXPORT_FILE_NAME = 'steady-settings.json';

/**
 * Import is strict where storage reads are forgiving: a file is the person's deliberate choice,
 * so a file Steady does not fully understand is refused whole, with the reason, and nothing changes.
 */
const strictSettings = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  enabled: flag,
  limit: numberSchemas.limit,
  windowSeconds: numberSchemas.windowSeconds,
  cooldownMinutes: numberSchemas.cooldownMinutes,
  breathSeconds: numberSchemas.breathSeconds,
  // Added after version 2 files were first written: a file without it means the default.
  resetOnReply: z.optional(flag),
  // A file written before a site was supported has no switch for it: that site keeps its default.
  sites: z.strictObject(Object.fromEntries(BUILT_IN_SITE_IDS.map((id) => [id, z.optional(flag)])) as Record<BuiltInSiteId, z.ZodMiniOptional<typeof flag>>),
  schedule: scheduleSchema,
  ownWords: ownWordsSchema,
  rotateQuestions: flag,
  streakEnabled: flag,
  streakReachOuts: numberSchemas.streakReachOuts,
  quietMinutes: numberSchemas.quietMinutes,
  longerBreath: flag,
  typeOwnWords: flag,
  holdMe: flag,
  holdHours: z.union([z.literal(1), z.literal(12), z.literal(24)]),
});

export type ImportProblem =
  | { code: 'tooLarge'; maxKb: number }
  | { code: 'notJson' }
  | { code: 'notSettings' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownKey'; field: string }
  | { code: 'missing'; field: string }
  | { code: 'wrongType'; field: string }
  | { code: 'outOfRange'; field: string }
  | { code: 'invalid'; field: string };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problem: ImportProblem };

/** The file's contents: the current version, keys in a fixed order, readable by a person. */
export function exportSettings(settings: Settings): string {
  return `${JSON.stringify(canonical(settings), null, 2)}\n`;
}

/**
 * Built-in sites join without a version bump: a file written before a site existed has no switch
 * for it, and that site starts on, as in storage. A switch Steady does not know is still refused.
 */
function withNewSites(raw: Record<string, unknown>): Record<string, unknown> {
  const sites = raw.sites;
  if (typeof sites !== 'object' || sites === null || Array.isArray(sites)) return raw;
  return { ...raw, sites: { ...DEFAULT_SETTINGS.sites, ...sites } };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Reads a settings file. `byteSize` is the file's size, checked before anything else.
 * Never throws; the first problem found is the one reported.
 */
export function importSettings(text: string, byteSize: number): ImportResult {
  const refuse = (problem: ImportProblem): ImportResult => ({ ok: false, problem });
  if (byteSize > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) return refuse({ code: 'tooLarge', maxKb: MAX_IMPORT_BYTES / 1024 });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse({ code: 'notJson' });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.hasOwn(parsed, 'version')) {
    return refuse({ code: 'notSettings' });
  }
  const record = parsed as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ code: 'notSettings' });
  if (version > SETTINGS_VERSION) return refuse({ code: 'newerVersion', version });
  const migrated = withNewSites(migrate(record));
  const result = strictSettings.safeParse(migrated);
  if (result.success) {
    const data = result.data;
    const sites = { ...DEFAULT_SETTINGS.sites };
    for (const id of BUILT_IN_SITE_IDS) sites[id] = data.sites[id] ?? sites[id];
    return {
      ok: true,
      settings: canonical({
        ...data,
        resetOnReply: data.resetOnReply ?? DEFAULT_SETTINGS.resetOnReply,
        sites,
        schedule: { ...data.schedule, days: sortDays(data.schedule.days as Weekday[]) },
      }),
    };
  }
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const field = path.map(String).join('.');
  switch (issue?.code) {
    case 'unrecognized_keys':
      return refuse({ code: 'unknownKey', field: [...path.map(String), issue.keys[0] ?? ''].join('.') });
    case 'invalid_type':
      return refuse({ code: valueAt(migrated, path) === undefined ? 'missing' : 'wrongType', field });
    case 'too_big':
    case 'too_small':
      return refuse({ code: 'outOfRange', field });
    default:
      return refuse({ code: 'invalid', field });
  }
}
