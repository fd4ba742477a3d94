import type { Site } from './site';

/** WhatsApp Web: Lexical composer in the chat footer; the URL never names the chat. */
export const whatsapp: Site = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  // "Enter is send" on: Enter and Cmd/Meta+Enter send; off: Enter is a new line and Ctrl/Alt/Shift/Meta+Enter send (WAWebOnEnterPlugin).
  sendKeys: { modes: [['enter', 'metaEnter'], ['ctrlEnter', 'altEnter', 'shiftEnter', 'metaEnter']], exclusive: true },
  matches: ['https://web.whatsapp.com/*'],
  composer: 'footer [role=textbox][contenteditable=true], [data-lexical-editor=true][data-tab="10"]',
  // The chat-list search is a Lexical textbox too; Enter there opens a chat.
  notComposer: '#side [contenteditable], [data-tab="3"]',
  // The send icon was renamed several times; its slot turns into the mic when the box is empty.
  sendButton: 'button[aria-label="Send"], [data-testid=send], [data-icon=send], [data-icon*="send"], [data-icon="wds-ic-send-filled"]',
  // Row ids start with "false_" for messages the other person sent.
  replies: { list: '#main [role=application]', row: '[role=row], [data-id]', incoming: '[data-id^="false_"]' },
  conversation(location, composer) {
    // Message rows carry ids like "true_<chat id>_<message id>". The chat id is hashed by the caller.
    const row = composer.ownerDocument.querySelector('#main [data-id]');
    const chat = row?.getAttribute('data-id')?.split('_')[1];
    return `${location.origin}/${chat ?? 'chat'}`;
  },
};
