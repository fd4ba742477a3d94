import type { Site } from './site';

/** Google Messages for web: Angular `mws-*` components with a textarea; one URL per conversation. */
export const googleMessages: Site = {
  id: 'googlemessages',
  name: 'Google Messages',
  // A settings option turns Enter into a new line; the send button still sends.
  sendKeys: { modes: [['enter'], []], exclusive: true },
  matches: ['https://messages.google.com/web/*'],
  composer: 'textarea[data-e2e-message-input-box], [data-e2e-message-input] textarea',
  notComposer: 'mws-search-box input, [data-e2e-search-input]',
  sendButton: '[data-e2e-send-text-button]',
  conversation(location) {
    const id = /^\/web\/conversations\/([^/?#]+)/.exec(location.pathname)?.[1];
    return id ? `googlemessages/${id}` : location.origin + location.pathname;
  },
};
