/** The pretend partner: answers, but slowly, the way real people with lives do. */
export const PARTNER = 'Sam';

const REPLIES = [
  'Sorry, was in a meeting! How are you?',
  'Just saw this — on my way home, will call you later 🙂',
  'Haha, yes. Talk tonight?',
];

/** Sam answers the first message of a burst after this long; the rest of the burst waits too. */
export const REPLY_DELAY_MS = 45_000;

export function replyFor(turn: number): string {
  return REPLIES[turn % REPLIES.length] ?? REPLIES[0] ?? '';
}
