import type { Site } from './site';

/**
 * Google Messages for web: Angular `mws-*` components with a textarea; one URL per conversation.
 * Input, send button and URL: MV10/clanker docs/page-structure.md (Feb 2026), confirmed by many
 * undated scripts (sites.md review 2026-11-30).
 */
export const googleMessages: Site = {
  id: 'googlemessages',
  name: 'Google Messages',
  // A settings option turns Enter into a new line; the send button still sends.
  sendKeys: { modes: [['enter'], []], exclusive: true },
  matches: ['https://messages.google.com/web/*'],
  composer: 'textarea[data-e2e-message-input-box], [data-e2e-message-input] textarea, mws-message-compose textarea',
  notComposer: 'mws-search-box input, [data-e2e-search-input]',
  sendButton: '[data-e2e-send-text-button]',
  // Each message is an mws-message-wrapper; is-outgoing="false" marks theirs (many undated scripts that
  // watch for incoming messages: mws-message-wrapper[is-outgoing="false"][is-unread="true"]).
  replies: { list: 'mws-messages-list', row: 'mws-message-wrapper', incoming: '[is-outgoing="false"]', subtree: true },
  conversation(location) {
    const id = /^\/web\/conversations\/([^/?#]+)/.exec(location.pathname)?.[1];
    return id ? `googlemessages/${id}` : location.origin + location.pathname;
  },
};
