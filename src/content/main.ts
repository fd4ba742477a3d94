import { siteFor } from '../sites';
import { boot } from './boot';

// The content script's entry. Whatever happens here must never break the chat it runs in.
try {
  boot(siteFor(location.href), window);
} catch {
  // Without a guard the page simply works as it would without Steady.
}
