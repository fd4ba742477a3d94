// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HealthRecorder } from '../../src/content/health';
import { EMPTY_FACTS, parseFacts, type HealthFacts } from '../../src/core/health';
import { parseSettings } from '../../src/core/settings';
import { Popup, type PopupProps } from '../../src/popup/Popup';
import type { HealthInfo } from '../../src/popup/HealthPanel';
import type { Site } from '../../src/sites';

const WHATSAPP = { id: 'whatsapp', name: 'WhatsApp Web' } as const;
const TAB_URL = 'https://web.whatsapp.com/send/path-secret?phone=15550001111#chat-hash';
const TYPED = 'secret words for Alex';
/** A stand-in adapter, so the test does not follow the real WhatsApp selectors as they change. */
const whatsapp: Site = { id: 'whatsapp', name: 'WhatsApp Web', matches: [], composer: 'footer [role=textbox]', replies: { list: '#main', row: '[data-id]' }, conversation: () => 'one' };

let container: HTMLElement;
let copied: string[];

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function draw(facts: HealthFacts | null, copyWorks = true, unreachable = false, settings = parseSettings(undefined)): void {
  const health: HealthInfo = {
    facts,
    unreachable,
    version: '0.1.0',
    browser: 'Chrome 142',
    url: TAB_URL,
    copy: vi.fn(async (t: string) => {
      copied.push(t);
      return copyWorks;
    }),
  };
  const props: PopupProps = {
    now: () => Date.UTC(2026, 10, 26, 12),
    stats: { days: {} },
    snoozeUntil: 0,
    settings,
    site: WHATSAPP,
    health,
    onSnooze: () => undefined,
    onUndoSnooze: () => undefined,
    onSiteChange: () => undefined,
    onOpenOptions: () => undefined,
    onOpenPractice: () => undefined,
  };
  act(() => render(<Popup {...props} />, container));
}

const panel = (): Element => container.querySelector('.health') ?? container;
const verdict = (): string => text(panel().querySelector('.health-verdict'));
const lines = (): Record<string, string> =>
  Object.fromEntries([...panel().querySelectorAll('li[data-check]')].map((li) => [li.getAttribute('data-check'), `${li.getAttribute('data-state')}: ${text(li)}`]));

async function copyReport(): Promise<string> {
  const button = [...container.querySelectorAll('button')].find((b) => text(b) === 'Copy a problem report');
  if (!button) throw new Error(`no copy button in: ${text(container)}`);
  await act(async () => button.click());
  return copied.at(-1) ?? '';
}

const facts = (patch: Partial<HealthFacts>): HealthFacts => ({ ...EMPTY_FACTS, site: 'whatsapp', replyAware: true, ...patch });

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  copied = [];
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

describe('popup: the site check', () => {
  it('says Working, in plain words, when every check passed', () => {
    draw(facts({ composerByAdapter: 4, confirmed: 4, keyMoves: 1, ownRows: 4, replyBatches: 1 }));
    expect(text(panel().querySelector('h3'))).toBe('Site check');
    expect(verdict()).toBe('Working: counts each chat apart and notices replies.');
    expect(lines()).toEqual({
      composer: 'ok: Finds your message box.',
      sends: 'ok: Sees your messages go out.',
      chats: 'ok: Counts each chat apart.',
      replies: 'ok: Notices replies.',
    });
  });

  it('on a site that does not watch replies, Working says nothing about replies', () => {
    draw({ ...facts({ composerByAdapter: 1, confirmed: 1, keyMoves: 1 }), replyAware: false });
    expect(verdict()).toBe('Working: counts each chat apart.');
    expect(Object.keys(lines())).toEqual(['composer', 'sends', 'chats']);
  });

  it('names exactly what is off and what it means, problems first', () => {
    draw(facts({ composerByAdapter: 4, confirmed: 4, addressMoves: 3, ownRows: 2, strayRows: 3 }));
    expect(verdict()).toBe('WhatsApp Web seems to have changed, and Steady doesn’t fully fit it right now:');
    const shown = [...panel().querySelectorAll('li')].map(text);
    expect(shown.slice(0, 2)).toEqual([
      'Steady can’t tell your chats apart on WhatsApp Web right now, so it counts them together.',
      'Steady doesn’t notice replies on WhatsApp Web right now, so a reply doesn’t start the count afresh.',
    ]);
  });

  it('says the other two problems in plain words too', () => {
    draw(facts({ composerByGeneric: 3, unconfirmed: 5 }));
    expect(lines().composer).toBe('problem: Steady finds the message box on WhatsApp Web only by its general rules, so it may miss some of your sends.');
    expect(lines().sends).toBe('problem: Steady doesn’t see your messages go out on WhatsApp Web right now, so it isn’t counting them.');
  });

  it('without enough evidence it says so, and what is not checked yet', () => {
    draw(facts({ composerByAdapter: 2, confirmed: 2 }));
    expect(verdict()).toBe('No problem seen so far. Steady checks more as you use WhatsApp Web.');
    expect(lines().chats).toBe('unknown: Not checked yet: whether it tells your chats apart (that needs messages in two chats).');
    expect(lines().replies).toBe('unknown: Not checked yet: whether it notices replies.');
  });

  it('while the tab has not answered it says nothing; once no frame can answer, it says how to get one', () => {
    draw(null);
    expect(container.querySelector('.health, [data-health=none]')).toBeNull();
    draw(null, true, true);
    expect(text(container.querySelector('[data-health=none]'))).toBe('No answer from this tab yet. If Steady was just installed or updated, reload the tab.');
    expect([...container.querySelectorAll('button')].map(text)).not.toContain('Copy a problem report');
  });
});

describe('popup: the site check while Steady is off', () => {
  it('is not shown where Steady counts nothing: the site switched off, or Steady as a whole', () => {
    const working = facts({ composerByAdapter: 1, confirmed: 1, keyMoves: 1, replyBatches: 1 });
    draw(working, true, false, parseSettings({ sites: { whatsapp: false } }));
    expect(container.querySelector('.health')).toBeNull();
    draw(working, true, false, parseSettings({ enabled: false }));
    expect(container.querySelector('.health')).toBeNull();
    draw(working);
    expect(verdict()).toBe('Working: counts each chat apart and notices replies.');
  });
});

describe('popup: the copied problem report', () => {
  it('holds the structure only: no typed text, no path, query or hash of the address', async () => {
    // Facts as a real frame collects them: a composer holding a draft, at an address with a path, a query and a hash.
    document.body.insertAdjacentHTML('beforeend', `<footer><div role="textbox" contenteditable="true" data-tab="10">${TYPED}</div></footer>`);
    const composer = document.querySelector<HTMLElement>('footer [role=textbox]')!;
    const recorder = new HealthRecorder(whatsapp);
    for (const chat of ['a', 'b', 'a', 'b']) {
      recorder.intent({ kind: 'key', composer, event: new KeyboardEvent('keydown', { key: 'Enter' }), combo: 'enter', sends: true }, `${TAB_URL}-${chat}`, 'hashed-conversation');
      recorder.sent(true);
    }
    // Through the same check the popup applies to a frame's message.
    draw(parseFacts(JSON.parse(JSON.stringify(recorder.facts()))));
    expect(verdict()).toMatch(/^WhatsApp Web seems to have changed/);
    const report = await copyReport();
    expect(report).toContain('Site: whatsapp (web.whatsapp.com)');
    expect(report).toContain('Steady: 0.1.0');
    expect(report).toContain('Browser: Chrome 142');
    expect(report).toContain('Chats told apart: problem');
    expect(report).toContain('Composer found: ok (adapter 4, generic only 0)');
    for (const secret of [TYPED, 'secret', 'Alex', 'path-secret', 'phone', '15550001111', 'chat-hash', 'hashed-conversation']) expect(report).not.toContain(secret);
    expect(report).not.toMatch(/https?:|[?#]|\/\//);
    expect(text(container.querySelector('[aria-live=polite]'))).toBe('Copied. It holds no messages, names or addresses, only how Steady sees this site. Paste it into your bug report.');
  });

  it('says so when the browser refuses to copy', async () => {
    draw(facts({ confirmed: 1 }), false);
    await copyReport();
    expect(text(container.querySelector('[aria-live=polite]'))).toBe('Couldn’t copy: the browser didn’t allow it.');
  });
});
