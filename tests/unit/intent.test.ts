// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { asComposer, composerNear, isComposerEmpty } from '../../src/content/composer';
import { autocompleteOpen, isSendKey, type KeyFacts } from '../../src/content/intent';
import { discord } from '../../src/sites/discord';
import { generic } from '../../src/sites/generic';
import { instagram } from '../../src/sites/instagram';
import { messenger } from '../../src/sites/messenger';
import { slack } from '../../src/sites/slack';
import { telegramA } from '../../src/sites/telegramA';
import { telegramK } from '../../src/sites/telegramK';
import { whatsapp } from '../../src/sites/whatsapp';

const enter: KeyFacts = {
  key: 'Enter', isTrusted: true, repeat: false, isComposing: false, keyCode: 13,
  shiftKey: false, altKey: false, ctrlKey: false, metaKey: false,
};

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('intent: which keys could send', () => {
  it('Enter and NumpadEnter (both report key "Enter") could send', () => {
    expect(isSendKey(enter, generic)).toBe(true);
  });

  it.each<[string, Partial<KeyFacts>]>([
    ['a letter', { key: 'a', keyCode: 65 }],
    ['Shift+Enter (a new line)', { shiftKey: true }],
    ['Alt+Enter', { altKey: true }],
    ['Enter while an IME composes', { isComposing: true }],
    ['the IME commit Enter (keyCode 229)', { keyCode: 229 }],
    ['a held-down, repeating Enter', { repeat: true }],
    ['an Enter a script made up', { isTrusted: false }],
    ['Ctrl+Enter on a site where it does not send', { ctrlKey: true }],
    ['Cmd+Enter on a site where it does not send', { metaKey: true }],
  ])('%s is not a send', (_name, change) => {
    expect(isSendKey({ ...enter, ...change }, whatsapp)).toBe(false);
  });

  it('Ctrl/Cmd+Enter counts where the site lets people choose it as the send key', () => {
    expect(isSendKey({ ...enter, ctrlKey: true }, slack)).toBe(true);
    expect(isSendKey({ ...enter, metaKey: true }, slack)).toBe(true);
    expect(isSendKey({ ...enter, ctrlKey: true }, telegramK)).toBe(true);
    expect(isSendKey({ ...enter, metaKey: true }, telegramK)).toBe(true);
    expect(isSendKey({ ...enter, ctrlKey: true }, telegramA)).toBe(true);
    // Messenger, Instagram and WhatsApp have no such setting: Ctrl+Enter there is not a send.
    for (const site of [messenger, instagram, whatsapp]) expect(isSendKey({ ...enter, ctrlKey: true }, site)).toBe(false);
  });

  it('Enter that picks from an open mention list is not a send', () => {
    const body = html('<textarea aria-expanded="true"></textarea><div role="textbox" aria-activedescendant="opt-2"></div><textarea aria-expanded="false"></textarea>');
    const [expanded, active, closed] = [...body.children];
    expect(autocompleteOpen(expanded as Element)).toBe(true);
    expect(autocompleteOpen(active as Element)).toBe(true);
    expect(autocompleteOpen(closed as Element)).toBe(false);
  });
});

describe('composer: what counts as a message box', () => {
  it('knows text boxes and refuses search fields', () => {
    const body = html(`
      <textarea id="t"></textarea><input id="i"><input id="s" type="search"><input id="c" type="checkbox">
      <div id="ce" contenteditable="true"></div><div id="off" contenteditable="false"></div><div id="rb" role="textbox"></div>`);
    const is = (id: string): boolean => asComposer(body.querySelector<HTMLElement>(`#${id}`) as HTMLElement, generic) !== null;
    expect(['t', 'i', 'ce', 'rb'].filter(is)).toEqual(['t', 'i', 'ce', 'rb']);
    expect(['s', 'c', 'off'].filter(is)).toEqual([]);
  });

  it('on WhatsApp, the chat-list search is not the composer but the footer box is', () => {
    const body = html(`
      <div id="side"><div contenteditable="true" role="textbox" data-tab="3" id="search"></div></div>
      <div id="main"><footer><div contenteditable="true" role="textbox" data-tab="10" id="box"></div></footer></div>`);
    expect(asComposer(body.querySelector('#search') as HTMLElement, whatsapp)).toBeNull();
    expect(asComposer(body.querySelector('#box') as HTMLElement, whatsapp)).not.toBeNull();
  });

  it('each new site knows its composer and refuses its search box', () => {
    const cases = [
      [messenger, '<div role="main"><div contenteditable="true" role="textbox" data-lexical-editor="true" id="box"></div></div>', '<div role="search"><div contenteditable="true" role="combobox" id="search"></div></div>'],
      [instagram, '<div contenteditable="true" role="textbox" aria-label="Message" id="box"></div>', '<input aria-label="Search input" id="search">'],
      [telegramK, '<div class="chat-input"><div class="input-message-input" contenteditable="true" id="box"></div></div>', '<div class="input-search"><input id="search"></div>'],
      [telegramA, '<div id="editable-message-text" contenteditable="true" role="textbox"></div>', '<input id="telegram-search-input">'],
    ] as const;
    for (const [site, box, search] of cases) {
      const body = html(box + search);
      const composer = body.querySelector<HTMLElement>('#box') ?? body.querySelector<HTMLElement>('#editable-message-text');
      expect(asComposer(composer as HTMLElement, site), site.id).not.toBeNull();
      expect(asComposer(body.querySelector('#search') as HTMLElement, site), site.id).toBeNull();
    }
  });

  it('finds the composer that a send button belongs to', () => {
    const body = html(`
      <div class="other"><textarea id="far"></textarea></div>
      <footer><div><div contenteditable="true" role="textbox" data-tab="10" id="box"></div></div><span><button aria-label="Send" id="send"></button></span></footer>`);
    expect(composerNear(body.querySelector('#send') as Element, whatsapp, null)?.id).toBe('box');
  });
});

describe('composer: is it empty?', () => {
  it.each([
    ['<textarea>   </textarea>', true],
    ['<textarea>hi</textarea>', false],
    ['<div contenteditable="true"><p><br></p></div>', true],
    ['<div contenteditable="true"><p>\u200b\ufeff</p></div>', true],
    ['<div contenteditable="true"><p>hi</p></div>', false],
    ['<div contenteditable="true"><p><img alt="🙂"></p></div>', false],
  ])('generic: %s → empty is %s', (markup, empty) => {
    const body = html(markup);
    expect(isComposerEmpty(body.firstElementChild as HTMLElement, generic)).toBe(empty);
  });

  it('Slack (Quill) is empty when the editor says so', () => {
    const body = html('<div class="ql-editor ql-blank" contenteditable="true"><p><br></p></div>');
    expect(isComposerEmpty(body.firstElementChild as HTMLElement, slack)).toBe(true);
  });

  it('Discord (Slate) is empty while its placeholder shows, even though the placeholder has text', () => {
    const body = html(`<div role="textbox" data-slate-editor="true" contenteditable="true"><p><span data-slate-placeholder="true" contenteditable="false">Message @sam</span><span data-slate-zero-width="n">\ufeff</span></p></div>`);
    const composer = body.firstElementChild as HTMLElement;
    expect(isComposerEmpty(composer, discord)).toBe(true);
    expect(isComposerEmpty(composer, generic)).toBe(false);
  });
});

describe('conversation keys from the page', () => {
  it('WhatsApp: the chat id comes from the message rows, since the URL never changes', () => {
    const location = new URL('https://web.whatsapp.com/') as unknown as Location;
    const box = '<footer><div contenteditable="true" role="textbox" data-tab="10" id="box"></div></footer>';
    html(`<div id="main"><div data-id="false_111@c.us_A1"></div>${box}</div>`);
    const first = whatsapp.conversation(location, document.querySelector('#box') as Element);
    html(`<div id="main"><div data-id="true_222@c.us_B7"></div>${box}</div>`);
    const second = whatsapp.conversation(location, document.querySelector('#box') as Element);
    expect(first).not.toBe(second);
    expect(first).toContain('111@c.us');
  });
});
