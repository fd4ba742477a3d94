import type { Site } from './site';

/**
 * X direct messages: the legacy contenteditable on /messages/<id>, and XChat's textarea on
 * /i/chat/<id> (forced by mid-2026, behind a PIN screen). The post composer is never a message
 * composer. Facts: nirholas/XActions src/sendDirectMessage.js (2026-02-24), lockdown-systems/cyd
 * PR #692 (2026-08), undated scripts (sites.md review 2026-11-30).
 */
export const x: Site = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  composer: '[data-testid=dmComposerTextInput], textarea[data-testid="dm-composer-textarea"]',
  // The post composer, search, and XChat's PIN/passcode digits (undated scripts: numeric/one-time-code inputs).
  notComposer: [
    '[data-testid^="tweetTextarea"]',
    '[data-testid="SearchBox_Search_Input"]',
    'input[inputmode=numeric]',
    'input[autocomplete="one-time-code"]',
    'input[name=pin]',
    'input[data-testid="pinInput"]',
  ].join(', '),
  sendButton: '[data-testid=dmComposerSendButton], [data-testid="dm-composer-send-button"]',
  conversation(location) {
    // Legacy one-to-one chats are "<a>-<b>"; group chats are a single id, so both shapes count.
    const legacy = /^\/messages\/(\d+(?:-\d+)?)(?:[/?#]|$)/.exec(location.pathname)?.[1];
    if (legacy) return `x/dm/${legacy}`;
    const chat = /^\/i\/chat\/([^/?#]+)/.exec(location.pathname)?.[1];
    if (chat) return `x/chat/${chat}`;
    return location.origin + location.pathname;
  },
};
