/**
 * The card as its own script (card.js): Preact, the card and its styles are ~8 KB gzip that a
 * typing person never needs. The background injects it into the asking frame's isolated world
 * (scripting.executeScript), where it hands itself to the content script through that world's global.
 */
import { warmUp } from '../../platform/i18n';
import { CardHost } from './host';
import { CARD_GLOBAL, type CardModule } from './lazy';

const module: CardModule = { CardHost };
(globalThis as Record<string, unknown>)[CARD_GLOBAL] = module;

// Evaluated when the card is prefetched, two sends before a pause: the messages are ready by then.
warmUp();
