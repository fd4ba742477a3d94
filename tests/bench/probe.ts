/**
 * Bench only, never shipped: listed before content.js in an instrumented copy of dist/chrome
 * (build/bench.mjs). It runs first in the extension's isolated world and counts every callback the
 * extension's code gets from the browser there: event listeners, timers, animation frames,
 * MutationObserver records and storage events. The page's own world is untouched (separate globals).
 */
export interface ProbeCounts {
  events: Record<string, number>;
  timers: number;
  frames: number;
  mutationRecords: number;
  storage: number;
  /** performance.now() when this script finished, i.e. just before content.js is compiled and run. */
  readyAt: number;
  /** Time stamp of the last trusted Enter keydown that reached one of the extension's listeners. */
  lastEnterAt: number;
}

declare global {
  // Read by the bench through CDP, in this isolated world.
  var __steadyProbe: ProbeCounts;
  var __steadyStart: number | undefined;
  var __steadyEnd: number | undefined;
}

const counts: ProbeCounts = { events: {}, timers: 0, frames: 0, mutationRecords: 0, storage: 0, readyAt: 0, lastEnterAt: -1 };
globalThis.__steadyProbe = counts;

type Listener = EventListenerOrEventListenerObject;
const wrappers = new WeakMap<object, EventListener>();
function wrap(listener: Listener): EventListener {
  let wrapper = wrappers.get(listener);
  if (!wrapper) {
    wrapper = function (this: unknown, event: Event): void {
      counts.events[event.type] = (counts.events[event.type] ?? 0) + 1;
      if (event instanceof KeyboardEvent && event.key === 'Enter' && event.isTrusted && event.type === 'keydown') counts.lastEnterAt = event.timeStamp;
      if (typeof listener === 'function') listener.call(this, event);
      else listener.handleEvent(event);
    };
    wrappers.set(listener, wrapper);
  }
  return wrapper;
}

const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions): void {
  add.call(this, type, listener ? wrap(listener) : listener, options);
};
EventTarget.prototype.removeEventListener = function (type: string, listener: Listener | null, options?: boolean | EventListenerOptions): void {
  remove.call(this, type, listener ? wrappers.get(listener) ?? listener : listener, options);
};

const setTimeoutNative = window.setTimeout.bind(window);
window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
  setTimeoutNative(() => {
    counts.timers++;
    if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...rest);
  }, ms)) as typeof window.setTimeout;
const setIntervalNative = window.setInterval.bind(window);
window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
  setIntervalNative(() => {
    counts.timers++;
    if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...rest);
  }, ms)) as typeof window.setInterval;
const rafNative = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback): number => rafNative((time) => {
  counts.frames++;
  callback(time);
});

const NativeObserver = window.MutationObserver;
window.MutationObserver = class extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      counts.mutationRecords += records.length;
      callback(records, observer);
    });
  }
};

interface ChangedEvent { addListener(listener: (...args: unknown[]) => void): void; removeListener(listener: (...args: unknown[]) => void): void }
const scope = globalThis as { chrome?: { storage?: { onChanged?: ChangedEvent } } };
const onChanged = scope.chrome?.storage?.onChanged;
if (onChanged) {
  const storageWrappers = new WeakMap<object, (...args: unknown[]) => void>();
  const addListener = onChanged.addListener.bind(onChanged);
  const removeListener = onChanged.removeListener.bind(onChanged);
  onChanged.addListener = (listener) => {
    const wrapper = (...args: unknown[]): void => {
      counts.storage++;
      listener(...args);
    };
    storageWrappers.set(listener, wrapper);
    addListener(wrapper);
  };
  onChanged.removeListener = (listener) => removeListener(storageWrappers.get(listener) ?? listener);
}

counts.readyAt = performance.now();
