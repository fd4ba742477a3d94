import type { Site } from '../sites';
import { isComposerEmpty } from './composer';

/** Checkpoints after a send (ms): quick for most apps, patient for slow ones. */
const CHECKPOINTS = [0, 40, 120, 300, 700, 1500, 3000];

/**
 * Resolves true when the page really sent: the composer emptied soon after the intent.
 * Only a handful of checks per send and none while typing, so a quiet chat costs nothing.
 */
export function whenSent(composer: HTMLElement, site: Site, win: Window, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let step = 0;
    const check = (): void => {
      if (signal.aborted) return resolve(false);
      // A composer taken out of the page proves nothing; only one that emptied counts.
      if (composer.isConnected && isComposerEmpty(composer, site)) return resolve(true);
      step++;
      const next = CHECKPOINTS[step];
      if (next === undefined) return resolve(false);
      win.setTimeout(check, next - (CHECKPOINTS[step - 1] ?? 0));
    };
    win.setTimeout(check, 0);
  });
}
