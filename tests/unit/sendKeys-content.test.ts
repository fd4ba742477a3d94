// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { SendKeys, type LocalIO } from '../../src/content/sendKeys';
import { SEND_KEYS_KEY, type LearnedKeys } from '../../src/core/sendKeys';
import type { StorageChange } from '../../src/platform/native';
import { generic } from '../../src/sites/generic';
import { slack } from '../../src/sites/slack';

/** storage.local as the content script sees it: one stored value, its writes, its change events. */
function fakeLocal(initial: unknown) {
  let stored = initial;
  const writes: LearnedKeys[] = [];
  const listeners: ((changes: StorageChange[]) => void)[] = [];
  const io: LocalIO = {
    read: () => Promise.resolve(stored),
    write: (value) => {
      writes.push(value);
      stored = JSON.parse(JSON.stringify(value));
      return Promise.resolve(true);
    },
    onChange: (listener) => listeners.push(listener),
  };
  const change = (newValue: unknown, key = SEND_KEYS_KEY): void => {
    for (const listener of listeners) listener([{ key, newValue }]);
  };
  return { io, writes, change, stored: () => stored };
}

let composer: HTMLTextAreaElement;
beforeEach(() => {
  document.body.innerHTML = '<textarea>draft</textarea>';
  composer = document.querySelector('textarea') as HTMLTextAreaElement;
});

describe('SendKeys: what this frame learned, kept in storage.local', () => {
  it('starts at the site default, and a Ctrl+Enter that emptied the box makes Enter a line break on Slack', () => {
    const local = fakeLocal(undefined);
    const keys = new SendKeys(slack, local.io, new AbortController().signal);
    expect([keys.sends('enter'), keys.sends('ctrlEnter')]).toEqual([true, false]);
    composer.value = '';
    keys.learn('ctrlEnter', composer, true);
    expect([keys.sends('enter'), keys.sends('ctrlEnter'), keys.sends('metaEnter')]).toEqual([false, true, true]);
    expect(local.writes).toHaveLength(1);
  });

  it('stores per site id which combination did what, nothing else (no text, no time)', () => {
    const local = fakeLocal(undefined);
    const keys = new SendKeys(slack, local.io, new AbortController().signal);
    keys.learn('enter', composer, false);
    expect(local.stored()).toEqual({ slack: { enter: { sends: false, order: 1 } } });
    expect(JSON.stringify(local.stored())).not.toContain('draft');
  });

  it('writes only when something new was learned, not on every send', () => {
    const local = fakeLocal(undefined);
    const keys = new SendKeys(slack, local.io, new AbortController().signal);
    for (let i = 0; i < 5; i++) keys.learn('enter', composer, true);
    expect(local.writes).toHaveLength(1);
  });

  it('"not sent" proves a line break only while the text is still in a box on the page', () => {
    const stop = new AbortController();
    const local = fakeLocal(undefined);
    const keys = new SendKeys(slack, local.io, stop.signal);
    composer.value = '';
    keys.learn('enter', composer, false);
    composer.value = 'draft';
    composer.remove();
    keys.learn('enter', composer, false);
    document.body.append(composer);
    stop.abort();
    keys.learn('enter', composer, false);
    expect(local.writes).toEqual([]);
    expect(keys.sends('enter')).toBe(true);
  });

  it('what an earlier page learned survives: read once at start', async () => {
    const local = fakeLocal({ slack: { ctrlEnter: { sends: true, order: 2 } } });
    const keys = new SendKeys(slack, local.io, new AbortController().signal);
    await keys.load();
    expect([keys.sends('enter'), keys.sends('ctrlEnter')]).toEqual([false, true]);
  });

  it('corrupt storage falls back to the default, and learning goes on from there', async () => {
    const local = fakeLocal({ slack: 'garbage', generic: { enter: { sends: 'no', order: 1 } } });
    const keys = new SendKeys(slack, local.io, new AbortController().signal);
    await keys.load();
    expect([keys.sends('enter'), keys.sends('ctrlEnter')]).toEqual([true, false]);
    keys.learn('metaEnter', composer, true);
    expect(keys.sends('enter')).toBe(false);
  });

  it('follows what another tab learned, live, and keeps other sites when it writes', async () => {
    const local = fakeLocal({ discord: { enter: { sends: true, order: 1 } } });
    const keys = new SendKeys(slack, local.io, new AbortController().signal);
    await keys.load();
    local.change({ discord: { enter: { sends: true, order: 1 } }, slack: { ctrlEnter: { sends: true, order: 1 } } });
    expect(keys.sends('enter')).toBe(false);
    local.change('something else', 'snoozeUntil');
    expect(keys.sends('enter')).toBe(false);
    keys.learn('enter', composer, true);
    expect(keys.sends('enter')).toBe(true);
    expect(local.stored()).toEqual({
      discord: { enter: { sends: true, order: 1 } },
      slack: { ctrlEnter: { sends: true, order: 1 }, enter: { sends: true, order: 2 } },
    });
  });

  it('each site learns apart: a custom site (generic rules) is not Slack', async () => {
    const local = fakeLocal(undefined);
    const slackKeys = new SendKeys(slack, local.io, new AbortController().signal);
    slackKeys.learn('ctrlEnter', composer, true);
    const genericKeys = new SendKeys(generic, local.io, new AbortController().signal);
    await genericKeys.load();
    expect(local.stored()).toHaveProperty('slack');
    expect(genericKeys.sends('enter')).toBe(true);
    expect(slackKeys.sends('enter')).toBe(false);
  });
});
