import type { Site } from './site';

// Checked against morethanwords/tweb (master, read 2026-11-30): src/components/chat/input.ts,
// src/helpers/dom/isSendShortcutPressed.ts (25d222de), src/lib/appManagers/appImManager.ts.

/** The topic a forum chat has open: tweb keeps it out of the hash, so read it from the chat's own top bar. */
function topicOf(composer: Element): string | null {
  // tweb avatar.ts sets data-thread-id on the avatar of a topic; the top bar shows the open topic's.
  const topic = composer.closest('.chat')?.querySelector('.topbar [data-thread-id]')?.getAttribute('data-thread-id');
  return topic && /^\d+$/.test(topic) ? topic : null;
}

/**
 * Telegram Web K (tweb): the composer is `.input-message-input` (Tiptap/ProseMirror mounts on it);
 * the chat is the URL hash, `#@username` or `#<peerId>` (negative for groups).
 */
export const telegramK: Site = {
  id: 'telegramK',
  name: 'Telegram Web K',
  // sendShortcut 'enter': Enter, also Alt+Enter; else Ctrl+Enter (Cmd+Enter on Apple) (tweb isSendShortcutPressed.ts).
  sendKeys: { modes: [['enter', 'altEnter'], ['ctrlEnter', 'metaEnter']], exclusive: true },
  matches: ['https://web.telegram.org/k/*'],
  // tweb input.ts: the message input keeps tweb's class when Tiptap mounts on it.
  composer: '.chat-input .input-message-input[contenteditable=true], .input-message-input[contenteditable=true]',
  notComposer: '.input-search input, .input-search [contenteditable]',
  // tweb input.ts: `.btn-send-container > .btn-send`; one button that is send, record, edit (a check) or schedule.
  sendButton: '.btn-send-container .btn-send, button.btn-send, button.send',
  // tweb input.ts updateSendBtn: editing an old message reuses the composer and turns the button into `.btn-send.edit`.
  editing: '.chat-input:has(.btn-send.edit) .input-message-input',
  // tweb isSendShortcutPressed.ts: setting sendShortcut 'enter' (Alt+Enter sends too) or Ctrl/Cmd+Enter;
  // both are accepted, only a real send counts.
  modEnterSends: true,
  // tweb bubbles.ts: a second `.bubbles-inner.bubbles-remover` holds bubbles on their way out.
  replies: { list: '.bubbles-inner:not(.bubbles-remover)', row: '.bubble', incoming: '.bubble.is-in', subtree: true },
  conversation(location, composer) {
    // appImManager overrideHash: '@' + username or the peer id, never the topic.
    const peer = /^#(@?[\w-]+)/.exec(location.hash)?.[1];
    if (!peer) return `telegram-k/${location.pathname}`;
    const topic = topicOf(composer);
    return topic ? `telegram-k/${peer}/${topic}` : `telegram-k/${peer}`;
  },
};
