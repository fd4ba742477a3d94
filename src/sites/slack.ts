import type { Site } from './site';

/**
 * Slack: a Quill editor; the URL names the workspace, the channel and an open thread. Sources: the
 * review of 2026-11-30 (kimura512/ctrlEnterSenderA src/content/adapters/slack.ts, 2026-02-12;
 * Automattic/harper PR #4033, 2026-08-13); the edit box from undated public scripts.
 */
export const slack: Site = {
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/*'],
  composer: '[data-qa="message_input"] [contenteditable=true], .ql-editor[contenteditable=true]',
  // An inline edit opens its own editor in the message row (`[data-qa="message_editor"]`,
  // `[data-feat="edit_composer"]`): Enter there saves an edit of an old message.
  notComposer: '[data-qa="message_editor"] [contenteditable], [data-feat="edit_composer"], [data-feat="edit_composer"] [contenteditable]',
  sendButton: '[data-qa="texty_send_button"], button[aria-label^="Send" i]',
  // A preference makes Ctrl/Cmd+Enter the send key; only a real send is counted either way.
  modEnterSends: true,
  // `slack_kit_list` is also the sidebar's and search's list: only lists inside a message pane count,
  // the channel's (`message_pane`) or the thread pane's (`threads_flexpane`). Rows do not say who wrote them.
  replies: {
    list: '[data-qa="message_pane"] [data-qa="slack_kit_list"], [data-qa="message_pane"] [role=list], [data-qa="threads_flexpane"] [role=list]',
    row: '[role=listitem], [data-qa="virtual-list-item"]',
  },
  conversation(location, composer) {
    // /client/<team>/<channel>[/thread/<channel>-<ts>]
    const [, , team = '', channel = '', view, thread] = location.pathname.split('/');
    const inThreadPane = composer.closest('[data-qa="threads_flexpane"]') !== null;
    return inThreadPane && view === 'thread' && thread ? `slack/${team}/${thread}` : `slack/${team}/${channel}`;
  },
  // Quill marks an empty editor with a class; its <p><br></p> is not text.
  isEmpty: (composer) => composer.classList.contains('ql-blank') || composer.textContent?.trim() === '',
};
