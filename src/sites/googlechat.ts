import type { Site } from './site';

/**
 * Google Chat: a plain contenteditable (Closure/Wiz). Inside Gmail the whole chat UI is an iframe
 * from chat.google.com (hypothesis/browser-extension #1419, 2023-12-01; inbox-reborn #85,
 * 2024-04-18); the content script runs in that frame (all_frames), where the URL says nothing.
 * `data-group-id` ("space/…" or "dm/…") is seen only on sidebar rows
 * ([role=listitem][data-group-id^="space/"]); an ancestor of the composer carrying it is
 * unverified, as are the composer and the send label (sites.md review 2026-11-30). No sender
 * mark on message rows is known, so Google Chat is not reply-aware.
 */
export const googleChat: Site = {
  id: 'googlechat',
  name: 'Google Chat',
  matches: ['https://chat.google.com/*', 'https://mail.google.com/chat/*'],
  // Any textbox: no selector more specific than the role is confirmed (ishikawayus/google-chat-extension, geekudo/chrome-toolbox, undated).
  composer: '[role=textbox][contenteditable=true]',
  // Gmail's own search box sits in the mail.google.com/chat top frame.
  notComposer: 'input[type=text][name=q], [role=search] [contenteditable]',
  // "Send message" (English only: the label is the one fact known; the generic rules add [data-testid*=send]).
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
