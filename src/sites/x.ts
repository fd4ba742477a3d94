import type { Site } from './site';

/**
 * X direct messages: the legacy contenteditable on /messages/<a>-<b>, and XChat's textarea on
 * /i/chat/<id>. The post composer is never a message composer.
 */
export const x: Site = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  composer: '[data-testid=dmComposerTextInput], textarea[data-testid="dm-composer-textarea"]',
  notComposer: '[data-testid^="tweetTextarea"], [data-testid="SearchBox_Search_Input"]',
  sendButton: '[data-testid=dmComposerSendButton], [data-testid="dm-composer-send-button"]',
  conversation(location) {
    const legacy = /^\/messages\/(\d+-\d+)/.exec(location.pathname)?.[1];
    if (legacy) return `x/dm/${legacy}`;
    const chat = /^\/i\/chat\/([^/?#]+)/.exec(location.pathname)?.[1];
    if (chat) return `x/chat/${chat}`;
    return location.origin + location.pathname;
  },
};
