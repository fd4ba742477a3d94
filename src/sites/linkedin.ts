import type { Site } from './site';

/**
 * A chat pop-up bubble, which can sit on any LinkedIn page; some live inside the #interop-outlet
 * shadow root (Briskine PR #592, 2025-12-22; confirmed in the sites.md review 2026-11-30).
 */
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
  // .msg-form__contenteditable and .msg-form__send-button: Briskine linkedin.spec.js; sarahcallmesmadds/
  // productivity_personal-email-slack-assistant personal_linkedin_dm_assistant/selectors.js (2026-02-13).
  composer: '.msg-form [role=textbox][contenteditable=true], .msg-form__contenteditable[contenteditable=true]',
  sendButton: '.msg-form button[type=submit], button.msg-form__send-button',
  // Each message is an li.msg-s-message-list__event in .msg-s-message-list; ours carry .msg-s-message-group--is-sender
  // (selectors.js above, 2026-02-13) or .msg-s-message-list__event--is-sender (scripts commented "April 2026").
  replies: {
    list: '.msg-s-message-list',
    row: '.msg-s-message-list__event',
    outgoing: '.msg-s-message-group--is-sender, .msg-s-message-list__event--is-sender',
    subtree: true,
  },
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
