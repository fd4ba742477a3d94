import type { Intent } from './intent';

/**
 * The rest of a gesture after the event that was held. Some sites send on keypress or on
 * mousedown, so these are held too, up to the event that ends the gesture.
 */
const REST_OF_GESTURE = {
  key: { types: ['keypress', 'keyup'], endsWith: 'keyup', nextGesture: 'keydown' },
  pointer: { types: ['mousedown', 'pointerup', 'mouseup', 'touchend', 'click'], endsWith: 'click', nextGesture: 'pointerdown' },
} as const;

/** How long the rest of a gesture may take before we stop waiting for it. */
const GESTURE_MS = 2000;

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Holds a send without touching the draft, and later replays it exactly once.
 * Every event Steady dispatches is recognised as its own, so the listener lets it through.
 */
export class Gate {
  private replaying = 0;

  constructor(private readonly win: Window) {}

  /** True while a replay is being dispatched: the guard must let those events pass. */
  get isReplaying(): boolean {
    return this.replaying > 0;
  }

  /** Stops the event that carried the intent and the rest of its gesture. */
  hold(event: Event, intent: Intent): void {
    swallow(event);
    const rest =
      intent.kind === 'key' ? REST_OF_GESTURE.key : intent.kind === 'press' && intent.startedWith === 'pointerdown' ? REST_OF_GESTURE.pointer : null;
    if (!rest) return;
    const done = new AbortController();
    const onFollower = (next: Event): void => {
      if (this.replaying) return;
      if (next instanceof KeyboardEvent && next.key !== 'Enter') return;
      swallow(next);
      if (next.type === rest.endsWith) done.abort();
    };
    for (const type of rest.types) this.win.addEventListener(type, onFollower, { capture: true, signal: done.signal });
    // A new gesture means this one is over, even if its last event never reached us.
    this.win.addEventListener(rest.nextGesture, () => done.abort(), { capture: true, signal: done.signal });
    this.win.setTimeout(() => done.abort(), GESTURE_MS);
  }

  /** Sends what was held, once, the way the person first tried to. */
  replay(intent: Intent): void {
    this.replaying++;
    try {
      if (intent.kind === 'key') this.replayKey(intent.composer, intent.event);
      else if (intent.kind === 'press') this.replayPress(intent.button, intent.startedWith);
      else intent.form.requestSubmit(intent.submitter && intent.form.contains(intent.submitter) ? intent.submitter : null);
    } finally {
      this.replaying--;
    }
  }

  private replayKey(composer: HTMLElement, original: KeyboardEvent): void {
    const init = {
      key: original.key,
      code: original.code,
      location: original.location,
      ctrlKey: original.ctrlKey,
      metaKey: original.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
      view: this.win,
      // Older handlers read keyCode/which; Chromium honours them in the init dictionary.
      keyCode: 13,
      which: 13,
      charCode: 0,
    } satisfies KeyboardEventInit & { keyCode: number; which: number; charCode: number };
    const down = new KeyboardEvent('keydown', init);
    composer.dispatchEvent(down);
    // A browser fires keypress only when keydown was not cancelled; some apps send on it.
    if (!down.defaultPrevented) composer.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
    composer.dispatchEvent(new KeyboardEvent('keyup', init));
  }

  private replayPress(button: HTMLElement, startedWith: 'pointerdown' | 'click'): void {
    if (startedWith === 'pointerdown') {
      const base = { bubbles: true, cancelable: true, composed: true, view: this.win, button: 0 };
      const pointer = { ...base, pointerId: 1, pointerType: 'mouse', isPrimary: true };
      button.dispatchEvent(new PointerEvent('pointerdown', { ...pointer, buttons: 1 }));
      button.dispatchEvent(new MouseEvent('mousedown', { ...base, buttons: 1 }));
      button.dispatchEvent(new PointerEvent('pointerup', { ...pointer, buttons: 0 }));
      button.dispatchEvent(new MouseEvent('mouseup', { ...base, buttons: 0 }));
    }
    button.click();
  }
}
