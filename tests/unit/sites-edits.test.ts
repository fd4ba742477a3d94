// @vitest-environment jsdom
/**
 * Edits, threads, topics and the send keys of Telegram K, Telegram A, Element, Discord and Slack,
 * on markup shaped like each client's own source (see the comments in src/sites/*.ts).
 */
import { describe, expect, it } from 'vitest';
import { asComposer, composerOutside, isEditing } from '../../src/content/composer';
import { autocompleteOpen, isSendKey, keyIntent, pressIntent, type KeyFacts } from '../../src/content/intent';
import type { SendKeyVerdict } from '../../src/content/sendKeys';
import { factsFor, sends } from '../../src/core/sendKeys';
import { discord } from '../../src/sites/discord';
import { element } from '../../src/sites/element';
import type { Site } from '../../src/sites/site';
import { slack } from '../../src/sites/slack';
import { telegramA } from '../../src/sites/telegramA';
import { telegramK } from '../../src/sites/telegramK';
import { whatsapp } from '../../src/sites/whatsapp';

const enter: KeyFacts = {
  key: 'Enter', isTrusted: true, repeat: false, isComposing: false, keyCode: 13,
  shiftKey: false, altKey: false, ctrlKey: false, metaKey: false,
};

function pick(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  const found = document.querySelector<HTMLElement>('[data-pick]');
  if (!found) throw new Error('markup has no [data-pick]');
  return found;
}

/** A trusted keydown as the guard sees it (jsdom cannot make a trusted one), aimed at `target`. */
function keydown(target: Element, change: Partial<KeyFacts> = {}): KeyboardEvent {
  return { ...enter, ...change, type: 'keydown', composedPath: () => [target] } as unknown as KeyboardEvent;
}

function click(target: Element): MouseEvent {
  return { type: 'click', isTrusted: true, button: 0, composedPath: () => [target] } as unknown as MouseEvent;
}

/** Nothing learned yet: each site's usual default decides. */
const byDefault = (site: Site): SendKeyVerdict => ({ sends: (combo) => sends(factsFor(site), undefined, combo) });

const at = (url: string): Location => new URL(url) as unknown as Location;
const key = (site: Site, url: string, composer: Element): string => site.conversation(at(url), composer);

const TELEGRAM_K = (state: string): string => `<div class="chat"><div class="sidebar-header topbar"><avatar-element data-peer-id="1"></avatar-element></div>
  <div class="chat-input"><div class="chat-input-container"><div class="chat-input-main">
    <div data-pick class="input-message-input" contenteditable="true">old words</div></div>
  <div class="btn-send-container"><button class="btn-send ${state}">➤</button></div></div></div></div>`;

const TELEGRAM_A = (state: string, wrapper = 'composer-wrapper'): string => `<div class="Composer is-chat-composer shown">
  <div class="${wrapper}"><div class="message-input-wrapper"><div class="input-scroller-content">
    <div data-pick id="editable-message-text" class="form-control allow-selection ProseMirror" contenteditable="true" role="textbox">words</div>
  </div></div></div>
  <button class="Button ${state} main-button round" aria-label="x">➤</button></div>
  <button id="elsewhere">Mute</button>`;

describe('edits of old messages are never held and never counted', () => {
  it('Telegram K: the reused composer is editing while the send button is the check (`.btn-send.edit`)', () => {
    const editing = pick(TELEGRAM_K('edit'));
    expect(isEditing(editing, telegramK)).toBe(true);
    expect(keyIntent(keydown(editing), telegramK, byDefault(telegramK))).toBeNull();
    // The check button itself is no send either.
    expect(pressIntent(click(document.querySelector('.btn-send') as Element), telegramK, editing)).toBeNull();
    const writing = pick(TELEGRAM_K('send'));
    expect(isEditing(writing, telegramK)).toBe(false);
    expect(keyIntent(keydown(writing), telegramK, byDefault(telegramK))?.composer).toBe(writing);
    expect(pressIntent(click(document.querySelector('.btn-send') as Element), telegramK, writing)?.kind).toBe('press');
  });

  it('Telegram A: the reused composer is editing while the main button is in its "edit" state', () => {
    const editing = pick(TELEGRAM_A('edit'));
    expect(keyIntent(keydown(editing), telegramA, byDefault(telegramA))).toBeNull();
    const writing = pick(TELEGRAM_A('send'));
    expect(keyIntent(keydown(writing), telegramA, byDefault(telegramA))?.composer).toBe(writing);
    expect(pressIntent(click(document.querySelector('.main-button') as Element), telegramA, writing)?.kind).toBe('press');
  });

  it.each<[string, Site, string]>([
    ['Discord: the second Slate textbox inside the message row', discord,
      `<ol data-list-id="chat-messages"><li id="chat-messages-100-7"><div data-pick role="textbox" data-slate-editor="true" contenteditable="true"></div></li></ol>`],
    ['Slack: the editor inside [data-qa="message_editor"]', slack,
      `<div data-qa="message_editor"><div data-qa="message_input"><div data-pick class="ql-editor" contenteditable="true"></div></div></div>`],
    ['Slack: the edit composer by its feature mark', slack, `<div data-pick data-feat="edit_composer" contenteditable="true" role="textbox"></div>`],
    ['Element: .mx_EditMessageComposer', element,
      `<div class="mx_EditMessageComposer"><div data-pick class="mx_BasicMessageComposer_input" contenteditable="true" role="textbox"></div></div>`],
  ])('%s is no composer at all', (_name, site, markup) => {
    const box = pick(markup);
    box.textContent = 'fixed typo';
    expect(asComposer(box, site)).toBeNull();
    expect(keyIntent(keydown(box), site, byDefault(site))).toBeNull();
  });

  it.each<[string, Site, string]>([
    ['Discord', discord, `<ol data-list-id="chat-messages"></ol><form><div data-pick role="textbox" data-slate-editor="true" contenteditable="true">hi</div></form>`],
    ['Slack', slack, `<div data-qa="message_input"><div data-pick class="ql-editor" contenteditable="true">hi</div></div>`],
    ['Element', element, `<div data-pick class="mx_BasicMessageComposer_input" data-testid="basicmessagecomposer" contenteditable="true" role="textbox">hi</div>`],
  ])('%s: the main composer still sends', (_name, site, markup) => {
    const composer = pick(markup);
    expect(keyIntent(keydown(composer), site, byDefault(site))?.composer).toBe(composer);
  });
});

describe('send keys the clients define', () => {
  it('Telegram K: Alt+Enter sends in Enter mode (tweb isSendShortcutPressed), still not on WhatsApp', () => {
    expect(isSendKey({ ...enter, altKey: true }, telegramK)).toBe(true);
    expect(isSendKey({ ...enter, altKey: true }, whatsapp)).toBe(false);
    expect(isSendKey({ ...enter, shiftKey: true }, telegramK)).toBe(false);
  });

  it('Telegram A: in the expanded rich input a plain Enter is a line break, Ctrl/Cmd+Enter sends', () => {
    const composer = pick(TELEGRAM_A('send', 'composer-wrapper rich-input-expanded'));
    expect(keyIntent(keydown(composer), telegramA, byDefault(telegramA))).toBeNull();
    expect(keyIntent(keydown(composer, { ctrlKey: true }), telegramA, byDefault(telegramA))?.composer).toBe(composer);
    expect(keyIntent(keydown(composer, { metaKey: true }), telegramA, byDefault(telegramA))?.composer).toBe(composer);
  });

  it('Telegram A: Enter with focus outside any text field is an intent for the composer', () => {
    const composer = pick(TELEGRAM_A('send'));
    const elsewhere = document.querySelector('#elsewhere') as Element;
    expect(keyIntent(keydown(elsewhere), telegramA, byDefault(telegramA))?.composer).toBe(composer);
    expect(keyIntent(keydown(document.body), telegramA, byDefault(telegramA))?.composer).toBe(composer);
    // Not from a text field (the page leaves those alone), not for an empty draft, not while editing.
    document.body.insertAdjacentHTML('beforeend', '<input id="search"><div id="other" contenteditable="true"></div>');
    expect(composerOutside(keydown(document.querySelector('#search') as Element), telegramA)).toBeNull();
    expect(composerOutside(keydown(document.querySelector('#other') as Element), telegramA)).toBeNull();
    composer.textContent = '';
    expect(keyIntent(keydown(elsewhere), telegramA, byDefault(telegramA))).toBeNull();
    pick(TELEGRAM_A('edit'));
    expect(keyIntent(keydown(document.querySelector('#elsewhere') as Element), telegramA, byDefault(telegramA))).toBeNull();
  });

  it('Telegram A: no outside send in select mode (the Composer is not "shown"), under a modal, or on other sites', () => {
    const composer = pick(TELEGRAM_A('send'));
    composer.closest('.Composer')?.classList.remove('shown');
    expect(keyIntent(keydown(document.body), telegramA, byDefault(telegramA))).toBeNull();
    pick(TELEGRAM_A('send'));
    expect(keyIntent(keydown(document.body), telegramK, byDefault(telegramK))).toBeNull();
    // A modal that takes Enter itself (its confirm button) is open: that Enter is not a send.
    document.body.classList.add('has-open-dialog');
    expect(keyIntent(keydown(document.body), telegramA, byDefault(telegramA))).toBeNull();
    document.body.classList.remove('has-open-dialog');
    expect(keyIntent(keydown(document.body), telegramA, byDefault(telegramA))).not.toBeNull();
  });

  it('Element: an open autocomplete marks the composer, so Enter picks instead of sending', () => {
    const composer = pick(`<div data-pick class="mx_BasicMessageComposer_input" data-testid="basicmessagecomposer" contenteditable="true"
      role="textbox" aria-expanded="true" aria-activedescendant="mx_Autocomplete_Completion_0">@al</div>`);
    expect(autocompleteOpen(composer)).toBe(true);
    expect(keyIntent(keydown(composer), element, byDefault(element))).toBeNull();
  });
});

describe('threads and topics are conversations of their own', () => {
  it('Telegram K: a forum topic (not in the hash) is read from the chat top bar', () => {
    const general = pick(TELEGRAM_K('send'));
    const url = 'https://web.telegram.org/k/#-1001234567890';
    const chat = key(telegramK, url, general);
    document.querySelector('avatar-element')?.setAttribute('data-thread-id', '42');
    expect(key(telegramK, url, general)).not.toBe(chat);
    expect(key(telegramK, url, general)).toBe('telegram-k/-1001234567890/42');
  });

  it('Telegram A: the topic in the hash', () => {
    const composer = pick(TELEGRAM_A('send'));
    expect(key(telegramA, 'https://web.telegram.org/a/#-1001234567890_42', composer)).not.toBe(key(telegramA, 'https://web.telegram.org/a/#-1001234567890', composer));
  });

  it('Discord: the thread beside its channel for the thread\'s own composer; the channel composer keeps the channel', () => {
    document.body.innerHTML = `<main><ol data-list-id="chat-messages"><li id="chat-messages-100-1"></li></ol>
      <form><div id="channel" role="textbox" data-slate-editor="true" contenteditable="true"></div></form></main>
      <section><ol data-list-id="chat-messages"><li id="chat-messages-300-1"></li></ol>
      <form><div id="thread" role="textbox" data-slate-editor="true" contenteditable="true"></div></form></section>`;
    const url = 'https://discord.com/channels/9/100/threads/300';
    expect(key(discord, url, document.querySelector('#thread') as Element)).toBe('discord/9/300');
    expect(key(discord, url, document.querySelector('#channel') as Element)).toBe('discord/9/100');
    // A thread opened full size is a channel path of its own.
    expect(key(discord, 'https://discord.com/channels/9/300', document.querySelector('#thread') as Element)).toBe('discord/9/300');
  });

  it('Slack: the thread pane composer is the thread, the channel composer the channel', () => {
    document.body.innerHTML = `<div data-qa="message_pane"><div id="channel" class="ql-editor" contenteditable="true"></div></div>
      <div data-qa="threads_flexpane"><div id="thread" class="ql-editor" contenteditable="true"></div></div>`;
    const url = 'https://app.slack.com/client/T1/C1/thread/C1-1700000000.000100';
    expect(key(slack, url, document.querySelector('#thread') as Element)).toBe('slack/T1/C1-1700000000.000100');
    expect(key(slack, url, document.querySelector('#channel') as Element)).toBe('slack/T1/C1');
  });

  it('Element: the thread panel\'s composer is the thread (its root event), the room\'s the room', () => {
    document.body.innerHTML = `<main><div id="room" class="mx_BasicMessageComposer_input" contenteditable="true"></div></main>
      <aside class="mx_ThreadView mx_ThreadPanel"><ol class="mx_RoomView_MessageList"><li class="mx_EventTile" data-event-id="$root1"></li></ol>
      <div id="thread" class="mx_BasicMessageComposer_input" contenteditable="true"></div></aside>`;
    const url = 'https://app.element.io/#/room/!abc:matrix.org';
    expect(key(element, url, document.querySelector('#room') as Element)).toBe('element/!abc:matrix.org');
    expect(key(element, url, document.querySelector('#thread') as Element)).toBe('element/!abc:matrix.org/$root1');
  });
});

describe('message lists as the clients draw them', () => {
  it('Telegram K: the live `.bubbles-inner`, never tweb\'s `.bubbles-remover`', () => {
    document.body.innerHTML = '<div class="bubbles"><div class="bubbles-inner bubbles-remover"></div><div class="bubbles-inner" id="live"></div></div>';
    expect(document.querySelector(telegramK.replies?.list ?? '')?.id).toBe('live');
  });

  it('Element: our own tiles carry data-self="true" (EventTile.tsx); every other tile is theirs', () => {
    const replies = element.replies;
    expect(replies?.outgoing).toBeDefined();
    document.body.innerHTML = `<ol class="mx_RoomView_MessageList"><li class="mx_EventTile" data-event-id="$1" data-self="true"></li>
      <li class="mx_EventTile" data-event-id="$2" data-self="false"></li></ol>`;
    const [ours, theirs] = [...document.querySelectorAll(replies?.row ?? '')];
    expect(ours?.matches(replies?.outgoing ?? '')).toBe(true);
    expect(theirs?.matches(replies?.outgoing ?? '')).toBe(false);
  });

  it('Slack: only lists inside a message pane, never the sidebar\'s slack_kit_list', () => {
    document.body.innerHTML = `<nav><div data-qa="slack_kit_list" id="sidebar" role="list"></div></nav>
      <div data-qa="message_pane"><div data-qa="slack_kit_list" id="messages" role="list"></div></div>`;
    expect([...document.querySelectorAll(slack.replies?.list ?? '')].map((list) => list.id)).toEqual(['messages']);
  });
});
