import type { Site } from './site';

/** Instagram direct messages: a textbox labelled "Message" (a textarea in the older UI); /direct/t/<thread>/. */
export const instagram: Site = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  composer: '[role=textbox][contenteditable=true][aria-label="Message" i], textarea[placeholder^="Message" i]',
  notComposer: 'input[aria-label^="Search" i], input[type=search]',
  sendButton: '[role=button][aria-label="Send" i], button[aria-label="Send" i]',
  conversation(location) {
    const match = /^\/direct\/t\/([^/?#]+)/.exec(location.pathname);
    return match ? `instagram/${match[1]}` : location.origin + location.pathname;
  },
};
