// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { asComposer, composerNear, isComposerEmpty } from '../../src/content/composer';
import { autocompleteOpen, isSendKey, keyIntent, sendCombo, type Intent, type KeyFacts } from '../../src/content/intent';
import type { SendKeyVerdict } from '../../src/content/sendKeys';
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
    ['Ctrl+Shift+Enter', { ctrlKey: true, shiftKey: true }],
  ])('%s is not a send', (_name, change) => {
    expect(isSendKey({ ...enter, ...change }, whatsapp)).toBe(false);
    expect(isSendKey({ ...enter, ...change }, messenger)).toBe(false);
  });

  it('only Enter-family keys that could send are judged and watched: never Shift+Enter where no mode sends with it', () => {
    expect(sendCombo({ ...enter, key: 'a' }, slack)).toBeNull();
    expect(sendCombo({ ...enter, shiftKey: true }, slack)).toBeNull();
    expect(sendCombo({ ...enter, repeat: true }, slack)).toBeNull();
    expect(sendCombo({ ...enter, ctrlKey: true }, slack)).toBe('ctrlEnter');
    expect(sendCombo({ ...enter, altKey: true }, messenger)).toBe('altEnter');
    // WhatsApp with "Enter is send" off sends on Shift+Enter.
    expect(sendCombo({ ...enter, shiftKey: true }, whatsapp)).toBe('shiftEnter');
  });

  it('before any evidence each site has its usual default: Ctrl/Cmd+Enter is watched, not held, on Slack and Telegram K', () => {
    for (const site of [slack, telegramK]) {
      expect(isSendKey(enter, site), site.id).toBe(true);
      expect(isSendKey({ ...enter, ctrlKey: true }, site), site.id).toBe(false);
    }
    // Telegram A sends on Ctrl/Cmd+Enter whichever setting is on.
    expect(isSendKey({ ...enter, ctrlKey: true }, telegramA)).toBe(true);
    // WhatsApp: Cmd+Enter sends with "Enter is send" on; Telegram K: Alt+Enter sends in Enter mode.
    expect(isSendKey({ ...enter, metaKey: true }, whatsapp)).toBe(true);
    expect(isSendKey({ ...enter, altKey: true }, telegramK)).toBe(true);
    for (const site of [messenger, instagram]) expect(isSendKey({ ...enter, metaKey: true }, site)).toBe(false);
  });

  it('what was learned decides: on Slack switched to Ctrl+Enter, Enter is a line break and Ctrl+Enter a send', () => {
    const learned = { sends: (combo: string) => combo === 'ctrlEnter' || combo === 'metaEnter' };
    expect(isSendKey(enter, slack, learned)).toBe(false);
    expect(isSendKey({ ...enter, ctrlKey: true }, slack, learned)).toBe(true);
    // Learning never makes a non-Enter key a send.
    expect(isSendKey({ ...enter, key: 'a' }, slack, { sends: () => true })).toBe(false);
  });

  it('Enter that picks from an open mention list is not a send', () => {
    const body = html('<textarea aria-expanded="true"></textarea><div role="textbox" aria-activedescendant="opt-2"></div><textarea aria-expanded="false"></textarea>');
    const [expanded, active, closed] = [...body.children];
    expect(autocompleteOpen(expanded as Element)).toBe(true);
    expect(autocompleteOpen(active as Element)).toBe(true);
    expect(autocompleteOpen(closed as Element)).toBe(false);
  });
});

describe('intent: a key with what was learned', () => {
  /**
   * What keyIntent makes of a keydown in the Slack composer, judged during its dispatch (when
   * composedPath is set). jsdom cannot make a trusted event, so the judge sees it through a proxy.
   */
  function judge(init: KeyboardEventInit, learned: SendKeyVerdict): Intent | null {
    const box = document.querySelector('.ql-editor') as HTMLElement;
    let intent: Intent | null = null;
    box.addEventListener('keydown', (event) => {
      const trusted = new Proxy(event, {
        get: (target, key) => {
          if (key === 'isTrusted') return true;
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      intent = keyIntent(trusted, slack, learned);
    }, { once: true });
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init }));
    return intent;
  }
  const ctrlMode = { sends: (combo: string) => combo === 'ctrlEnter' || combo === 'metaEnter' };

  it('a learned line-break key is still an intent, marked as not known to send, so it passes and is watched', () => {
    html('<div data-qa="message_input"><div class="ql-editor" contenteditable="true" role="textbox"><p>draft</p></div></div>');
    expect(judge({}, ctrlMode)).toMatchObject({ kind: 'key', combo: 'enter', sends: false });
    expect(judge({ ctrlKey: true }, ctrlMode)).toMatchObject({ kind: 'key', combo: 'ctrlEnter', sends: true });
    expect(judge({ metaKey: true }, ctrlMode)).toMatchObject({ combo: 'metaEnter', sends: true });
  });

  it('an empty composer and Shift+Enter are no intent, whatever was learned', () => {
    html('<div data-qa="message_input"><div class="ql-editor" contenteditable="true" role="textbox"><p>draft</p></div></div>');
    expect(judge({ shiftKey: true }, { sends: () => true })).toBeNull();
    html('<div data-qa="message_input"><div class="ql-editor ql-blank" contenteditable="true" role="textbox"><p><br></p></div></div>');
    expect(judge({ ctrlKey: true }, ctrlMode)).toBeNull();
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
