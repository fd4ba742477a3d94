import type { Site } from './site';

// Checked against Ajaxy/telegram-tt (master, read 2026-11-30; the Tiptap composer after 8564af02):
// src/components/middle/composer/MessageInput.tsx, Composer.tsx, src/util/routing.ts.

/**
 * Telegram Web A (telegram-tt): `#editable-message-text`, now a Tiptap (ProseMirror) editor; the
 * chat is the URL hash, `#<chatId>[_<threadId>][_<view>]`. A topic (thread) is a conversation of its own.
 */
export const telegramA: Site = {
  id: 'telegramA',
  name: 'Telegram Web A',
  // messageSendKeyCombo 'enter': Enter and Ctrl/Cmd+Enter send; 'ctrl-enter': only Ctrl/Cmd+Enter (telegram-tt MessageInput.tsx).
  sendKeys: { modes: [['enter', 'ctrlEnter', 'metaEnter'], ['ctrlEnter', 'metaEnter']], exclusive: true },
  matches: ['https://web.telegram.org/a/*'],
  // MessageInput.tsx syncEditorElementAttributes: id EDITABLE_INPUT_ID, class "form-control … ProseMirror", role textbox.
  composer: '#editable-message-text[contenteditable=true], .Composer [role=textbox][contenteditable=true]',
  notComposer: '#telegram-search-input, .SearchInput input',
  // Composer.tsx: the main button's classes are its state ("send", "edit", "record", …) plus "main-button".
  sendButton: '.Composer .Button.send, .Composer .main-button.send, button[aria-label="Send Message"]',
  // Composer.tsx: editing reuses the composer; the main button's state becomes "edit" (a check).
  editing: '.Composer:has(.main-button.edit) #editable-message-text',
  // MessageInput.tsx isSendShortcut: messageSendKeyCombo 'enter' or 'ctrl-enter'; both accepted, only a real send counts.
  modEnterSends: true,
  // MessageInput.tsx isSendShortcut: in the expanded rich input (Composer.tsx `.composer-wrapper.rich-input-expanded`)
  // only Ctrl/Cmd+Enter sends.
  modEnterOnly: '.rich-input-expanded #editable-message-text',
  // MessageInput.tsx handleDocumentKeyDown: a document capture listener sends on Enter while focus is in no
  // input, textarea or contenteditable (the composer stays editable, the Composer is "shown" outside select mode),
  // unless a modal takes Enter (src/components/ui/Modal.tsx, 050f3ed0: body.has-open-dialog while one is open).
  outsideEnter: 'body:not(.has-open-dialog) .Composer.shown #editable-message-text[contenteditable=true]',
  replies: { list: '.MessageList .messages-container', row: '.Message', incoming: '.Message:not(.own)', subtree: true },
  conversation(location) {
    // routing.ts: #<chatId>[_<threadId>][_<type>]; a forum topic is the thread id.
    const [chat = '', thread] = location.hash.slice(1).split('_');
    if (!/^-?\d+$/.test(chat)) return `telegram-a/${location.pathname}`;
    return /^-?\d+$/.test(thread ?? '') ? `telegram-a/${chat}/${thread}` : `telegram-a/${chat}`;
  },
};
