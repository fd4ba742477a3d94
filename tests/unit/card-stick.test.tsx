// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { CardModel } from '../../src/content/card/Card';
import { DEFAULT_SCHEDULE } from '../../src/core/schedule';
import { useCard } from './mount';

const ask: CardModel = {
  phase: 'ask', reason: 'limit', count: 4, spanMs: 38_000, cooldownLeftMs: 0,
  breathSeconds: 0, cooldownMinutes: 10, siteName: 'WhatsApp Web',
  question: 'reliable', ownWords: 'I am worth a calm reply.', schedule: DEFAULT_SCHEDULE,
};

const view = useCard();

const show = (model: CardModel): void => view.show(model);

const sendAnyway = (): HTMLButtonElement => [...view.container.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Send anyway')) as HTMLButtonElement;
const field = (): HTMLInputElement | null => view.container.querySelector('.typed-words input');

function type(text: string): void {
  const input = field() as HTMLInputElement;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}



describe('the card: a longer breath', () => {
  it('says why in one line when the breath grew', () => {
    show({ ...ask, breathSeconds: 12, longerBreathRun: 3 });
    expect(view.container.querySelector('.longer-breath')?.textContent).toBe('A longer breath this time: this is pause 3 in a row with them, each within an hour of the last.');
  });
  it('says nothing for a breath as set', () => {
    show({ ...ask, longerBreathRun: 0 });
    expect(view.container.querySelector('.longer-breath')).toBeNull();
  });
});

describe('the card: typing one\'s own words', () => {
  it('has no field unless the option is on and there are words', () => {
    show(ask);
    expect(field()).toBeNull();
    show({ ...ask, typeOwnWords: true, ownWords: '' });
    expect(field()).toBeNull();
    expect(sendAnyway().disabled).toBe(false);
  });

  it('keeps "Send anyway" off until the words are typed, forgiving case and spacing', () => {
    show({ ...ask, typeOwnWords: true });
    const input = field() as HTMLInputElement;
    expect(view.container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Type your own words to send anyway');
    expect(sendAnyway().disabled).toBe(true);
    type('i am worth a calm');
    expect(sendAnyway().disabled).toBe(true);
    type('i am  WORTH a calm reply. ');
    expect(sendAnyway().disabled).toBe(false);
    act(() => sendAnyway().click());
    expect(view.actions.sendAnyway).toHaveBeenCalledTimes(1);
    type('i am worth');
    expect(sendAnyway().disabled).toBe(true);
  });

  it('refuses a paste and says why', () => {
    show({ ...ask, typeOwnWords: true });
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    act(() => void field()?.dispatchEvent(paste));
    expect(paste.defaultPrevented).toBe(true);
    expect(view.container.textContent).toContain('Pasting does not count here');
    expect(sendAnyway().disabled).toBe(true);
  });

  it('"Keep editing" still works at once', () => {
    show({ ...ask, typeOwnWords: true });
    const keep = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Keep editing');
    act(() => keep?.click());
    expect(view.actions.keepEditing).toHaveBeenCalledTimes(1);
  });
});
