import type { Site } from './site';

/** A Teams chat or channel thread id ("19:…@thread.v2", "19:…@unq.gbl.spaces"), raw or URL-encoded. */
const THREAD = /19(?::|%3a)([^/?#&@%]+)(?:@|%40)(thread\.[a-z0-9]+|unq\.gbl\.spaces)/i;

/**
 * Microsoft Teams (v2): a CKEditor 5 composer. The v2 URL often names no chat at all, so a
 * stable id in the page comes first (hashed by the caller), then a thread id in the URL.
 */
export const teams: Site = {
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  composer: '[data-tid="ckeditor"][contenteditable=true], .ck-editor__editable[role=textbox][contenteditable=true]',
  sendButton: '[data-tid="newMessageCommands-send"], button[aria-label^="Send" i]',
  conversation(location, composer) {
    // Runs only for a send intent, so one lookup is fine.
    const holder = composer.closest('[data-convid]') ?? composer.ownerDocument.querySelector('[data-convid]');
    const convid = holder?.getAttribute('data-convid');
    if (convid) return `teams/${convid}`;
    const thread = THREAD.exec(location.pathname + location.hash);
    if (thread) return `teams/19:${thread[1] ?? ''}@${(thread[2] ?? '').toLowerCase()}`;
    // Nothing names the chat: one conversation per Teams host.
    return `teams/${location.host}`;
  },
};
