/**
 * The card as its own script (card.js): Preact, the card and its styles are ~8 KB gzip that a
 * typing person never needs, so the content script imports this only when a pause is near.
 */
import { warmUp } from '../../platform/i18n';

export { CardHost } from './host';

// Evaluated when the card is prefetched, two sends before a pause: the messages are ready by then.
warmUp();
