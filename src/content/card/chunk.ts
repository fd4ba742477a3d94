/**
 * The card as its own script (card.js): Preact, the card and its styles are ~8 KB gzip that a
 * typing person never needs, so the content script imports this only when a pause is near.
 */
export { CardHost } from './host';
