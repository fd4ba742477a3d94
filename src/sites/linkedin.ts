import type { Site } from './site';

/** A chat pop-up bubble, which can sit on any LinkedIn page (some inside the #interop-outlet shadow root). */
const BUBBLE = '[data-testid="msg-overlay-conversation-bubble"], .msg-overlay-conversation-bubble';

/**
 * LinkedIn messaging: a plain contenteditable in the message form, on /messaging/thread/<id>/
 * and in chat bubbles. The user chooses "Press Enter to Send" or "Click Send": Enter and the
 * button are both intents, and only a send that empties the composer is counted.
 */
export const linkedin: Site = {
  id: 'linkedin',
  name: 'LinkedIn',
  // "Press Enter to Send" or "Click Send" (Enter is a new line and only the button sends).
  sendKeys: { modes: [['enter'], []], exclusive: true },
  matches: ['https://www.linkedin.com/*'],
  composer: '.msg-form [role=textbox][contenteditable=true], .msg-form__contenteditable[contenteditable=true]',
  sendButton: '.msg-form button[type=submit], button.msg-form__send-button',
  conversation(location, composer) {
    // The bubble's header links to its thread; Element.closest stays inside a shadow root, as the bubble does.
    const bubble = composer.closest(BUBBLE);
    if (bubble) {
      const link = bubble.querySelector<HTMLAnchorElement>('a[href*="/messaging/thread/"]');
      const thread = link ? /\/messaging\/thread\/([^/?#]+)/.exec(link.pathname)?.[1] : undefined;
      return `linkedin/${thread ?? 'bubble'}`;
    }
    // Thread ids look like "2-<base64>==": not numeric.
    const thread = /^\/messaging\/thread\/([^/?#]+)/.exec(location.pathname)?.[1];
    return thread ? `linkedin/${thread}` : location.origin + location.pathname;
  },
};
