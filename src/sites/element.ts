import type { Site } from './site';

// Checked against element-hq/element-web (develop, read 2026-11-30): src/components/views/rooms/
// BasicMessageComposer.tsx, MessageComposer.tsx, EditMessageComposer.tsx, EventTile.tsx,
// src/components/structures/ThreadView.tsx, MessagePanel.tsx (review: 04d7508c).

/** Percent-decodes without throwing: a malformed URL must still give a key. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The open thread's root event, when the composer is the thread panel's own. */
function threadOf(composer: Element): string | null {
  // ThreadView.tsx: the panel is `.mx_ThreadView`; its timeline starts with the thread root's tile.
  const panel = composer.closest('.mx_ThreadView');
  if (!panel) return null;
  return panel.querySelector('.mx_RoomView_MessageList [data-event-id]')?.getAttribute('data-event-id') ?? 'thread';
}

/**
 * Element (Matrix): its own contenteditable composer. Enter sends, or Ctrl/Cmd+Enter when the
 * user turned on "Use Ctrl + Enter to send a message"; only a send that empties the box counts.
 */
export const element: Site = {
  id: 'element',
  name: 'Element',
  matches: ['https://app.element.io/*'],
  // BasicMessageComposer.tsx: div.mx_BasicMessageComposer_input[contenteditable][role=textbox][data-testid=basicmessagecomposer];
  // the thread panel renders the same composer inside `.mx_ThreadView`.
  composer: [
    '[data-testid=basicmessagecomposer][contenteditable=true]',
    '[data-testid=basicmessagecomposer] [contenteditable=true]',
    '.mx_BasicMessageComposer_input[contenteditable=true]',
  ].join(', '),
  // EditMessageComposer.tsx: Enter in `.mx_EditMessageComposer` saves an edit of an old message, not a new message.
  notComposer: '.mx_EditMessageComposer [contenteditable]',
  // MessageComposer.tsx: the send button `.mx_MessageComposer_sendMessage[data-testid=sendmessagebtn]`.
  sendButton: '[data-testid=sendmessagebtn], .mx_MessageComposer_sendMessage',
  // Settings.tsx: MessageComposerInput.ctrlEnterToSend.
  modEnterSends: true,
  // EventTile.tsx: each tile is `li.mx_EventTile` with data-self={isOwnEvent}; the timeline is
  // `ol.mx_RoomView_MessageList` (MessagePanel.tsx), with tiles grouped in summaries.
  replies: { list: '.mx_RoomView_MessageList', row: '.mx_EventTile[data-event-id]', outgoing: '[data-self="true"]', subtree: true },
  conversation(location, composer) {
    // #/room/!roomId:server or #/room/#alias:server, maybe followed by /<eventId>.
    const room = /^#\/room\/([^/?]+)/.exec(location.hash)?.[1];
    if (!room) return location.origin + location.pathname;
    const thread = threadOf(composer);
    return thread ? `element/${decode(room)}/${thread}` : `element/${decode(room)}`;
  },
};
