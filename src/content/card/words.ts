/** The card's sentences in one place: short, kind, and never about the person's message itself. */

export function duration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Time left of a chosen wait, rounded up so "0 minutes left" never shows. */
export function timeLeft(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return seconds === 1 ? '1 second left' : `${seconds} seconds left`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute left' : `${minutes} minutes left`;
}

export const WAITING = 'You chose to wait:';

export function countLine(count: number, spanMs: number): string {
  const messages = count === 1 ? '1 message' : `${count} messages`;
  return `You've sent ${messages} in ${duration(spanMs)}.`;
}

export function waitLabel(minutes: number): string {
  return minutes === 1 ? 'Wait 1 minute' : `Wait ${minutes} minutes`;
}

export const QUESTION = 'Have they proven reliable?';
export const QUESTION_HINT = 'Do they do what they say they will? If they have kept their word before, they will answer — this message can wait.';

export const WHY_TITLE = 'Why this question?';
export const WHY_STEPS = [
  'Make sure you actually like them — not only the relief of hearing back.',
  'Judge whether they have proven reliable: do their actions match their words?',
  'Trust your gut about what you have seen.',
  'Then be confident, and stop reaching out for reassurance.',
] as const;
export const WHY_FOOTNOTE =
  'A flood of messages asking for reassurance tends to tire the other person, and they pull back — the opposite of what you want. Steady pauses at step 2, right before the next message.';

export const IGNORED_TITLE = 'Your message has not gone out yet';
export function ignoredText(siteName: string): string {
  return `${siteName} did not take the resend. Your message is still in the box, exactly as you wrote it. Press Enter or the send button once more and Steady will let it through.`;
}
