import { EMPTY_FACTS, type HealthFacts } from '../core/health';
import type { Site } from '../sites';
import { foundByAdapter } from './composer';
import type { Intent } from './intent';

type Counts = { -readonly [K in keyof HealthFacts]: HealthFacts[K] };

/**
 * Counts this frame's structural facts for the site health check (core/health judges them).
 * In memory only, and touched only at send intents, send confirmations and reply batches: never
 * on a key that is not a send, never on a timer. The address and the key are kept only to compare
 * with the next intent; they never leave this object.
 */
export class HealthRecorder {
  private readonly counts: Counts;
  private lastHref: string | null = null;
  private lastKey: string | null = null;

  constructor(private readonly site: Site) {
    this.counts = { ...EMPTY_FACTS, site: site.id, replyAware: site.replies !== undefined };
  }

  /** A send intent at `href` for the (hashed) conversation `key`. */
  intent(intent: Intent, href: string, key: string): void {
    const c = this.counts;
    if (foundByAdapter(intent.composer, this.site)) c.composerByAdapter++;
    else c.composerByGeneric++;
    if (intent.kind === 'press') {
      if (foundByAdapter(intent.button, this.site, 'sendButton')) c.buttonByAdapter++;
      else c.buttonByGeneric++;
    }
    const keyMoved = this.lastKey !== null && key !== this.lastKey;
    if (keyMoved) c.keyMoves++;
    if (this.lastHref !== null && href !== this.lastHref) {
      c.addressMoves++;
      if (keyMoved) c.keyMovesWithAddress++;
    }
    this.lastHref = href;
    this.lastKey = key;
  }

  /** A passed send was confirmed (the composer emptied) or not. */
  sent(confirmed: boolean): void {
    if (confirmed) this.counts.confirmed++;
    else this.counts.unconfirmed++;
  }

  /** One judged batch of new message rows: how many were ours, and whether it was a reply. */
  rows(total: number, own: number, reply: boolean): void {
    const c = this.counts;
    c.ownRows += own;
    if (reply) c.replyBatches++;
    // A batch that was no reply and holds more rows than our echoes: rows from nobody we recognise.
    else c.strayRows += Math.max(0, total - own);
  }

  facts(): HealthFacts {
    return { ...this.counts };
  }
}
