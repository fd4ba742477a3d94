import { t } from '../platform/i18n';
import type { Site } from './site';

/** The rules every site falls back to: any text box, any button that says it sends. */
export const generic: Site = {
  id: 'generic',
  name: t('siteGenericName'),
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
