import type { SendKeyFacts } from '../core/sendKeys';

/**
 * One chat web app, described in data where possible. The content script asks the adapter
 * first and falls back to the generic rules when the adapter's selectors miss, so a site's
 * redesign degrades to "generic" instead of going silent.
 */
export interface Site {
  /** Stable id, used for the per-site switch in options. */
  readonly id: string;
  /** Shown to people: in options and on the card. A translated name must be a getter, never `t()` at load (see generic.ts). */
  readonly name: string;
  /** Match patterns where this adapter applies; the manifest's content script matches are their union. */
  readonly matches: readonly string[];
  /** The message composer(s). Tested with `matches()` on the element that has focus. */
  readonly composer: string;
  /** Text boxes that never send a message (search, rename fields): Enter there is never an intent. */
  readonly notComposer?: string;
  /** The send button, tested with `closest()` on a click's target. */
  readonly sendButton?: string;
  /** Ctrl/Cmd+Enter is one of this site's send-key modes (a preference between it and Enter). */
  readonly modEnterSends?: boolean;
  /**
   * The site's send-key modes, where they are more than Enter or `modEnterSends`: which Enter
   * combinations send in each, the usual default first. What this person uses is learned on top.
   */
  readonly sendKeys?: SendKeyFacts;
  /** A composer matching this is in a mode where only Ctrl/Cmd+Enter sends; plain Enter makes a new line. */
  readonly modEnterOnly?: string;
  /**
   * The composer matches this while it edits an old message (sites that reuse the main composer
   * for edits): nothing from it is held or counted. Tested once per send intent, never per key.
   */
  readonly editing?: string;
  /** The composer that Enter sends from while focus is in no text field at all (a page-level shortcut). */
  readonly outsideEnter?: string;
  /** Where the other person's messages appear, for "reset the count when they reply". */
  readonly replies?: Replies;
  /**
   * Who the message goes to, as a raw key. The caller hashes it at once and never keeps it:
   * it may hold a channel id or a phone number.
   */
  conversation(location: Location, composer: Element): string;
  /** Is the composer empty? Only needed where an editor keeps placeholder text inside the composer. */
  isEmpty?(composer: Element): boolean;
}

/** Structure only: which element holds the message rows, and how an incoming one looks. Never text. */
export interface Replies {
  /** The message list; the one nearest the focused composer is watched. */
  readonly list: string;
  /** A message row. */
  readonly row: string;
  /** A row from the other person. Without it (and without `outgoing`), a row that is not the echo of one of our sends counts. */
  readonly incoming?: string;
  /** A row of our own, for sites that mark ours instead of theirs: every other row is theirs. Ignored when `incoming` is set. */
  readonly outgoing?: string;
  /** Rows sit in groups inside the list (per day, per sender): watch the list's subtree. */
  readonly subtree?: boolean;
}
