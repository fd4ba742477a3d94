import type { Site } from './site';

/** Percent-decodes without throwing: a malformed URL must still give a key. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Element (Matrix): its own contenteditable composer. Enter sends, or Ctrl/Cmd+Enter when the
 * user turned on "Use Ctrl + Enter to send a message"; only a send that empties the box counts.
 */
export const element: Site = {
  id: 'element',
  name: 'Element',
  matches: ['https://app.element.io/*'],
  composer: [
    '[data-testid=basicmessagecomposer][contenteditable=true]',
    '[data-testid=basicmessagecomposer] [contenteditable=true]',
    '.mx_BasicMessageComposer_input[contenteditable=true]',
  ].join(', '),
  // Enter in the edit box saves an edit of an old message: not a new message.
  notComposer: '.mx_EditMessageComposer [contenteditable]',
  sendButton: '[data-testid=sendmessagebtn], .mx_MessageComposer_sendMessage',
  modEnterSends: true,
  conversation(location) {
    // #/room/!roomId:server or #/room/#alias:server, maybe followed by /<eventId>.
    const room = /^#\/room\/([^/?]+)/.exec(location.hash)?.[1];
    return room ? `element/${decode(room)}` : location.origin + location.pathname;
  },
};
