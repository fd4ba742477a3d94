import type { Site } from './site';

/**
 * Telegram Web A (telegram-tt): a plain contenteditable `#editable-message-text`; the chat is the
 * URL hash, `#<chatId>[_<threadId>][_<view>]`. A topic (thread) is a conversation of its own.
 */
export const telegramA: Site = {
  id: 'telegramA',
  name: 'Telegram Web A',
  // messageSendKeyCombo 'enter': Enter and Ctrl/Cmd+Enter send; 'ctrl-enter': only Ctrl/Cmd+Enter (telegram-tt MessageInput.tsx).
  sendKeys: { modes: [['enter', 'ctrlEnter', 'metaEnter'], ['ctrlEnter', 'metaEnter']], exclusive: true },
  matches: ['https://web.telegram.org/a/*'],
  composer: '#editable-message-text[contenteditable=true], .Composer [role=textbox][contenteditable=true]',
  notComposer: '#telegram-search-input, .SearchInput input',
  sendButton: '.Composer .Button.send, button[aria-label="Send Message"]',
  // The "Send by Ctrl+Enter" setting: both are accepted, only a real send counts.
  modEnterSends: true,
  replies: { list: '.MessageList .messages-container', row: '.Message', incoming: '.Message:not(.own)', subtree: true },
  conversation(location) {
    const [chat = '', thread] = location.hash.slice(1).split('_');
    if (!/^-?\d+$/.test(chat)) return `telegram-a/${location.pathname}`;
    return /^-?\d+$/.test(thread ?? '') ? `telegram-a/${chat}/${thread}` : `telegram-a/${chat}`;
  },
};
