// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReplyWatch } from '../../src/content/replies';
import type { Site } from '../../src/sites';

const site: Site = {
  id: 'test',
  name: 'Test',
  matches: [],
  composer: '[role=textbox]',
  replies: { list: '#list', row: '.row', incoming: '.in' },
  conversation: () => 'c',
};

function row(incoming: boolean): HTMLElement {
  const el = document.createElement('div');
  el.className = incoming ? 'row in' : 'row';
  return el;
}

/** MutationObserver callbacks run as microtasks. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReplyWatch: the message list is watched only while a composer is in use', () => {
  let controller: AbortController;
  let list: HTMLElement;
  let composer: HTMLElement;
  let replies: HTMLElement[];
  let enabled: boolean;
  let watch: ReplyWatch;

  beforeEach(() => {
    document.body.innerHTML = '<main><div id="list"></div><div role="textbox" contenteditable="true"></div></main>';
    list = document.getElementById('list')!;
    composer = document.querySelector('[role=textbox]')!;
    controller = new AbortController();
    replies = [];
    enabled = true;
    watch = new ReplyWatch({ site, win: window, signal: controller.signal, now: () => Date.now(), enabled: () => enabled, onReply: (c) => replies.push(c) });
  });
  afterEach(() => controller.abort());

  it('sees nothing before a composer is focused', async () => {
    list.append(row(true));
    await settle();
    expect(replies).toEqual([]);
  });

  it('after focus, their row is a reply for that composer; our own row is not', async () => {
    watch.focused(composer);
    list.append(row(false));
    await settle();
    expect(replies).toEqual([]);
    list.append(row(true));
    await settle();
    expect(replies).toEqual([composer]);
  });

  it('a redrawn list (opening a chat) is not a reply', async () => {
    list.append(row(true));
    watch.focused(composer);
    list.replaceChildren(row(true), row(false));
    await settle();
    expect(replies).toEqual([]);
  });

  it('rows drawn right after the address changed (another chat in a single-page app) are not a reply', async () => {
    watch.focused(composer);
    window.history.pushState(null, '', '#another-chat');
    list.append(row(true));
    await settle();
    expect(replies).toEqual([]);
    // Once the new chat is drawn, their next message counts again.
    list.append(row(true));
    await settle();
    expect(replies).toEqual([composer]);
  });

  it('stops when the page hides, when the script stops, and when the setting is off', async () => {
    watch.focused(composer);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    list.append(row(true));
    await settle();
    expect(replies).toEqual([]);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });

    watch.focused(composer);
    enabled = false;
    list.append(row(true));
    await settle();
    expect(replies).toEqual([]);

    enabled = true;
    watch.focused(composer);
    controller.abort();
    list.append(row(true));
    await settle();
    expect(replies).toEqual([]);
  });

  it('lets go a while after the composer blurs', async () => {
    vi.useFakeTimers();
    try {
      watch.focused(composer);
      watch.blurred();
      vi.advanceTimersByTime(3 * 60_000);
      list.append(row(true));
      await vi.runAllTimersAsync();
      expect(replies).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
