import { t } from '../platform/i18n';
import type { Site } from '../sites';

/** The practice chat inside the extension: one pretend conversation. */
export const practiceSite: Site = {
  id: 'practice',
  name: t('sitePracticeName'),
  matches: [],
  composer: 'textarea[data-practice-composer]',
  sendButton: 'button[data-practice-send]',
  conversation: () => 'practice',
};
