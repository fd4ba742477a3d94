import type { Site } from './site';

/**
 * Messenger, on messenger.com and facebook.com/messages: a Lexical textbox; the thread id is in
 * the URL (/t/<id>, or /e2ee/t/<id> for end-to-end encrypted chats).
 */
export const messenger: Site = {
  id: 'messenger',
  name: 'Messenger',
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
  composer: '[role=textbox][contenteditable=true][data-lexical-editor=true], [role=main] [role=textbox][contenteditable=true]',
  // The page-wide search is a combobox, never a composer.
  notComposer: '[role=search] [contenteditable], input[type=search]',
  // "Press enter to send", case varies; when the box is empty the same slot is "Send a Like".
  sendButton: '[role=button][aria-label="Press enter to send" i], [role=button][aria-label^="Press Enter to send" i]',
  // No direction marker is known: a new row that is not the echo of our own send is theirs.
  replies: { list: '[role=main] [role=grid]', row: '[role=row]' },
  conversation(location) {
    const match = /\/(?:messages\/)?(?:e2ee\/)?t\/([^/?#]+)/.exec(location.pathname);
    return match ? `messenger/${match[1]}` : location.origin + location.pathname;
  },
};
