/**
 * Site health: has the chat site changed under its adapter? Pure: the content script counts a few
 * structural facts per frame (in memory only) and this turns them into a verdict. Counts only:
 * no text, no names, no ids, no addresses ever reach these facts.
 */

/** What one guarded frame saw since it loaded. Every field is a count, except the site's id. */
export interface HealthFacts {
  /** The adapter's id ("whatsapp"), or "generic" for a site Steady has no adapter for. */
  readonly site: string;
  /** The adapter says how the other person's messages look (reply-aware site). */
  readonly replyAware: boolean;
  /** Send intents whose composer the adapter's own selector found; and those only the generic rules found. */
  readonly composerByAdapter: number;
  readonly composerByGeneric: number;
  /** Send-button presses the adapter's selector recognised; and those only the generic rules did. */
  readonly buttonByAdapter: number;
  readonly buttonByGeneric: number;
  /** Passed sends whose composer emptied soon after (the page sent); and those that never emptied. */
  readonly confirmed: number;
  readonly unconfirmed: number;
  /** Intents at another address than the intent before; of those, how many also had another conversation key. */
  readonly addressMoves: number;
  readonly keyMovesWithAddress: number;
  /** Intents with another conversation key than the intent before (with or without a new address). */
  readonly keyMoves: number;
  /** Rows judged in message-list batches: ours (an echo of our send), theirs (batches judged a reply), and neither. */
  readonly ownRows: number;
  readonly replyBatches: number;
  readonly strayRows: number;
}

export const EMPTY_FACTS: HealthFacts = {
  site: 'generic',
  replyAware: false,
  composerByAdapter: 0,
  composerByGeneric: 0,
  buttonByAdapter: 0,
  buttonByGeneric: 0,
  confirmed: 0,
  unconfirmed: 0,
  addressMoves: 0,
  keyMovesWithAddress: 0,
  keyMoves: 0,
  ownRows: 0,
  replyBatches: 0,
  strayRows: 0,
};

type CountField = Exclude<keyof HealthFacts, 'site' | 'replyAware'>;
// A function, not a constant: a computed constant would stay in content.js, which needs only EMPTY_FACTS.
const countFields = (): CountField[] => Object.keys(EMPTY_FACTS).filter((key) => key !== 'site' && key !== 'replyAware') as CountField[];

/** ok, problem, or not enough evidence yet; "off" for a check that does not apply to this site. */
export type CheckState = 'ok' | 'problem' | 'unknown' | 'off';
export const CHECKS = ['composer', 'sends', 'chats', 'replies'] as const;
export type CheckName = (typeof CHECKS)[number];

export interface HealthVerdict {
  readonly checks: Readonly<Record<CheckName, CheckState>>;
  /** problem: at least one check failed; working: every check that applies passed; unknown: nothing wrong seen, not all checked yet. */
  readonly overall: 'working' | 'problem' | 'unknown';
}

/** Thresholds: how much evidence before a check is called a problem. Low enough to notice within a session, high enough not to cry wolf. */
export const HEALTH_LIMITS = {
  /** Sends whose composer only the generic rules recognised, none by the adapter. */
  genericOnlyComposers: 3,
  /** Sends that never emptied the composer, none that did (a line break in "Enter adds a line" mode is one too). */
  unconfirmedSends: 5,
  /** Moves to another address, none of which changed the conversation. */
  addressMovesAlone: 3,
  /** Rows that were neither an echo of our sends nor judged theirs, while our echoes were seen. */
  strayRows: 3,
} as const;

export function judgeHealth(facts: HealthFacts): HealthVerdict {
  const checks: Record<CheckName, CheckState> = {
    composer: judgeComposer(facts),
    sends: judgeSends(facts),
    chats: judgeChats(facts),
    replies: judgeReplies(facts),
  };
  const states = CHECKS.map((name) => checks[name]);
  const overall = states.includes('problem') ? 'problem' : states.every((s) => s === 'ok' || s === 'off') ? 'working' : 'unknown';
  return { checks, overall };
}

function judgeComposer(f: HealthFacts): CheckState {
  // Without an adapter, the generic rules are all there is: nothing to compare.
  if (f.site === 'generic') return 'off';
  if (f.composerByAdapter > 0) return 'ok';
  return f.composerByGeneric >= HEALTH_LIMITS.genericOnlyComposers ? 'problem' : 'unknown';
}

function judgeSends(f: HealthFacts): CheckState {
  if (f.confirmed > 0) return 'ok';
  return f.unconfirmed >= HEALTH_LIMITS.unconfirmedSends ? 'problem' : 'unknown';
}

/**
 * The address moved several times and the key never moved with it: chats are counted together.
 * A key that changed is proof the adapter tells chats apart. Where the address never changes
 * (WhatsApp) and the key never did either, there is no evidence either way: one chat looks the same.
 */
function judgeChats(f: HealthFacts): CheckState {
  if (f.addressMoves >= HEALTH_LIMITS.addressMovesAlone && f.keyMovesWithAddress === 0) return 'problem';
  return f.keyMoves > 0 ? 'ok' : 'unknown';
}

/** Rows keep coming, our own echoes are seen (the list is right), yet none is ever theirs: the incoming mark no longer matches. */
function judgeReplies(f: HealthFacts): CheckState {
  if (!f.replyAware) return 'off';
  if (f.replyBatches > 0) return 'ok';
  return f.strayRows >= HEALTH_LIMITS.strayRows && f.ownRows > 0 ? 'problem' : 'unknown';
}

/** How much a frame has seen: the popup asks every frame of a tab and shows the one that saw most. */
export function evidenceOf(f: HealthFacts): number {
  return countFields().reduce((sum, key) => sum + f[key], 0);
}

export function pickFacts(answers: readonly HealthFacts[]): HealthFacts | null {
  let best: HealthFacts | null = null;
  for (const facts of answers) if (!best || evidenceOf(facts) > evidenceOf(best)) best = facts;
  return best;
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);

/** A frame's answer, checked field by field; anything that is not facts is null. The site id is kept only if it looks like one. */
export function parseFacts(value: unknown): HealthFacts | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.site !== 'string' || !/^[a-z][a-zA-Z0-9-]{0,30}$/.test(v.site)) return null;
  const counts = Object.fromEntries(countFields().map((key) => [key, count(v[key])])) as Record<CountField, number>;
  return { ...counts, site: v.site, replyAware: v.replyAware === true };
}

export interface ReportInput {
  readonly version: string;
  readonly browser: string;
  /** The tab's host only ("web.whatsapp.com"): never a path, query or hash. */
  readonly host: string;
  readonly facts: HealthFacts;
}

/**
 * The text "Copy a problem report" puts on the clipboard: structure only, for a bug report. It is
 * built from counts, ids and versions, so it cannot carry a message, a name or an address.
 */
export function healthReport({ version, browser, host, facts }: ReportInput): string {
  const { checks, overall } = judgeHealth(facts);
  return [
    'Steady site health report',
    `Steady: ${version}`,
    `Browser: ${browser}`,
    `Site: ${facts.site} (${host})`,
    `Overall: ${overall}`,
    `Composer found: ${checks.composer} (adapter ${facts.composerByAdapter}, generic only ${facts.composerByGeneric})`,
    `Send button: adapter ${facts.buttonByAdapter}, generic only ${facts.buttonByGeneric}`,
    `Sends confirmed: ${checks.sends} (${facts.confirmed} confirmed, ${facts.unconfirmed} not)`,
    `Chats told apart: ${checks.chats} (${facts.addressMoves} address changes, ${facts.keyMovesWithAddress} with a new chat; ${facts.keyMoves} chat changes)`,
    `Replies recognised: ${checks.replies} (${facts.replyBatches} replies, ${facts.ownRows} own rows, ${facts.strayRows} unrecognised rows)`,
  ].join('\n');
}

/** "Chrome 142" or "Firefox 140" from a user agent string: a name and a major version, nothing more. */
export function browserName(userAgent: string): string {
  const firefox = /Firefox\/(\d+)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/(\d+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /Chrom(?:e|ium)\/(\d+)/.exec(userAgent);
  if (chrome) return `Chrome ${chrome[1]}`;
  return 'unknown';
}

/** The host of a URL, or "" when there is none: the only part of an address a report may show. */
export function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
