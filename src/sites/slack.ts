import type { Site } from './site';

/** Slack: a Quill editor; the URL names the workspace, the channel and an open thread. */
export const slack: Site = {
  id: 'slack',
  name: 'Slack',
  matches: ['https://app.slack.com/*'],
  composer: '[data-qa="message_input"] [contenteditable=true], .ql-editor[contenteditable=true]',
  sendButton: '[data-qa="texty_send_button"], button[aria-label^="Send" i]',
  // A preference makes Ctrl/Cmd+Enter the send key; only a real send is counted either way.
  modEnterSends: true,
  // The list nearest the composer: the channel's, or the thread pane's. Rows do not say who wrote them.
  replies: { list: '[data-qa="slack_kit_list"], [data-qa="message_pane"] [role=list]', row: '[role=listitem], [data-qa="virtual-list-item"]' },
  conversation(location, composer) {
    // /client/<team>/<channel>[/thread/<channel>-<ts>]
    const [, , team = '', channel = '', view, thread] = location.pathname.split('/');
    const inThreadPane = composer.closest('[data-qa="threads_flexpane"]') !== null;
    return inThreadPane && view === 'thread' && thread ? `slack/${team}/${thread}` : `slack/${team}/${channel}`;
  },
  // Quill marks an empty editor with a class; its <p><br></p> is not text.
  isEmpty: (composer) => composer.classList.contains('ql-blank') || composer.textContent?.trim() === '',
};
