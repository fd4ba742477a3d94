import type { Site } from './site';

/**
 * Messenger, on messenger.com and facebook.com/messages: a Lexical textbox (Briskine PR #453,
 * 2022-01-18); the thread id is in the URL (/t/<id>, or /e2ee/t/<id> for end-to-end encrypted
 * chats). messenger.com was announced retired 2026-04-14 but still reported working 2026-08
 * (facebook-messenger-desktop #87, 2026-08-02).
 */
export const messenger: Site = {
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
  // The conversation region is [role=main] (aria-label "Conversation with …", localized):
  // brbavar/katex-for-messenger-web selector.js (2025-10-22).
  composer: '[role=textbox][contenteditable=true][data-lexical-editor=true], [role=main] [role=textbox][contenteditable=true]',
  // The page-wide search is a combobox, never a composer.
  notComposer: '[role=search] [contenteditable], input[type=search]',
  // "Press enter to send", case varies (Briskine facebook.js; ferdium #2341, 2026-02-18), and "Send"
  // (katex-for-messenger-web, 2025-10-22). When the box is empty the same slot is "Send a Like".
  sendButton: [
    '[role=button][aria-label="Press enter to send" i]',
    '[role=button][aria-label^="Press Enter to send" i]',
    '[role=main] [role=button][aria-label="Send" i]',
  ].join(', '),
  // The grid's rows ([role=row] with a [data-scope="messages_table"] gridcell) carry no sender mark:
  // a new row that is not the echo of our own send is theirs.
  replies: { list: '[role=main] [role=grid]', row: '[role=row]' },
  conversation(location) {
    const match = /\/(?:messages\/)?(?:e2ee\/)?t\/([^/?#]+)/.exec(location.pathname);
    return match ? `messenger/${match[1]}` : location.origin + location.pathname;
  },
};
