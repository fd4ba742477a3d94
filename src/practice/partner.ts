/** The pretend partner: answers, but slowly, the way real people with lives do. */
import { t, type MessageKey } from '../platform/i18n';

export function partnerName(): string {
  return t('practicePartnerName');
}

const REPLIES: readonly MessageKey[] = ['practiceReply1', 'practiceReply2', 'practiceReply3'];

/** Sam answers the first message of a burst after this long; the rest of the burst waits too. */
export const REPLY_DELAY_MS = 45_000;

export function replyFor(turn: number): string {
  return t(REPLIES[turn % REPLIES.length] ?? 'practiceReply1');
}
