import type { Site } from './site';

/** The open chat's title in its header (rafatosta/zapzap and Briskine read it; sites.md, 2026-11). */
const HEADER_TITLE = '#main header span[title]';
/** Older rows: "true_<chat jid>_<message id>" (dudu1111685/waha-mcp docs/03-messages.md). */
const ROW_JID = /^(?:true|false)_([^_]+)_/;

/**
 * WhatsApp Web: Lexical composer in the chat footer; the URL never names the chat. Accounts moved
 * to hidden phone numbers carry only the message id in a row's data-id (bdi-crm-panel, measured
 * 2026-08-23), so the chat comes from the row id where it has one, else from the header.
 */
export const whatsapp: Site = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  // "Enter is send" on: Enter and Cmd/Meta+Enter send; off: Enter is a new line and Ctrl/Alt/Shift/Meta+Enter send (WAWebOnEnterPlugin).
  sendKeys: { modes: [['enter', 'metaEnter'], ['ctrlEnter', 'altEnter', 'shiftEnter', 'metaEnter']], exclusive: true },
  matches: ['https://web.whatsapp.com/*'],
  // #main footer div.lexical-rich-text-input [role=textbox][data-tab="10"]: Briskine PR #509 (2023-08-22), zapzap PR #834 (2026-08).
  composer: 'footer [role=textbox][contenteditable=true], [data-lexical-editor=true][data-tab="10"]',
  // The chat-list search is a Lexical textbox too ([data-tab="3"], archived WA bundle); Enter there opens a chat.
  notComposer: '#side [contenteditable], [data-tab="3"]',
  // By its icon, never its translated label ("Enviar"): wds-ic-send-filled (Whatsapp-Automator #4, 2025-11-04;
  // undated scripts: button:has(span[data-icon="wds-ic-send-filled"])), older send / send-light / data-testid=send.
  // The clickable element itself (not the icon), so a disabled button is seen as disabled.
  sendButton: ':is(button, [role=button]):has([data-icon="wds-ic-send-filled"], [data-testid="wds-ic-send-filled"], span[data-icon=send], span[data-icon="send-light"], [data-testid=send]), button[data-testid=send]',
  // Theirs: .message-in, the long-standing class (many scripts; sites.md review 2026-11-30), or the old "false_" row id.
  replies: { list: '#main [role=application]', row: '[role=row], [data-id]', incoming: '.message-in, [data-id^="false_"]' },
  conversation(location, composer) {
    // Runs only for a send intent or a reply, never per key. The raw key is hashed by the caller at once.
    const doc = composer.ownerDocument;
    const jid = ROW_JID.exec(doc.querySelector('#main [data-id]')?.getAttribute('data-id') ?? '')?.[1];
    if (jid) return `${location.origin}/${jid}`;
    const header = doc.querySelector(HEADER_TITLE);
    const title = header?.getAttribute('title') || doc.querySelector('#main header span[dir=auto]')?.textContent;
    return `${location.origin}/${title ? `title:${title}` : 'chat'}`;
  },
};
