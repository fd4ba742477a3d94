import { judgeRows, type RowKind } from '../core/replies';
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
}

/** After the composer loses focus, the list is watched this long more (a reply read from elsewhere still counts). */
const LINGER_MS = 2 * 60_000;

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

function kindOf(row: Element, replies: Replies): RowKind {
  if (!replies.incoming) return 'unknown';
  return row.matches(replies.incoming) || row.querySelector(replies.incoming) ? 'incoming' : 'outgoing';
}

/**
 * Watches one message list, and only while a composer of that list is in use: started on focus,
 * stopped a while after blur, when the page hides, or when the script stops. Nothing here runs on
 * a key press; the observer sees direct children only (or the list's subtree where rows are grouped).
 */
export class ReplyWatch {
  private observer: MutationObserver | null = null;
  private list: Element | null = null;
  private composer: HTMLElement | null = null;
  private echoes: readonly number[] = [];
  private lingering = 0;
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
    this.deps.win.clearTimeout(this.lingering);
    const { replies } = this.deps.site;
    if (!replies || !this.deps.enabled() || this.deps.signal.aborted) return this.stop();
    // The same composer on a list still in the page: already watching, nothing to look up.
    if (this.observer && this.composer === composer && this.list?.isConnected) return;
    this.composer = composer;
    const list = nearestList(composer, replies.list);
    if (!list) return this.stop();
    if (list === this.list && this.observer) return;
    this.stop();
    this.composer = composer;
    this.list = list;
    this.href = this.deps.win.location.href;
    this.observer = new MutationObserver((records) => this.onBatch(records, replies));
    this.observer.observe(list, { childList: true, subtree: replies.subtree === true });
  }

  /** The composer lost focus: keep listening a little, then let go. */
  blurred(): void {
    this.deps.win.clearTimeout(this.lingering);
    if (this.observer) this.lingering = this.deps.win.setTimeout(() => this.stop(), LINGER_MS);
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
    this.deps.win.clearTimeout(this.lingering);
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
      const verdict = judgeRows({ rows, removedRows }, this.echoes, this.deps.now());
      this.echoes = verdict.pendingEchoes;
      const composer = this.composer;
      if (verdict.reply && composer?.isConnected && this.deps.enabled()) this.deps.onReply(composer);
    } catch {
      // A page we misread must never break; the count simply stays as it was.
    }
  }
}
