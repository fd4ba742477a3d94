import type { Site } from './site';

/**
 * Telegram Web K (tweb): the composer is `.input-message-input` (Tiptap/ProseMirror in current
 * tweb); the chat is the URL hash, `#@username` or `#<peerId>` (negative for groups).
 */
export const telegramK: Site = {
  id: 'telegramK',
  name: 'Telegram Web K',
  // sendShortcut 'enter': Enter, also Alt+Enter; else Ctrl+Enter (Cmd+Enter on Apple) (tweb isSendShortcutPressed.ts).
  sendKeys: { modes: [['enter', 'altEnter'], ['ctrlEnter', 'metaEnter']], exclusive: true },
  matches: ['https://web.telegram.org/k/*'],
  composer: '.chat-input .input-message-input[contenteditable=true], .input-message-input[contenteditable=true]',
  notComposer: '.input-search input, .input-search [contenteditable]',
  // One button: send while there is text, record a voice message when empty.
  sendButton: '.btn-send-container .btn-send, button.btn-send, button.send',
  // The "send by Ctrl+Enter" setting: both are accepted, only a real send counts.
  modEnterSends: true,
  replies: { list: '.bubbles-inner', row: '.bubble', incoming: '.bubble.is-in', subtree: true },
  conversation(location) {
    const peer = /^#(@?[\w-]+)/.exec(location.hash)?.[1];
    return peer ? `telegram-k/${peer}` : `telegram-k/${location.pathname}`;
  },
};
