// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSent } from '../../src/content/confirm';
import { generic } from '../../src/sites/generic';

let composer: HTMLTextAreaElement;
let stop: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<textarea></textarea>';
  composer = document.querySelector('textarea') as HTMLTextAreaElement;
  composer.value = 'hello';
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(4_000);
};

describe('whenSent: a send counts when the composer empties, and only once', () => {
  it('counts a send that empties the box', async () => {
    const sent = whenSent(composer, generic, window, stop.signal);
    composer.value = '';
    await settle();
    expect(await sent).toBe(true);
  });

  it('does not count an Enter that left the text in place', async () => {
    const sent = whenSent(composer, generic, window, stop.signal);
    await settle();
    expect(await sent).toBe(false);
  });

  it.each([
    ['Ctrl+Enter after a line-break Enter', () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }))],
    ['a click on the send button after a line-break Enter', () => window.dispatchEvent(new Event('pointerdown'))],
  ])('%s: the line break is not counted, the real send is, once', async (_name, nextAttempt) => {
    const lineBreak = whenSent(composer, generic, window, stop.signal);
    composer.value = 'hello\nmore';
    // The next attempt begins its own check, as the guard does, then the page sends and empties the box.
    nextAttempt();
    const realSend = whenSent(composer, generic, window, stop.signal);
    composer.value = '';
    await settle();
    expect(await lineBreak).toBe(false);
    expect(await realSend).toBe(true);
  });

  it('typing more text after the Enter does not end the wait: slow apps still get counted', async () => {
    const sent = whenSent(composer, generic, window, stop.signal);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await vi.advanceTimersByTimeAsync(500);
    composer.value = '';
    await settle();
    expect(await sent).toBe(true);
  });
});
