/**
 * Did the other person just write? Pure: the content script reduces one batch of message-list
 * changes to these facts (structure only, never text) and asks.
 */

/** One added message row: marked as theirs, marked as ours, or the site does not say. */
export type RowKind = 'incoming' | 'outgoing' | 'unknown';

export interface RowBatch {
  readonly rows: readonly RowKind[];
  /** Rows were removed in the same batch: the list was redrawn (another chat, a reload), not appended to. */
  readonly removedRows: boolean;
}

/** More rows at once than a person can send: the list was (re)drawn, e.g. on opening a chat. */
export const MAX_NEW_ROWS = 3;

/** How long one of our sends may take to show up as a row of its own. */
export const ECHO_MS = 3000;

export interface ReplyVerdict {
  readonly reply: boolean;
  /** Our sends still waiting for their own row to appear (times, ascending). */
  readonly pendingEchoes: readonly number[];
}

/**
 * A batch is a reply when it appends a row from the other person. Where rows carry no sender
 * mark, each of our recent sends explains one new row (its echo); a row beyond those is theirs.
 */
export function judgeRows(batch: RowBatch, pendingEchoes: readonly number[], now: number): ReplyVerdict {
  const pending = pendingEchoes.filter((t) => now - t <= ECHO_MS && t <= now);
  if (batch.rows.length === 0 || batch.removedRows || batch.rows.length > MAX_NEW_ROWS) return { reply: false, pendingEchoes: pending };
  let reply = false;
  for (const kind of batch.rows) {
    if (kind === 'incoming') reply = true;
    else if (kind === 'outgoing') pending.shift();
    else if (pending.length > 0) pending.shift();
    else reply = true;
  }
  return { reply, pendingEchoes: pending };
}
