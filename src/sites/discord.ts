import type { Site } from './site';

/**
 * Does the message list next to this composer hold the thread's own rows? Rows are
 * `li#chat-messages-<channel>-<message>`, so a thread panel's rows name the thread.
 */
function inThreadPanel(composer: Element, thread: string): boolean {
  for (let region = composer.parentElement; region; region = region.parentElement) {
    const list = region.querySelector('ol[data-list-id="chat-messages"]');
    if (list) return list.querySelector(`li[id^="chat-messages-${thread}-"]`) !== null;
  }
  return false;
}

/**
 * Discord: a Slate editor; the URL names the server (or @me) and the channel. Sources: the review of
 * 2026-11-30 (kimura512/ctrlEnterSenderA src/content/adapters/discord.ts, 2026-02-12; Automattic/harper
 * PR #1275, 2025-05).
 */
export const discord: Site = {
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/*', 'https://ptb.discord.com/*', 'https://canary.discord.com/*'],
  composer: '[role=textbox][data-slate-editor=true]',
  // An inline edit is a second Slate textbox inside the message's own row: Enter there saves an edit.
  notComposer: 'li[id^="chat-messages-"] [role=textbox]',
  // Off by default in Discord; some builds and themes show it.
  sendButton: 'button[aria-label="Send Message"]',
  // Rows do not say who wrote them: a row that is not the echo of our own send is theirs.
  replies: { list: 'ol[data-list-id="chat-messages"]', row: 'li[id^="chat-messages-"]' },
  conversation(location, composer) {
    // /channels/<guild>/<channel>; a thread opened beside its channel: /channels/<guild>/<channel>/threads/<thread>;
    // a thread opened full size: /channels/<guild>/<thread>.
    const [, section, guild = '', channel = '', sub, thread = ''] = location.pathname.split('/');
    if (section !== 'channels') return location.origin + location.pathname;
    if (sub === 'threads' && /^\d+$/.test(thread) && inThreadPanel(composer, thread)) return `discord/${guild}/${thread}`;
    return `discord/${guild}/${channel}`;
  },
  // Slate renders its placeholder and a zero-width marker inside the editor.
  isEmpty(composer) {
    if (composer.querySelector('[data-slate-placeholder]')) return true;
    return (composer.textContent ?? '').replace(/[\u200b\ufeff\s]/g, '') === '';
  },
};
