/**
 * Which Enter combinations send a message on a site, learned from what the page did with them
 * (the composer emptied, or kept its text as a line break), never from text. Pure: the content
 * script feeds it outcomes and stores what it returns under SEND_KEYS_KEY in storage.local.
 */

/** The Enter combinations Steady tells apart; several modifiers at once are never a send key. */
export const COMBOS = ['enter', 'ctrlEnter', 'metaEnter', 'altEnter', 'shiftEnter'] as const;
export type Combo = (typeof COMBOS)[number];

/** What a site's adapter knows about its send keys. */
export interface SendKeyFacts {
  /** The site's send-key modes, its usual default first; each lists the combinations that send in it. */
  readonly modes: readonly (readonly Combo[])[];
  /** A preference picks one mode at a time, so a send with one mode's own key tells which one is on. */
  readonly exclusive?: boolean;
}

/** Most sites: Enter sends, nothing else. */
export const ENTER_SENDS: SendKeyFacts = { modes: [['enter']] };
/** A preference between Enter and Ctrl/Cmd+Enter (what `modEnterSends: true` declares). */
export const ENTER_OR_MOD_ENTER: SendKeyFacts = { modes: [['enter'], ['ctrlEnter', 'metaEnter']], exclusive: true };

/** One outcome: did the combination send? `order` says which outcome is newer (a counter, not a time). */
export interface Evidence {
  readonly sends: boolean;
  readonly order: number;
}
/** The newest outcome per combination, for one site. */
export type SiteKeys = Readonly<Partial<Record<Combo, Evidence>>>;
/** Per site id. */
export type LearnedKeys = Readonly<Record<string, SiteKeys>>;

export const SEND_KEYS_KEY = 'sendKeys';
/** Bounds what a corrupt or hostile stored value can make us keep. */
const MAX_SITES = 64;

export type Modifiers = { readonly ctrlKey: boolean; readonly metaKey: boolean; readonly altKey: boolean; readonly shiftKey: boolean };

/** The combination an Enter was pressed with, or null for two modifiers or more. */
export function comboOf(key: Modifiers): Combo | null {
  const held = Number(key.ctrlKey) + Number(key.metaKey) + Number(key.altKey) + Number(key.shiftKey);
  if (held === 0) return 'enter';
  if (held > 1) return null;
  return key.ctrlKey ? 'ctrlEnter' : key.metaKey ? 'metaEnter' : key.altKey ? 'altEnter' : 'shiftEnter';
}

/** Worth watching here? Shift+Enter is everyone's line break: watched only where a mode sends with it. */
export function watched(facts: SendKeyFacts, combo: Combo): boolean {
  return combo !== 'shiftEnter' || facts.modes.some((mode) => mode.includes(combo));
}

/** Sends in some mode and not in another: only such a combination tells the modes apart. */
function distinguishes(facts: SendKeyFacts, combo: Combo): boolean {
  return facts.modes.some((mode) => mode.includes(combo)) && facts.modes.some((mode) => !mode.includes(combo));
}

/** What an outcome of `seen` says about `combo` when modes exclude each other; undefined when nothing. */
function implied(facts: SendKeyFacts, seen: Combo, sends: boolean, combo: Combo): boolean | undefined {
  const possible = facts.modes.filter((mode) => mode.includes(seen) === sends);
  const first = possible[0];
  if (!first) return undefined;
  const answer = first.includes(combo);
  return possible.every((mode) => mode.includes(combo) === answer) ? answer : undefined;
}

/**
 * Does `combo` send here? The newest evidence about it wins: its own outcome, or on a site whose
 * modes exclude each other, a newer outcome of another mode's key. Before any, the default mode.
 */
export function sends(facts: SendKeyFacts, learned: SiteKeys | undefined, combo: Combo): boolean {
  let best = learned?.[combo];
  if (facts.exclusive && distinguishes(facts, combo)) {
    for (const other of COMBOS) {
      const seen = learned?.[other];
      if (other === combo || !seen || !distinguishes(facts, other) || (best && best.order >= seen.order)) continue;
      const answer = implied(facts, other, seen.sends, combo);
      if (answer !== undefined) best = { sends: answer, order: seen.order };
    }
  }
  return best ? best.sends : (facts.modes[0]?.includes(combo) ?? false);
}

function knowledge(facts: SendKeyFacts, learned: SiteKeys | undefined): string {
  return COMBOS.map((combo) => `${sends(facts, learned, combo)}/${String(learned?.[combo]?.sends)}`).join();
}

/**
 * One outcome: `sent` when the combination emptied the composer, false when the text stayed (a line
 * break). Returns null when it teaches nothing new, so callers store only real changes.
 */
export function learn(facts: SendKeyFacts, learned: SiteKeys | undefined, combo: Combo, sent: boolean): SiteKeys | null {
  const before = learned ?? {};
  const order = 1 + Math.max(0, ...COMBOS.map((c) => before[c]?.order ?? 0));
  const after: SiteKeys = { ...before, [combo]: { sends: sent, order } };
  return knowledge(facts, before) === knowledge(facts, after) ? null : after;
}

/** Newer wins; on a tie (two tabs at once) "sends" wins, since holding a real send is the safe side. */
function newer(a: Evidence | undefined, b: Evidence | undefined): Evidence | undefined {
  if (!a || !b) return a ?? b;
  if (a.order !== b.order) return a.order > b.order ? a : b;
  return a.sends ? a : b;
}

export function mergeSiteKeys(a: SiteKeys | undefined, b: SiteKeys | undefined): SiteKeys {
  const merged: Partial<Record<Combo, Evidence>> = {};
  for (const combo of COMBOS) {
    const pick = newer(a?.[combo], b?.[combo]);
    if (pick) merged[combo] = pick;
  }
  return merged;
}

/** What two tabs (or a tab and storage) learned, together. */
export function mergeLearned(a: LearnedKeys, b: LearnedKeys): LearnedKeys {
  const merged: Record<string, SiteKeys> = { ...a };
  for (const [site, keys] of Object.entries(b)) merged[site] = mergeSiteKeys(a[site], keys);
  return merged;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseEvidence(value: unknown): Evidence | undefined {
  if (!isRecord(value) || typeof value.sends !== 'boolean') return undefined;
  const { order } = value;
  return typeof order === 'number' && Number.isSafeInteger(order) && order > 0 ? { sends: value.sends, order } : undefined;
}

/** Stored value → what was learned. Field by field: a corrupt entry falls back to the site's default. */
export function parseLearned(value: unknown): LearnedKeys {
  if (!isRecord(value)) return {};
  const learned: Record<string, SiteKeys> = {};
  for (const [site, keys] of Object.entries(value).slice(0, MAX_SITES)) {
    if (site.length > 64 || !isRecord(keys)) continue;
    const parsed: Partial<Record<Combo, Evidence>> = {};
    for (const combo of COMBOS) {
      const evidence = parseEvidence(keys[combo]);
      if (evidence) parsed[combo] = evidence;
    }
    if (Object.keys(parsed).length > 0) learned[site] = parsed;
  }
  return learned;
}

/** An adapter's declared facts; `modEnterSends: true` alone means Enter or Ctrl/Cmd+Enter by preference. */
export function factsFor(site: { readonly sendKeys?: SendKeyFacts; readonly modEnterSends?: boolean }): SendKeyFacts {
  return site.sendKeys ?? (site.modEnterSends === true ? ENTER_OR_MOD_ENTER : ENTER_SENDS);
}
