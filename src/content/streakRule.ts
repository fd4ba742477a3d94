import type { Decision } from '../core/policy';
import type { Settings } from '../core/settings';
import type { ReasonEvent } from '../core/stats';
import { newestIsTheirs, pauseIsNext, recordStreakSend, repliedFirst, stamp, streakReply, type Streak } from '../core/streak';
import type { Site } from '../sites';
import type { Streaks } from './streaks';

type Nudge = Extract<Decision, { kind: 'nudge' }>;

/**
 * The streak rule for one frame, as the guard sees it: the streak of a conversation where the rule
 * can work, and what each event means for it. Keys come in as the tally's conversation id and are
 * salted here; the rule is silent on sites that do not recognise replies and until the secret is read.
 */
export class StreakRule {
  constructor(
    private readonly streaks: Streaks,
    private readonly site: Site,
    private readonly settings: () => Settings,
    private readonly now: () => number,
    private readonly record: (event: ReasonEvent) => void,
  ) {}

  /** Only where Steady recognises replies: elsewhere it could never end a streak. */
  get works(): boolean {
    return this.site.replies !== undefined && this.settings().streakEnabled;
  }

  /** This conversation's streak for the policy, or undefined where the rule does not apply. */
  streakOf(conversation: string): Streak | undefined {
    const key = this.works ? this.streaks.key(conversation) : null;
    return key === null ? undefined : this.streaks.get(key);
  }

  /** This send passes, and the next reach-out will be held: time to fetch the card. */
  pauseNext(conversation: string): boolean {
    const streak = this.streakOf(conversation);
    const { streakReachOuts, quietMinutes } = this.settings();
    return streak !== undefined && pauseIsNext(streak, { reachOuts: streakReachOuts, quietMs: quietMinutes * 60_000 }, this.now());
  }

  private change(conversation: string, change: (streak: Streak) => Streak): void {
    const key = this.works ? this.streaks.key(conversation) : null;
    if (key !== null) this.streaks.update(key, change);
  }

  /** A send really went out. Nothing is kept while the rule is off. */
  sent(conversation: string): void {
    this.change(conversation, (s) => recordStreakSend(s, this.now()));
  }

  /** They wrote: the streak is over; a streak pause with nothing sent since ended with them replying first. */
  replied(conversation: string): void {
    this.change(conversation, (s) => {
      if (repliedFirst(s, this.now())) this.record('streakReplied');
      return streakReply(s, this.now());
    });
  }

  newestTheirs(conversation: string): void {
    this.change(conversation, (s) => newestIsTheirs(s, this.now()));
  }

  /** A card is up: count its reason, and remember a streak pause for "they replied first". */
  shown(conversation: string, decision: Nudge): void {
    if (decision.reason !== 'streak') return this.record('burstShown');
    this.record('streakShown');
    this.change(conversation, (s) => stamp(s, 'pausedAt', this.now()));
  }

  /** "Wait until they reply" (or "Keep editing") on a streak pause. */
  kept(conversation: string, decision: Nudge, waited: boolean): void {
    if (decision.reason !== 'streak') return;
    this.record('streakKept');
    if (waited) this.change(conversation, (s) => stamp(s, 'waitFrom', this.now()));
  }

  sentAnyway(conversation: string, decision: Nudge): void {
    if (decision.reason !== 'streak') return;
    this.record('streakSentAnyway');
    this.change(conversation, (s) => stamp(s, 'waitOffAt', this.now()));
  }
}
