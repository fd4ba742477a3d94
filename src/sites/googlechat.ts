import type { Site } from './site';

/**
 * Google Chat: a plain contenteditable (Closure/Wiz). Inside Gmail the whole chat UI is an iframe
 * from chat.google.com; the content script runs in that frame (all_frames), where the URL says
 * nothing but the conversation's wrapper carries `data-group-id` ("space/…" or "dm/…").
 */
export const googleChat: Site = {
  id: 'googlechat',
  name: 'Google Chat',
  matches: ['https://chat.google.com/*', 'https://mail.google.com/chat/*'],
  composer: '[role=textbox][contenteditable=true]',
  // Gmail's own search box sits in the mail.google.com/chat top frame.
  notComposer: 'input[type=text][name=q], [role=search] [contenteditable]',
  sendButton: 'button[aria-label^="Send" i], [role=button][aria-label^="Send" i]',
  conversation(location, composer) {
    const group = composer.closest('[data-group-id]')?.getAttribute('data-group-id');
    if (group) return `googlechat/${group}`;
    // Top frame: mail.google.com/chat/u/0/#chat/space/<id>, chat.google.com/u/0/#chat/dm/<id>.
    const hash = /^#chat\/((?:space|dm)\/[^/?&]+)/.exec(location.hash)?.[1];
    if (hash) return `googlechat/${hash}`;
    // Standalone chat.google.com paths: /room/<id>, /dm/<id>, /u/0/app/chat/<id>.
    const path = /\/(room|dm)\/([^/?#]+)/.exec(location.pathname) ?? /\/app\/(chat)\/([^/?#]+)/.exec(location.pathname);
    if (path) return `googlechat/${path[1] === 'dm' ? 'dm' : 'space'}/${path[2] ?? ''}`;
    return location.origin + location.pathname;
  },
};
