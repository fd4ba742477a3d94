import type { Site } from './site';

/** A Teams chat or channel thread id ("19:…@thread.v2", "@thread.tacv2", "@unq.gbl.spaces"), raw or URL-encoded. */
const THREAD = /19(?::|%3a)([^/?#&@%"]+)(?:@|%40)(thread\.[a-z0-9]+|unq\.gbl\.spaces)/i;

/** The send button of either compose toolbar, never the edit box's "Done" (same data-tid, name=done). */
const SEND = ':is([data-tid="sendMessageCommands-send"], [data-tid="newMessageCommands-send"]):not([name=done])';

/**
 * Microsoft Teams (v2): a CKEditor 5 composer. The v2 URL often names no chat, but the send
 * button carries the thread id (data-track-thread-id); the URL's thread id comes next.
 * Editing an old message opens a second CKEditor (id "edit-message-…") that never counts.
 * Facts: undated scripts and a fixture, sites.md review 2026-11-30, unless said otherwise.
 */
export const teams: Site = {
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  // [data-tid=ckeditor]: kimura512/ctrlEnterSenderA adapters/teams.ts (2026-02), airminal platforms/teams.js.
  composer: '[data-tid="ckeditor"][contenteditable=true], .ck-editor__editable[role=textbox][contenteditable=true]',
  // The inline edit box of an old message: its Enter/Done saves an edit, not a new send.
  notComposer: '[id^="edit-message-"], [id^="edit-message-"] [contenteditable]',
  // sendMessageCommands-send or newMessageCommands-send "by layout" (both seen in 2026 scripts); edit Done has name=done.
  sendButton: SEND,
  // Two scripts say Ctrl/Cmd+Enter sends too, beside Enter (one mode, no preference between them),
  // so neither key teaches Steady that the other is a line break.
  sendKeys: { modes: [['enter', 'ctrlEnter', 'metaEnter']] },
  // Own messages are .fui-ChatMyMessage, others .fui-ChatMessage (Fluent UI's static class names; the message
  // text sits in [data-tid=chat-pane-message] inside). System lines (.fui-ChatControlMessage) are no rows.
  replies: {
    list: '[data-tid="message-pane-list-viewport"], [data-tid="chat-pane-list"], #chat-pane-list',
    row: '.fui-ChatMessage, .fui-ChatMyMessage',
    outgoing: '.fui-ChatMyMessage',
    subtree: true,
  },
  conversation(location, composer) {
    // Runs only for a send intent or a reply, so a few lookups are fine: the nearest send button first.
    const thread = threadNear(composer) ?? THREAD.exec(location.pathname + location.hash);
    if (thread) return `teams/19:${thread[1] ?? ''}@${(thread[2] ?? '').toLowerCase()}`;
    // Nothing names the chat: one conversation per Teams host.
    return `teams/${location.host}`;
  },
};

/** The thread id on the send button of the composer's own toolbar (or, failing that, any in the page). */
function threadNear(composer: Element): RegExpExecArray | null {
  let region: Element | null = composer.parentElement;
  for (let depth = 0; region && depth < 8; depth++, region = region.parentElement) {
    const button = region.querySelector(`${SEND}[data-track-thread-id]`);
    if (button) return THREAD.exec(button.getAttribute('data-track-thread-id') ?? '');
  }
  return null;
}
