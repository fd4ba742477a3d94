// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HealthRecorder } from '../../src/content/health';
import type { Intent } from '../../src/content/intent';
import { ReplyWatch } from '../../src/content/replies';
import { judgeHealth } from '../../src/core/health';
import type { Site } from '../../src/sites';

const site: Site = {
  id: 'test',
  name: 'Test',
  matches: [],
  composer: '[role=textbox]',
  sendButton: 'button.send',
  // Their rows carry the mark; ours do not.
  replies: { list: '#list', row: '.row', incoming: '.in' },
  conversation: () => 'c',
};

let composer: HTMLElement;
let textarea: HTMLTextAreaElement;
let button: HTMLButtonElement;

beforeEach(() => {
  document.body.innerHTML = '<main><div id="list"></div><div role="textbox" contenteditable="true"></div><textarea></textarea><button class="send"></button><button type="submit"></button></main>';
  composer = document.querySelector('[role=textbox]')!;
  textarea = document.querySelector('textarea')!;
  button = document.querySelector('button.send')!;
});

const key = (on: HTMLElement): Intent => ({ kind: 'key', composer: on, event: new KeyboardEvent('keydown', { key: 'Enter' }), combo: 'enter', sends: true });
const press = (on: HTMLElement): Intent => ({ kind: 'press', composer, button: on, startedWith: 'pointerdown' });

describe('HealthRecorder: facts from intents and confirmations', () => {
  it('tells the adapter’s composer and send button from ones only the generic rules found', () => {
    const health = new HealthRecorder(site);
    health.intent(key(composer), 'https://chat.test/a', 'k1');
    health.intent(key(textarea), 'https://chat.test/a', 'k1');
    health.intent(press(button), 'https://chat.test/a', 'k1');
    health.intent(press(document.querySelector<HTMLElement>('button[type=submit]')!), 'https://chat.test/a', 'k1');
    expect(health.facts()).toMatchObject({ site: 'test', replyAware: true, composerByAdapter: 3, composerByGeneric: 1, buttonByAdapter: 1, buttonByGeneric: 1 });
  });

  it('counts address moves and whether the key moved with them; the first intent is no move', () => {
    const health = new HealthRecorder(site);
    health.intent(key(composer), 'https://chat.test/#a', 'same');
    for (const chat of ['b', 'a', 'b']) health.intent(key(composer), `https://chat.test/#${chat}`, 'same');
    expect(health.facts()).toMatchObject({ addressMoves: 3, keyMovesWithAddress: 0, keyMoves: 0 });
    expect(judgeHealth(health.facts()).checks.chats).toBe('problem');

    const good = new HealthRecorder(site);
    good.intent(key(composer), 'https://chat.test/#a', 'ka');
    good.intent(key(composer), 'https://chat.test/#b', 'kb');
    good.intent(key(composer), 'https://chat.test/#b', 'kb');
    expect(good.facts()).toMatchObject({ addressMoves: 1, keyMovesWithAddress: 1, keyMoves: 1 });
    expect(judgeHealth(good.facts()).checks.chats).toBe('ok');
  });

  it('keeps no address or key in what it reports', () => {
    const health = new HealthRecorder(site);
    health.intent(key(composer), 'https://chat.test/secret-path?q=1#hash', 'hashed-key');
    health.sent(true);
    health.sent(false);
    const json = JSON.stringify(health.facts());
    expect(json).not.toMatch(/secret|chat\.test|hash/);
    expect(health.facts()).toMatchObject({ confirmed: 1, unconfirmed: 1 });
  });

  it('a site without reply marks is not reply-aware', () => {
    const { replies: _marks, ...plain } = site;
    expect(new HealthRecorder(plain).facts().replyAware).toBe(false);
  });
});

/** MutationObserver callbacks run as microtasks. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('HealthRecorder fed by the reply watch', () => {
  let controller: AbortController;
  let list: HTMLElement;
  let health: HealthRecorder;
  let watch: ReplyWatch;
  let now: number;

  beforeEach(() => {
    list = document.getElementById('list')!;
    controller = new AbortController();
    health = new HealthRecorder(site);
    now = Date.now();
    watch = new ReplyWatch({
      site, win: window, signal: controller.signal, now: () => now, enabled: () => true, onReply: () => undefined,
      judged: (rows, own, reply) => health.rows(rows, own, reply),
    });
    watch.focused(composer);
  });
  afterEach(() => controller.abort());

  const row = (incoming: boolean): HTMLElement => {
    const el = document.createElement('div');
    el.className = incoming ? 'row in' : 'row';
    return el;
  };

  it('our echo is our own row; their marked row is a reply', async () => {
    watch.ownSend();
    list.append(row(false));
    await settle();
    list.append(row(true));
    await settle();
    expect(health.facts()).toMatchObject({ ownRows: 1, replyBatches: 1, strayRows: 0 });
    expect(judgeHealth(health.facts()).checks.replies).toBe('ok');
  });

  it('rows that are neither our echoes nor marked theirs pile up as stray: the mark no longer matches', async () => {
    watch.ownSend();
    list.append(row(false));
    await settle();
    for (let i = 0; i < 3; i++) {
      list.append(row(false));
      await settle();
    }
    expect(health.facts()).toMatchObject({ ownRows: 1, replyBatches: 0, strayRows: 3 });
    expect(judgeHealth(health.facts()).checks.replies).toBe('problem');
  });

  it('a redrawn list (another chat opened) is not judged, and not counted', async () => {
    list.append(row(false), row(false), row(false), row(false), row(true));
    await settle();
    expect(health.facts()).toMatchObject({ ownRows: 0, replyBatches: 0, strayRows: 0 });
  });
});
