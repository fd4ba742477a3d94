// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TITLE_ID, type CardActions, type CardModel } from '../../src/content/card/Card';
import { CardHost } from '../../src/content/card/host';
import { pickQuestion, seededRandom } from '../../src/core/questions';
import { DEFAULT_SCHEDULE } from '../../src/core/schedule';
import { useCard } from './mount';

const ask: CardModel = {
  phase: 'ask', reason: 'limit', count: 4, spanMs: 38_000, cooldownLeftMs: 0,
  breathSeconds: 3, cooldownMinutes: 10, siteName: 'WhatsApp Web',
  question: 'reliable', ownWords: '', schedule: DEFAULT_SCHEDULE,
};

// Fake timers around the card's whole life, so it unmounts before they end.
beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

const view = useCard();

const show = (model: CardModel): void => view.show(model);

function button(name: string): HTMLButtonElement {
  const found = [...view.container.querySelectorAll('button')].find((b) => b.textContent?.replace(/ · \d+$/, '') === name);
  if (!found) throw new Error(`No button "${name}" in: ${view.container.textContent}`);
  return found;
}

describe('the pause card', () => {
  it('asks the step-2 question and says how fast the messages came', () => {
    show(ask);
    expect(view.container.querySelector('h2')?.textContent).toBe('Have they proven reliable?');
    expect(view.container.textContent).toContain("You've sent 4 messages in 38 seconds.");
    expect(view.container.textContent).toMatch(/do what they say they will/);
  });

  it('explains the four steps behind a "Why this question?" disclosure', () => {
    show(ask);
    const details = view.container.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Why this question?');
    expect(details?.querySelectorAll('li')).toHaveLength(4);
    expect(details?.open).toBe(false);
  });

  it('offers exactly three choices, waiting first', () => {
    show(ask);
    expect([...view.container.querySelectorAll('button')].map((b) => b.textContent?.replace(/ · \d+$/, ''))).toEqual(['Wait 10 minutes', 'Keep editing', 'Send anyway']);
  });

  it('holds "Send anyway" for a breath, counting down, then lets it be pressed', () => {
    show(ask);
    expect(button('Send anyway').disabled).toBe(true);
    expect(button('Send anyway').textContent).toBe('Send anyway · 3');
    act(() => void vi.advanceTimersByTime(1_000));
    expect(button('Send anyway').textContent).toBe('Send anyway · 2');
    act(() => void vi.advanceTimersByTime(2_000));
    expect(button('Send anyway').disabled).toBe(false);
    expect(button('Send anyway').textContent).toBe('Send anyway');
    button('Send anyway').click();
    expect(view.actions.sendAnyway).toHaveBeenCalledTimes(1);
  });

  it('keeps the countdown out of the button’s accessible name', () => {
    show(ask);
    expect(button('Send anyway').querySelector('[aria-hidden="true"]')?.textContent).toBe(' · 3');
  });

  it('with no breath, "Send anyway" is ready at once', () => {
    show({ ...ask, breathSeconds: 0 });
    expect(button('Send anyway').disabled).toBe(false);
  });

  it('passes each choice on', () => {
    show(ask);
    button('Keep editing').click();
    button('Wait 10 minutes').click();
    expect(view.actions.keepEditing).toHaveBeenCalledTimes(1);
    expect(view.actions.wait).toHaveBeenCalledTimes(1);
    expect(view.actions.sendAnyway).not.toHaveBeenCalled();
  });

  it('names the chosen cooldown length, singular too', () => {
    show({ ...ask, cooldownMinutes: 1 });
    expect(button('Wait 1 minute')).toBeTruthy();
  });

  it('during a chosen wait, shows the time left', () => {
    show({ ...ask, reason: 'cooldown', cooldownLeftMs: 7 * 60_000 - 5_000 });
    expect(view.container.textContent).toContain('You chose to wait: 7 minutes left.');
    show({ ...ask, reason: 'cooldown', cooldownLeftMs: 42_000 });
    expect(view.container.textContent).toContain('42 seconds left');
  });

  it('when a site ignores the resend, says so plainly and that the draft is safe', () => {
    show({ ...ask, phase: 'ignored' });
    expect(view.container.textContent).toContain('WhatsApp Web did not take the resend');
    expect(view.container.textContent).toContain('still in the box');
    expect([...view.container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Keep editing']);
  });
});

describe('the pause card: the question', () => {
  it.each([
    ['reliable', 'Have they proven reliable?', /do what they say they will/],
    ['like', 'Do you actually like them?', /relief of hearing back/],
    ['gut', 'What is your gut saying?', /first feeling usually knows/],
    ['trust', 'Can you trust that they meant it?', /another message to prove it/],
  ] as const)('asks the %s question with its own line under it', (question, title, hint) => {
    show({ ...ask, question });
    expect(view.container.querySelector('h2')?.textContent).toBe(title);
    expect(view.container.querySelector('h2')?.id).toBe(TITLE_ID);
    expect(view.container.querySelector('.lead')?.textContent).toMatch(hint);
  });

  it('names the dialog after the question it shows', () => {
    // jsdom has no modal dialogs; the name comes from aria-labelledby either way.
    const proto = HTMLDialogElement.prototype as { showModal?: () => void; close?: () => void };
    proto.showModal ??= function (this: HTMLDialogElement) { this.setAttribute('open', ''); };
    proto.close ??= function (this: HTMLDialogElement) { this.removeAttribute('open'); };
    const host = new CardHost(document);
    const question = pickQuestion(true, seededRandom(42)());
    act(() => host.show({ ...ask, question }, view.actions as unknown as CardActions));
    const dialog = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog');
    const name = dialog?.querySelector(`#${dialog.getAttribute('aria-labelledby') ?? ''}`)?.textContent;
    expect(question).toBe('like');
    expect(name).toBe('Do you actually like them?');
    act(() => host.hide());
  });
});

describe('the pause card: own words', () => {
  it('shows nothing extra when there are none', () => {
    show(ask);
    expect(view.container.querySelector('.own-words')).toBeNull();
  });

  it('shows the person’s own line under a small caption', () => {
    show({ ...ask, ownWords: 'I deserve someone who answers.' });
    const figure = view.container.querySelector('.own-words');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('In your own words');
    expect(figure?.querySelector('blockquote')?.textContent).toBe('I deserve someone who answers.');
  });

  it('renders markup in them as plain text, never as HTML', () => {
    const words = '<img src=x onerror="alert(1)"><b>bold</b> &amp; <script>x()</script>';
    show({ ...ask, ownWords: words });
    const quote = view.container.querySelector('.own-words blockquote');
    expect(quote?.textContent).toBe(words);
    expect(quote?.children).toHaveLength(0);
    expect(view.container.querySelector('img, b, script')).toBeNull();
  });
});

describe('the pause card: the schedule', () => {
  it('says nothing about the schedule when nudges apply at any time', () => {
    show(ask);
    expect(view.container.querySelector('.schedule')).toBeNull();
  });

  it('notes when nudges are limited to certain times', () => {
    show({ ...ask, schedule: { mode: 'hours', from: '22:00', to: '06:00', days: [5, 6] } });
    expect(view.container.querySelector('.schedule')?.textContent).toBe('Nudges only 22:00–06:00, Fri–Sat');
  });
});

