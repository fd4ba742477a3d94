import type { Site } from './site';

/** Discord: a Slate editor; the URL names the server (or @me) and the channel. */
export const discord: Site = {
  id: 'discord',
  name: 'Discord',
  matches: ['https://discord.com/*', 'https://ptb.discord.com/*', 'https://canary.discord.com/*'],
  composer: '[role=textbox][data-slate-editor=true]',
  // Off by default in Discord; some builds and themes show it.
  sendButton: 'button[aria-label="Send Message"]',
  // Rows do not say who wrote them: a row that is not the echo of our own send is theirs.
  replies: { list: 'ol[data-list-id="chat-messages"]', row: 'li[id^="chat-messages-"]' },
  conversation(location) {
    const [, section, guild = '', channel = ''] = location.pathname.split('/');
    return section === 'channels' ? `discord/${guild}/${channel}` : location.origin + location.pathname;
  },
  // Slate renders its placeholder and a zero-width marker inside the editor.
  isEmpty(composer) {
    if (composer.querySelector('[data-slate-placeholder]')) return true;
    return (composer.textContent ?? '').replace(/[\u200b\ufeff\s]/g, '') === '';
  },
};
