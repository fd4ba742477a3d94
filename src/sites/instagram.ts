import type { Site } from './site';

/** The box that directly holds the composer: the send control comes right after it in the composer's row. */
const BOX = 'div:has(> [role=textbox][contenteditable=true])';

/**
 * Instagram direct messages: /direct/t/<thread>/. The composer's label and the send control's
 * text are translated, and the send control has no aria-label, so both are found by structure.
 * Facts: a17-so/internal-tools outreach_automation/selectors.py (dated 2026-01-30), airminal
 * platforms/instagram.js, sites.md review 2026-11-30. Editor library unverified (probably Lexical).
 */
export const instagram: Site = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  // div[contenteditable][role=textbox], aria-label localized ("Messaggio"); older UI: textarea[placeholder="Message..."].
  composer: '[role=textbox][contenteditable=true], textarea[placeholder^="Message" i]',
  notComposer: 'input[aria-label^="Search" i], input[type=search]',
  // A div[role=button] whose only name is its text ("Send"), right after the composer's box (or wrapped once).
  sendButton: `${BOX} + [role=button], ${BOX} + * > [role=button]:only-child`,
  conversation(location) {
    const match = /^\/direct\/t\/([^/?#]+)/.exec(location.pathname);
    return match ? `instagram/${match[1]}` : location.origin + location.pathname;
  },
};
