// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('observes nothing while the composer is blurred, and catches up when it is focused again', async () => {
    watch.focused(composer);
    watch.blurred();
    // A reply arrives while the person is elsewhere: no callback of ours runs for it...
    list.append(row(true));
    await settle();
    expect(replies).toEqual([]);
    // ...and coming back to the composer judges what arrived meanwhile, once.
    watch.focused(composer);
    expect(replies).toEqual([composer]);
    watch.focused(composer);
    expect(replies).toEqual([composer]);
  });

  it('on return, our own row that arrived while away is not taken for theirs', async () => {
    const plain: Site = { ...site, replies: { list: '#list', row: '.row' } };
    const own = new ReplyWatch({ site: plain, win: window, signal: controller.signal, now: () => Date.now(), enabled: () => true, onReply: (c) => replies.push(c) });
    own.focused(composer);
    own.ownSend();
    own.blurred();
    list.append(row(false));
    await settle();
    own.focused(composer);
    expect(replies).toEqual([]);
  });

});

describe('ReplyWatch on a site that marks our own rows instead of theirs', () => {
  it('an unmarked row is theirs; a marked row is ours and no reply', async () => {
    document.body.innerHTML = '<main><div id="list"></div><div role="textbox" contenteditable="true"></div></main>';
    const list = document.getElementById('list')!;
    const composer = document.querySelector<HTMLElement>('[role=textbox]')!;
    const controller = new AbortController();
    const seen: HTMLElement[] = [];
    const ownMarked: Site = { ...site, replies: { list: '#list', row: '.row', outgoing: '.mine' } };
    const watch = new ReplyWatch({ site: ownMarked, win: window, signal: controller.signal, now: () => Date.now(), enabled: () => true, onReply: (c) => seen.push(c) });
    watch.focused(composer);
    const ours = document.createElement('div');
    ours.className = 'row';
    ours.innerHTML = '<div class="mine"></div>';
    list.append(ours);
    await settle();
    expect(seen).toEqual([]);
    list.append(row(false));
    await settle();
    expect(seen).toEqual([composer]);
    controller.abort();
  });
});

describe('ReplyWatch: the newest row when a composer gains focus', () => {
  let controller: AbortController;
  let list: HTMLElement;
  let composer: HTMLElement;
  let newest: HTMLElement[];

  const watchWith = (target: Site): ReplyWatch =>
    new ReplyWatch({ site: target, win: window, signal: controller.signal, now: () => Date.now(), enabled: () => true, onReply: () => {}, onNewestTheirs: (c) => newest.push(c) });

  beforeEach(() => {
    document.body.innerHTML = '<main><div id="list"></div><div role="textbox" contenteditable="true"></div></main>';
    list = document.getElementById('list')!;
    composer = document.querySelector('[role=textbox]')!;
    controller = new AbortController();
    newest = [];
  });
  afterEach(() => controller.abort());

  it('says so when the newest row is theirs, judged by its mark only', () => {
    list.append(row(false), row(true));
    list.lastElementChild!.textContent = 'anything at all';
    watchWith(site).focused(composer);
    expect(newest).toEqual([composer]);
  });

  it('says nothing when the newest row is ours, or the list is empty', () => {
    const watch = watchWith(site);
    watch.focused(composer);
    expect(newest).toEqual([]);
    watch.stop();
    list.append(row(true), row(false));
    watch.focused(composer);
    expect(newest).toEqual([]);
  });

  it('looks once per focus, not again while it already watches the list', () => {
    list.append(row(true));
    const watch = watchWith(site);
    watch.focused(composer);
    watch.focused(composer);
    expect(newest).toEqual([composer]);
  });

  it('never guesses where rows carry no mark', () => {
    list.append(row(true));
    watchWith({ ...site, replies: { list: '#list', row: '.row' } }).focused(composer);
    expect(newest).toEqual([]);
  });

  it('a send whose row is not drawn yet keeps it from judging', () => {
    list.append(row(true));
    const watch = watchWith(site);
    watch.ownSend();
    watch.focused(composer);
    expect(newest).toEqual([]);
  });
});
