import { judgeRows, MAX_NEW_ROWS, type ReplyVerdict, type RowKind } from '../core/replies';
import type { Replies, Site } from '../sites';

export interface ReplyWatchDeps {
  readonly site: Site;
  readonly win: Window;
  readonly signal: AbortSignal;
  readonly now: () => number;
  /** Settings allow it right now (Steady on, this site on, "reset when they reply" on). */
  enabled(): boolean;
  /** The other person wrote in the conversation of this composer. */
  onReply(composer: HTMLElement): void;
  /** For the health check: a batch of new rows was judged; `own` of them were echoes of our sends. */
  judged?(rows: number, own: number, reply: boolean): void;
  /** On focus, the newest row of this composer's list is theirs (seen by its mark only, never its text). */
  onNewestTheirs?(composer: HTMLElement): void;
}

/** A look back at rows that arrived while nobody watched: only the newest few can be a reply to judge. */
const CATCH_UP_ROWS = 3;

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** The message list nearest the composer: the thread pane's own list before the channel's. */
function nearestList(composer: Element, selector: string): Element | null {
  for (let region = composer.parentElement; region; region = region.parentElement) {
    const found = region.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The message rows an added node brings: itself, or the outermost rows inside it. */
function rowsIn(node: Element, replies: Replies): Element[] {
  if (node.matches(replies.row)) return [node];
  return [...node.querySelectorAll(replies.row)].filter((row) => {
    const outer = row.parentElement?.closest(replies.row);
    return !outer || !node.contains(outer);
  });
}

/** A row carries the mark itself or on an element inside it (a bubble, a sender line). */
const marked = (row: Element, selector: string): boolean => row.matches(selector) || row.querySelector(selector) !== null;

function kindOf(row: Element, replies: Replies): RowKind {
  if (replies.incoming) return marked(row, replies.incoming) ? 'incoming' : 'outgoing';
  if (replies.outgoing) return marked(row, replies.outgoing) ? 'outgoing' : 'incoming';
  return 'unknown';
}

/**
 * Watches one message list, and only while a composer of that list is in use: started on focus,
 * stopped on blur (a look back on return catches a reply that came meanwhile), when the page hides,
 * or when the script stops. Nothing here runs on a key press or while no composer has focus; the
 * observer sees direct children only (or the list's subtree where rows are grouped).
 */
export class ReplyWatch {
  private observer: MutationObserver | null = null;
  private list: Element | null = null;
  private composer: HTMLElement | null = null;
  private echoes: readonly number[] = [];
  /** Set while the composer is blurred: nothing is observed, the row count is remembered instead. */
  private paused: { list: Element; composer: HTMLElement; rows: number; href: string; at: number } | null = null;
  /** The address when the list was last judged: a batch under a new address is the next chat being drawn. */
  private href = '';

  constructor(private readonly deps: ReplyWatchDeps) {
    const { win, signal } = deps;
    signal.addEventListener('abort', () => this.stop(), { once: true });
    win.document.addEventListener('visibilitychange', () => {
      if (win.document.visibilityState === 'hidden') this.stop();
    }, { signal });
  }

  /** A composer of this site got focus. */
  focused(composer: HTMLElement): void {
    const { replies } = this.deps.site;
    if (!replies || !this.deps.enabled() || this.deps.signal.aborted) return this.stop();
    this.catchUp(composer, replies);
    // The same composer on a list still in the page: already watching, nothing to look up.
    if (this.observer && this.composer === composer && this.list?.isConnected) return;
    this.composer = composer;
    const list = nearestList(composer, replies.list);
    if (!list) return this.stop();
    if (list === this.list && this.observer) return;
    const echoes = this.echoes;
    this.stop();
    // Sends made just before a blur may still be waiting for their rows.
    this.echoes = echoes;
    this.composer = composer;
    this.list = list;
    this.href = this.deps.win.location.href;
    this.observer = new MutationObserver((records) => this.onBatch(records, replies));
    this.observer.observe(list, { childList: true, subtree: replies.subtree === true });
  }

  /**
   * The composer lost focus: stop observing at once (no work at all while nobody types) and
   * remember how many rows the list had, so a reply that arrives meanwhile is still seen on return.
   */
  blurred(): void {
    const { replies } = this.deps.site;
    const { list, composer, observer } = this;
    if (!replies || !list || !composer || !observer) return;
    const echoes = this.echoes;
    this.stop();
    this.echoes = echoes;
    this.paused = { list, composer, rows: list.querySelectorAll(replies.row).length, href: this.deps.win.location.href, at: this.deps.now() };
  }

  /** Back in the same list: judge the rows added while away, as one batch. Runs once per focus, never per key. */
  private catchUp(composer: HTMLElement, replies: Replies): void {
    const paused = this.paused;
    this.paused = null;
    if (!paused || paused.composer !== composer || !paused.list.isConnected || paused.href !== this.deps.win.location.href) return this.newest(composer, replies);
    const rows = [...paused.list.querySelectorAll(replies.row)];
    if (rows.length <= paused.rows) return;
    const added = rows.slice(paused.rows).slice(-CATCH_UP_ROWS).map((row) => kindOf(row, replies));
    // Our own sends are judged against the time the list was left, so a slow echo is not taken for theirs.
    const verdict = this.judge(added, false, paused.at);
    if (verdict.reply && composer.isConnected) this.deps.onReply(composer);
  }

  /**
   * Nothing remembered from a blur (a new page, another chat): where rows say whose they are, one look
   * at the newest row tells whether they wrote last, e.g. while the tab was closed. Once per focus.
   */
  private newest(composer: HTMLElement, replies: Replies): void {
    const { onNewestTheirs } = this.deps;
    // Already watching this composer: the observer saw every row since. A send whose row is not yet drawn would mislead.
    if (!onNewestTheirs || (!replies.incoming && !replies.outgoing) || (this.observer && this.composer === composer) || this.echoes.length > 0) return;
    const rows = nearestList(composer, replies.list)?.querySelectorAll(replies.row);
    const last = rows?.[rows.length - 1];
    if (last && kindOf(last, replies) === 'incoming') onNewestTheirs(composer);
  }

  /** One of our own sends went out: its row must not be taken for theirs. */
  ownSend(): void {
    this.echoes = [...this.echoes, this.deps.now()];
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.list = null;
    this.echoes = [];
    this.paused = null;
  }

  /** Judges one batch against our pending echoes, and tells the health recorder what it found. */
  private judge(rows: RowKind[], removedRows: boolean, at: number): ReplyVerdict {
    // Echoes still waiting before this batch (judgeRows drops the stale ones): those it used up were our rows.
    const before = judgeRows({ rows: [], removedRows: false }, this.echoes, at).pendingEchoes.length;
    const verdict = judgeRows({ rows, removedRows }, this.echoes, at);
    this.echoes = verdict.pendingEchoes;
    // A redraw (another chat, a reload) is history, not news: judgeRows ignores it, and so does health.
    if (rows.length > 0 && rows.length <= MAX_NEW_ROWS && !removedRows) this.deps.judged?.(rows.length, before - verdict.pendingEchoes.length, verdict.reply);
    return verdict;
  }

  private onBatch(records: MutationRecord[], replies: Replies): void {
    try {
      // A single-page app that switched chats may reuse the list element: what it draws next is history.
      const href = this.deps.win.location.href;
      if (href !== this.href) {
        this.href = href;
        return;
      }
      const rows: RowKind[] = [];
      let removedRows = false;
      for (const record of records) {
        for (const node of record.removedNodes) if (isElement(node) && rowsIn(node, replies).length > 0) removedRows = true;
        for (const node of record.addedNodes) if (isElement(node)) for (const row of rowsIn(node, replies)) rows.push(kindOf(row, replies));
      }
      const verdict = this.judge(rows, removedRows, this.deps.now());
      const composer = this.composer;
      if (verdict.reply && composer?.isConnected && this.deps.enabled()) this.deps.onReply(composer);
    } catch {
      // A page we misread must never break; the count simply stays as it was.
    }
  }
}
