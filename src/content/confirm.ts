import type { Site } from '../sites';
import { isComposerEmpty } from './composer';

/** Checkpoints after a send (ms): quick for most apps, patient for slow ones. */
const CHECKPOINTS = [0, 40, 120, 300, 700, 1500, 3000];

/** Events that could refill the composer; the check runs before the page handles them. */
const REFILLS = ['keydown', 'beforeinput', 'paste', 'drop'] as const;

/**
 * Resolves true when the page really sent: the composer emptied soon after the intent.
 * A handful of timed checks, plus one just before anything could refill the box, so a fast
 * typist's next message cannot hide the send. Nothing runs once the answer is known.
 */
export function whenSent(composer: HTMLElement, site: Site, win: Window, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const pending = new AbortController();
    const finish = (sent: boolean): void => {
      pending.abort();
      resolve(sent);
    };
    // A composer taken out of the page proves nothing; only one that emptied counts.
    const emptied = (): boolean => composer.isConnected && isComposerEmpty(composer, site);
    let step = 0;
    const check = (): void => {
      if (signal.aborted) return finish(false);
      if (emptied()) return finish(true);
      step++;
      const next = CHECKPOINTS[step];
      if (next === undefined) return finish(false);
      win.setTimeout(check, next - (CHECKPOINTS[step - 1] ?? 0));
    };
    win.setTimeout(check, 0);
    // Registered during the send's own keydown, so that keydown is already past this listener.
    const beforeRefill = (event: Event): void => {
      if (emptied()) finish(true);
      // A new attempt (Enter, a press) while the text is still there: this intent was a line
      // break, not a send ("Click Send", Ctrl+Enter-to-send settings). The new attempt gets its
      // own check, so one send is counted once.
      else if (event.type === 'pointerdown' || (event instanceof KeyboardEvent && event.key === 'Enter')) finish(false);
    };
    for (const type of [...REFILLS, 'pointerdown']) win.addEventListener(type, beforeRefill, { capture: true, signal: pending.signal });
  });
}
