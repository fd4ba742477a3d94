import { hashKey } from '../core/hash';
import type { Decision } from '../core/policy';
import { pickQuestion } from '../core/questions';
import type { Settings } from '../core/settings';
import { decideWithSnooze } from '../core/snooze';
import type { ReasonEvent, StatEvent } from '../core/stats';
import { recordSend, replyArrived, sendsInWindow, startCooldown, startFreshWindow } from '../core/tally';
import type { Site } from '../sites';
import { CARD_LOAD_MS, loadWithin, type CardView, type LazyCard } from './card/lazy';
import { asComposer, focusAtEnd } from './composer';
import { whenSent } from './confirm';
import { Gate } from './gate';
import type { HealthRecorder } from './health';
import { keyIntent, pressIntent, submitIntent, type Intent } from './intent';
import type { Pauses } from './pauses';
import { ReplyWatch } from './replies';
import type { SendKeys } from './sendKeys';
import type { StreakRule } from './streakRule';
import type { Tallies } from './tallies';

export interface GuardDeps {
  readonly site: Site;
  readonly win: Window;
  readonly tallies: Tallies;
  /** Which Enter combinations send on this site, learned from what passed keys did. */
  readonly sendKeys: SendKeys;
  /** When each conversation last paused: the breath grows within a run. */
  readonly pauses: Pauses;
  /** Unanswered reach-outs: the second reason to pause, on reply-aware sites. */
  readonly streaks: StreakRule;
  /** The card, loaded on demand (card.js): most pages never need it. */
  readonly card: LazyCard;
  /** Counts structural facts for the popup's site health check; fed at intents, confirmations and reply batches. */
  readonly health: HealthRecorder;
  /** The live settings; read at each intent, so changes in options apply at once. */
  settings(): Settings;
  /** The live snooze end time (0 when not snoozed), kept in memory like settings. */
  snoozeUntil(): number;
  /** Counts a pause or a choice; returns at once and never throws. */
  record(event: StatEvent | ReasonEvent): void;
  /** Is the extension still there? When not, the guard stops and lets everything through. */
  alive(): boolean;
  readonly now: () => number;
  /** A number in [0, 1) for the card's question, when rotation is on; injected so tests can fix it. */
  readonly random: () => number;
  readonly signal: AbortSignal;
  /** Stops the whole content script: listeners, timers, storage. */
  stop(): void;
}

/** The submit after a passed Enter, or the click after a judged pointerdown, belong to that gesture. */
const SAME_GESTURE_MS = 1000;

/**
 * The flow of one frame: intent → policy → pass or hold → card → choice.
 * Listens once at the window in the capture phase, before the page's own handlers.
 */
export function startGuard(deps: GuardDeps): void {
  const { site, win, tallies, streaks, card, health, now, signal } = deps;
  const gate = new Gate(win);
  /** A held send waits for card.js; further sends of that draft are held with it, never replayed twice. */
  let opening = false;
  let lastComposer: HTMLElement | null = null;
  let passedAt = -Infinity;
  let pressed: { button: Element; at: number } | null = null;

  const conversationOf = (composer: HTMLElement): string => hashKey(`${site.id}|${site.conversation(win.location, composer)}`);
  const windowMs = (): number => deps.settings().windowSeconds * 1000;
  const siteOn = (settings: Settings): boolean => settings.enabled && (settings.sites[site.id as keyof Settings['sites']] ?? true);
  const replies = new ReplyWatch({
    site,
    win,
    signal,
    now,
    enabled: () => siteOn(deps.settings()) && (deps.settings().resetOnReply || streaks.works),
    onReply: (composer) => {
      if (deps.settings().resetOnReply) tallies.update(conversationOf(composer), (t, at) => replyArrived(t, at, windowMs()), now(), windowMs());
      streaks.replied(conversationOf(composer));
    },
    onNewestTheirs: (composer) => streaks.newestTheirs(conversationOf(composer)),
    judged: (rows, own, reply) => health.rows(rows, own, reply),
  });

  const countWhenSent = (conversation: string, intent: Intent): void => {
    void whenSent(intent.composer, site, win, signal).then((sent) => {
      if (intent.kind === 'key') deps.sendKeys.learn(intent.combo, intent.composer, sent);
      // A key known as a line break that left the text in place is no failed send.
      if (!signal.aborted && (sent || intent.kind !== 'key' || intent.sends)) health.sent(sent);
      if (!sent) return;
      tallies.update(conversation, (t, at) => recordSend(t, at, windowMs()), now(), windowMs());
      streaks.sent(conversation);
    });
  };

  /** The synchronous heart: decide while the event is still in flight. */
  const handle = (event: Event, intent: Intent | null): void => {
    if (!intent) return;
    if (!deps.alive()) return deps.stop();
    const settings = deps.settings();
    if (!siteOn(settings)) return;
    const conversation = conversationOf(intent.composer);
    health.intent(intent, win.location.href, conversation);
    // While snoozed everything passes, and is still counted below, so the limit is right when the snooze ends.
    const decision = decideWithSnooze(settings, tallies.get(conversation), deps.snoozeUntil(), now(), streaks.streakOf(conversation));
    // A key not known to send here (a line break by this person's setting) is never held: it passes and is watched.
    if (decision.kind === 'pass' || (intent.kind === 'key' && !intent.sends)) {
      passedAt = now();
      replies.ownSend();
      countWhenSent(conversation, intent);
      // Two sends from a pause (this one, then the one that will be held): fetch the card now, so it opens at once.
      if (sendsInWindow(tallies.get(conversation), now(), windowMs()).length + 2 >= settings.limit || streaks.pauseNext(conversation)) card.prefetch();
      return;
    }
    gate.hold(event, intent);
    if (card.isOpen || opening) return;
    const view = card.ready;
    if (view) return open(view, intent, conversation, decision);
    // Not prefetched (e.g. a cooldown carried over from an earlier page): hold while card.js loads.
    opening = true;
    void loadWithin(card, CARD_LOAD_MS, win).then((loaded) => {
      opening = false;
      if (loaded && !signal.aborted) open(loaded, intent, conversation, decision);
      // No card to ask with: a hold nobody can see would swallow the message, so send it.
      else gate.replay(intent);
    });
  };

  const open = (view: CardView, intent: Intent, conversation: string, decision: Extract<Decision, { kind: 'nudge' }>): void => {
    try {
      ask(view, intent, conversation, decision);
    } catch {
      // The card could not open: a hold nobody can see would swallow the message, so send it.
      view.hide();
      gate.replay(intent);
    }
  };

  const ask = (view: CardView, intent: Intent, conversation: string, decision: Extract<Decision, { kind: 'nudge' }>): void => {
    const settings = deps.settings();
    const breath = deps.pauses.breath(conversation, settings, now());
    const base = {
      reason: decision.reason,
      count: decision.count,
      spanMs: decision.spanMs,
      cooldownLeftMs: decision.cooldownLeftMs,
      breathSeconds: breath.seconds,
      longerBreathRun: breath.run,
      typeOwnWords: settings.typeOwnWords,
      cooldownMinutes: settings.cooldownMinutes,
      siteName: site.name,
      question: pickQuestion(settings.rotateQuestions, deps.random()),
      ownWords: settings.ownWords,
      schedule: settings.schedule,
      streak: decision.streak && { ...decision.streak, agoMs: decision.streak.lastReplyAt > 0 ? now() - decision.streak.lastReplyAt : 0 },
    };
    const backToDraft = (): void => {
      view.hide();
      focusAtEnd(intent.composer);
    };
    view.show({ ...base, phase: 'ask' }, {
      keepEditing: () => {
        deps.record('keptEditing');
        streaks.kept(conversation, decision, false);
        backToDraft();
      },
      wait: () => {
        deps.record('waited');
        // A streak pause waits for their reply; a burst pause for the cooldown.
        if (decision.reason === 'streak') streaks.kept(conversation, decision, true);
        else tallies.update(conversation, (t, at) => startCooldown(t, at, settings.cooldownMinutes * 60_000), now(), windowMs());
        backToDraft();
      },
      answer: (answer) => deps.record(answer === 'yes' ? 'answerYes' : 'answerNotSure'),
      sendAnyway: () => {
        deps.record('sentAnyway');
        streaks.sentAnyway(conversation, decision);
        tallies.update(conversation, (_, at) => startFreshWindow(at), now(), windowMs());
        view.hide();
        focusAtEnd(intent.composer);
        replies.ownSend();
        gate.replay(intent);
        void whenSent(intent.composer, site, win, signal).then((sent) => {
          if (sent) {
            tallies.update(conversation, (t, at) => recordSend(t, at, windowMs()), now(), windowMs());
            streaks.sent(conversation);
            return;
          }
          if (signal.aborted) return;
          // The site ignored the replay. The window is fresh, so the next real send passes: say so.
          view.show({ ...base, phase: 'ignored' }, { keepEditing: backToDraft, wait: backToDraft, sendAnyway: backToDraft });
        });
      },
    });
    // Counted once the card is really up: a card that failed to open (the send was replayed) is no pause.
    deps.record('shown');
    deps.pauses.add(conversation, now());
    streaks.shown(conversation, decision);
  };

  const guarded = <E extends Event>(listener: (event: E) => void) => (event: E): void => {
    if (gate.isReplaying || card.owns(event)) return;
    try {
      listener(event);
    } catch {
      // Never throw into the page; an event we could not judge goes through untouched.
    }
  };

  const listen = <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void): void =>
    win.addEventListener(type, guarded(listener), { capture: true, signal });

  listen('keydown', (event) => handle(event, keyIntent(event, site, deps.sendKeys)));
  listen('pointerdown', (event) => {
    const intent = pressIntent(event, site, lastComposer);
    if (intent?.kind === 'press') pressed = { button: intent.button, at: now() };
    handle(event, intent);
  });
  listen('click', (event) => {
    // Some sites send on pointerdown, so a pointer gesture is judged there; its click is not a second intent.
    const intent = pressIntent(event, site, lastComposer);
    if (intent?.kind === 'press' && pressed?.button === intent.button && now() - pressed.at < SAME_GESTURE_MS) return;
    handle(event, intent);
  });
  listen('submit', (event) => {
    if (now() - passedAt < SAME_GESTURE_MS) return;
    handle(event, submitIntent(event, site, lastComposer));
  });
  // Remembers the composer in use, for send buttons that live far from it.
  listen('focusin', (event) => {
    const target = event.composedPath()[0];
    const composer = target instanceof HTMLElement ? asComposer(target, site) : null;
    if (!composer) return;
    lastComposer = composer;
    replies.focused(composer);
  });
  listen('focusout', (event) => {
    if (event.composedPath()[0] === lastComposer) replies.blurred();
  });
  signal.addEventListener('abort', () => card.hide(), { once: true });
}
