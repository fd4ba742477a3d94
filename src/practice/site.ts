import type { Site } from '../sites';

/** The practice chat inside the extension: one pretend conversation. */
export const practiceSite: Site = {
  id: 'practice',
  name: 'The practice chat',
  matches: [],
  composer: 'textarea[data-practice-composer]',
  sendButton: 'button[data-practice-send]',
  conversation: () => 'practice',
};
