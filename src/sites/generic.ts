import { t } from '../platform/i18n';
import type { Site } from './site';

/** The rules every site falls back to: any text box, any button that says it sends. */
export const generic: Site = {
  id: 'generic',
  // A getter: the first i18n call in a frame fetches the message bundle synchronously (a few ms),
  // and this module loads in every chat frame; only the card needs the name.
  get name() {
    return t('siteGenericName');
  },
  matches: [],
  composer: [
    'textarea',
    'input:not([type])',
    'input[type=text]',
    '[contenteditable]:not([contenteditable=false])',
    '[role=textbox]',
  ].join(','),
  notComposer: 'input[type=search],[role=searchbox],[role=combobox]:not([contenteditable])',
  sendButton: [
    'button[type=submit]',
    'input[type=submit]',
    'button[aria-label^="send" i]',
    '[role=button][aria-label^="send" i]',
    '[data-testid*="send" i]',
  ].join(','),
  conversation: (location) => location.origin + location.pathname + location.hash,
};
