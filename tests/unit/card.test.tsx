// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardActions, type CardModel } from '../../src/content/card/Card';

const ask: CardModel = {
  phase: 'ask', reason: 'limit', count: 4, spanMs: 38_000, cooldownLeftMs: 0,
  breathSeconds: 3, cooldownMinutes: 10, siteName: 'WhatsApp Web',
};

let container: HTMLElement;
let actions: { [K in keyof CardActions]: ReturnType<typeof vi.fn> };

function show(model: CardModel): void {
  act(() => render(<Card model={model} actions={actions as unknown as CardActions} />, container));
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.replace(/ · \d+$/, '') === name);
  if (!found) throw new Error(`No button "${name}" in: ${container.textContent}`);
  return found;
}

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  actions = { sendAnyway: vi.fn(), keepEditing: vi.fn(), wait: vi.fn() };
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

describe('the pause card', () => {
  it('asks the step-2 question and says how fast the messages came', () => {
    show(ask);
    expect(container.querySelector('h2')?.textContent).toBe('Have they proven reliable?');
    expect(container.textContent).toContain("You've sent 4 messages in 38 seconds.");
    expect(container.textContent).toMatch(/do what they say they will/);
  });

  it('explains the four steps behind a "Why this question?" disclosure', () => {
    show(ask);
    const details = container.querySelector('details');
    expect(details?.querySelector('summary')?.textContent).toBe('Why this question?');
    expect(details?.querySelectorAll('li')).toHaveLength(4);
    expect(details?.open).toBe(false);
  });

  it('offers exactly three choices, waiting first', () => {
    show(ask);
    expect([...container.querySelectorAll('button')].map((b) => b.textContent?.replace(/ · \d+$/, ''))).toEqual(['Wait 10 minutes', 'Keep editing', 'Send anyway']);
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
    expect(actions.sendAnyway).toHaveBeenCalledTimes(1);
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
    expect(actions.keepEditing).toHaveBeenCalledTimes(1);
    expect(actions.wait).toHaveBeenCalledTimes(1);
    expect(actions.sendAnyway).not.toHaveBeenCalled();
  });

  it('names the chosen cooldown length, singular too', () => {
    show({ ...ask, cooldownMinutes: 1 });
    expect(button('Wait 1 minute')).toBeTruthy();
  });

  it('during a chosen wait, shows the time left', () => {
    show({ ...ask, reason: 'cooldown', cooldownLeftMs: 7 * 60_000 - 5_000 });
    expect(container.textContent).toContain('You chose to wait: 7 minutes left.');
    show({ ...ask, reason: 'cooldown', cooldownLeftMs: 42_000 });
    expect(container.textContent).toContain('42 seconds left');
  });

  it('when a site ignores the resend, says so plainly and that the draft is safe', () => {
    show({ ...ask, phase: 'ignored' });
    expect(container.textContent).toContain('WhatsApp Web did not take the resend');
    expect(container.textContent).toContain('still in the box');
    expect([...container.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Keep editing']);
  });
});
