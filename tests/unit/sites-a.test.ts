// @vitest-environment jsdom
/**
 * Adapter facts for WhatsApp, Teams, LinkedIn, Google Messages, Instagram, Messenger and X, on
 * markup shaped like the sites' own (sources in each adapter): conversation keys per page shape,
 * whose rows are whose, and the boxes and buttons that never count as a send.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asComposer, composerNear } from '../../src/content/composer';
import { isSendKey, sendButtonFromEvent } from '../../src/content/intent';
import { ReplyWatch } from '../../src/content/replies';
import { googleMessages } from '../../src/sites/googlemessages';
import { instagram } from '../../src/sites/instagram';
import { linkedin } from '../../src/sites/linkedin';
import { messenger } from '../../src/sites/messenger';
import type { Site } from '../../src/sites/site';
import { teams } from '../../src/sites/teams';
import { whatsapp } from '../../src/sites/whatsapp';
import { x } from '../../src/sites/x';

const at = (url: string): Location => new URL(url) as unknown as Location;
const el = <T extends Element = HTMLElement>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

/** The send button a click on `target` lands on, as the content script finds it. */
function buttonFor(target: Element, site: Site): HTMLElement | null {
  let found: HTMLElement | null = null;
  target.addEventListener('click', (event) => { found = sendButtonFromEvent(event, site); }, { once: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return found;
}

/** Focuses the composer, appends `rowMarkup` to the site's list, and says whether that was a reply. */
async function isReply(site: Site, rowMarkup: string, list: string): Promise<boolean> {
  const controller = new AbortController();
  let replied = false;
  const watch = new ReplyWatch({ site, win: window, signal: controller.signal, now: () => Date.now(), enabled: () => true, onReply: () => { replied = true; } });
  watch.focused(el(site.composer));
  el(list).insertAdjacentHTML('beforeend', rowMarkup);
  await new Promise((resolve) => setTimeout(resolve, 0));
  controller.abort();
  return replied;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('WhatsApp', () => {
  const page = (rows: string, title = 'Alex Rivera'): void => {
    document.body.innerHTML = `<div id="side"><div contenteditable="true" role="textbox" data-tab="3"></div></div>
      <div id="main"><header><span dir="auto" title="${title}">${title}</span></header>
      <div role="application">${rows}</div>
      <footer><div class="lexical-rich-text-input"><div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true"></div></div>
      <button aria-label="Enviar"><span data-icon="wds-ic-send-filled"><svg></svg></span></button></footer></div>`;
  };
  const key = (): string => whatsapp.conversation(at('https://web.whatsapp.com/'), el('footer [role=textbox]'));

  it('old rows: the chat jid from data-id, whatever the header says', () => {
    page('<div role="row" data-id="false_15550001111@c.us_3EB0AAAA">hi</div>', 'Alex');
    const alex = key();
    expect(alex).toBe('https://web.whatsapp.com/15550001111@c.us');
    page('<div role="row" data-id="true_15550002222@c.us_3EB0BBBB">hi</div>', 'Alex');
    expect(key()).not.toBe(alex);
  });

  it('rows with only the message id (hidden phone numbers): the open chat\'s header tells chats apart', () => {
    page('<div role="row"><div data-id="3EB0E65E0000"><div class="message-in">hi</div></div></div>', 'Alex Rivera');
    const alex = key();
    page('<div role="row"><div data-id="3EB0E65E0001"><div class="message-in">hi</div></div></div>', 'Sam Okafor');
    const sam = key();
    expect(alex).not.toBe(sam);
    expect(alex).not.toBe('https://web.whatsapp.com/chat');
    // The same chat again is the same conversation, whatever its rows are.
    page('<div role="row"><div data-id="3EB0FFFF"><div class="message-out">x</div></div></div>', 'Alex Rivera');
    expect(key()).toBe(alex);
  });

  it('a header with no title attribute still names the chat; no header at all is one conversation', () => {
    page('', '');
    el('#main header span').textContent = 'Alex Rivera';
    expect(key()).toContain('Alex Rivera');
    el('#main header').remove();
    expect(key()).toBe('https://web.whatsapp.com/chat');
  });

  it('theirs: .message-in in the new rows, the false_ prefix in the old; ours never', async () => {
    page('');
    expect(await isReply(whatsapp, '<div role="row"><div data-id="3EB0A"><div class="message-out">mine</div></div></div>', '#main [role=application]')).toBe(false);
    expect(await isReply(whatsapp, '<div role="row"><div data-id="3EB0B"><div class="message-in">theirs</div></div></div>', '#main [role=application]')).toBe(true);
    expect(await isReply(whatsapp, '<div role="row" data-id="true_1@c.us_3EB0C">mine</div>', '#main [role=application]')).toBe(false);
    expect(await isReply(whatsapp, '<div role="row" data-id="false_1@c.us_3EB0D">theirs</div>', '#main [role=application]')).toBe(true);
  });

  it('the send button is found by its icon under a translated label; the search box is no composer', () => {
    page('');
    expect(buttonFor(el('footer svg'), whatsapp)).toBe(el('footer button'));
    expect(asComposer(el('#side [data-tab="3"]'), whatsapp)).toBeNull();
    expect(asComposer(el('footer [data-tab="10"]'), whatsapp)).toBe(el('footer [data-tab="10"]'));
  });
});

describe('Teams', () => {
  const CHANNEL = '19:a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6@thread.tacv2';
  const page = (tid: string, thread: string): void => {
    document.body.innerHTML = `<div data-tid="message-pane-list-viewport">
        <div data-tid="chat-pane-item"><div class="fui-ChatMyMessage"><div class="fui-ChatMyMessage__body">
          <div class="edit"><div id="edit-message-1" contenteditable="true" role="textbox" data-tid="ckeditor" class="ck-editor__editable"></div>
          <button type="button" data-tid="newMessageCommands-send" name="done" aria-label="Done">Done</button></div>
        </div></div></div>
      </div>
      <div class="composer"><div data-tid="ckeditor" contenteditable="true" role="textbox" class="ck-editor__editable"></div>
      <button type="button" data-tid="${tid}" data-track-thread-id="${thread}">Send</button></div>`;
  };
  const composer = (): HTMLElement => el('.composer [data-tid="ckeditor"]');

  it.each(['sendMessageCommands-send', 'newMessageCommands-send'])('the thread id on the %s button names the chat', (tid) => {
    page(tid, CHANNEL);
    expect(teams.conversation(at('https://teams.microsoft.com/v2/'), composer())).toBe(`teams/${CHANNEL}`);
    expect(buttonFor(el(`.composer [data-tid="${tid}"]`), teams)).toBe(el(`.composer [data-tid="${tid}"]`));
    page(tid, '19:f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1@thread.v2');
    expect(teams.conversation(at('https://teams.microsoft.com/v2/'), composer())).not.toBe(`teams/${CHANNEL}`);
  });

  it('without a thread id on the button: the URL\'s, else one per host', () => {
    document.body.innerHTML = '<div data-tid="ckeditor" contenteditable="true" role="textbox"></div>';
    const box = el('[data-tid="ckeditor"]');
    expect(teams.conversation(at('https://teams.microsoft.com/_#/conversations/19:def@thread.v2?ctx=chat'), box)).toBe('teams/19:def@thread.v2');
    expect(teams.conversation(at('https://teams.microsoft.com/l/chat/19%3Adef%40thread.tacv2/conversations'), box)).toBe('teams/19:def@thread.tacv2');
    expect(teams.conversation(at('https://teams.microsoft.com/l/chat/19:uid_uid@unq.gbl.spaces/0'), box)).toBe('teams/19:uid_uid@unq.gbl.spaces');
    expect(teams.conversation(at('https://teams.microsoft.com/v2/'), box)).toBe('teams/teams.microsoft.com');
  });

  it('an edit box is no composer, and its "Done" is no send button nor belongs to the main composer', () => {
    page('sendMessageCommands-send', CHANNEL);
    expect(asComposer(el('#edit-message-1'), teams)).toBeNull();
    expect(asComposer(composer(), teams)).toBe(composer());
    const done = el('[name=done]');
    expect(buttonFor(done, teams)).toBeNull();
    expect(composerNear(done, teams, composer())).toBeNull();
    expect(composerNear(el('.composer button'), teams, null)).toBe(composer());
  });

  it('Ctrl/Cmd+Enter sends too, beside Enter, before anything is learned', () => {
    const key = { key: 'Enter', isTrusted: true, repeat: false, isComposing: false, keyCode: 13, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };
    expect(isSendKey(key, teams)).toBe(true);
    expect(isSendKey({ ...key, ctrlKey: true }, teams)).toBe(true);
    expect(isSendKey({ ...key, metaKey: true }, teams)).toBe(true);
    expect(isSendKey({ ...key, shiftKey: true }, teams)).toBe(false);
  });

  it('a .fui-ChatMyMessage row is ours; a .fui-ChatMessage row is theirs', async () => {
    page('sendMessageCommands-send', CHANNEL);
    const row = (kind: string): string => `<div data-tid="chat-pane-item"><div class="${kind}"><div class="${kind}__body"><div data-tid="chat-pane-message">x</div></div></div></div>`;
    expect(await isReply({ ...teams, composer: '.composer [data-tid="ckeditor"]' }, row('fui-ChatMyMessage'), '[data-tid="message-pane-list-viewport"]')).toBe(false);
    expect(await isReply({ ...teams, composer: '.composer [data-tid="ckeditor"]' }, row('fui-ChatMessage'), '[data-tid="message-pane-list-viewport"]')).toBe(true);
  });
});

describe('LinkedIn and Google Messages: replies', () => {
  it('LinkedIn: an event whose group is --is-sender is ours, any other is theirs', async () => {
    document.body.innerHTML = `<main><div class="msg-s-message-list"><ul class="msg-s-message-list-content"></ul></div>
      <form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"></div></form></main>`;
    const event = (mine: boolean): string => `<li class="msg-s-message-list__event"><div class="msg-s-message-group${mine ? ' msg-s-message-group--is-sender' : ''}"><p>x</p></div></li>`;
    expect(await isReply(linkedin, event(true), '.msg-s-message-list ul')).toBe(false);
    expect(await isReply(linkedin, event(false), '.msg-s-message-list ul')).toBe(true);
  });

  it('Google Messages: is-outgoing="false" is theirs, "true" is ours', async () => {
    document.body.innerHTML = `<mws-messages-list></mws-messages-list>
      <mws-message-compose><div data-e2e-message-input><textarea data-e2e-message-input-box></textarea></div></mws-message-compose>`;
    expect(await isReply(googleMessages, '<mws-message-wrapper is-outgoing="true"><div class="text-msg">x</div></mws-message-wrapper>', 'mws-messages-list')).toBe(false);
    expect(await isReply(googleMessages, '<mws-message-wrapper is-outgoing="false"><div class="text-msg">x</div></mws-message-wrapper>', 'mws-messages-list')).toBe(true);
  });
});

describe('Instagram, Messenger, X', () => {
  it('Instagram: the composer under a translated label, and the unlabelled role=button right after its box', () => {
    document.body.innerHTML = `<div class="row"><div role="button" id="emoji">☺</div>
      <div id="box"><div contenteditable="true" role="textbox" aria-label="Messaggio"></div></div>
      <div role="button" tabindex="0" id="send">Invia</div></div>`;
    expect(asComposer(el('[role=textbox]'), instagram)).toBe(el('[role=textbox]'));
    expect(buttonFor(el('#send'), instagram)).toBe(el('#send'));
    expect(buttonFor(el('#emoji'), instagram)).toBeNull();
  });

  it('Messenger: "Send" and "Press enter to send" in the conversation region are send buttons; "Send a Like" is not', () => {
    document.body.innerHTML = `<div role="main" aria-label="Conversation with Alex"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div>
      <div role="button" aria-label="Send" id="a">➤</div><div role="button" aria-label="Press Enter to send" id="b">➤</div><div role="button" aria-label="Send a Like" id="c">👍</div></div>`;
    expect(buttonFor(el('#a'), messenger)).toBe(el('#a'));
    expect(buttonFor(el('#b'), messenger)).toBe(el('#b'));
    expect(el('#c').matches(messenger.sendButton ?? '')).toBe(false);
  });

  it('X: group chats (one id) count apart from one-to-one chats; the XChat PIN digits are no composer', () => {
    const key = (url: string): string => x.conversation(at(url), document.body);
    expect(key('https://x.com/messages/1934567890123456789')).toBe('x/dm/1934567890123456789');
    expect(key('https://x.com/messages/123-456')).toBe('x/dm/123-456');
    expect(key('https://x.com/messages/compose')).toBe('https://x.com/messages/compose');
    document.body.innerHTML = '<input type="text" inputmode="numeric" maxlength="1"><input autocomplete="one-time-code">';
    for (const input of document.querySelectorAll('input')) expect(asComposer(input, x)).toBeNull();
  });
});

beforeEach(() => {
  document.body.innerHTML = '';
});
