import { requestCardScript } from '../platform/native';
import { siteFor } from '../sites';
import { boot } from './boot';
import { injectedCard } from './card/lazy';

/**
 * The card is injected by the background into this frame's isolated world on request: no
 * web-accessible file a page could probe for Steady, and no import() of a run-time URL.
 */
const loadCard = () => requestCardScript().then(injectedCard);

// The content script's entry. Whatever happens here must never break the chat it runs in.
try {
  boot(siteFor(location.href), window, loadCard);
} catch {
  // Without a guard the page simply works as it would without Steady.
}
