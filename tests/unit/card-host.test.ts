// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CardActions, CardModel } from '../../src/content/card/Card';
import { CardHost } from '../../src/content/card/host';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const model: CardModel = {
  phase: 'ask', reason: 'cooldown', count: 4, spanMs: 30_000, cooldownLeftMs: 540_000, breathSeconds: 0, cooldownMinutes: 10,
  siteName: 'Slack', question: 'reliable', ownWords: '', schedule: DEFAULT_SETTINGS.schedule,
};

// jsdom has <dialog> but not its modal methods; these stand-ins keep only what the host relies on: the open state.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
const actions: CardActions = { sendAnyway: () => {}, keepEditing: () => {}, wait: () => {} };

afterEach(() => {
  document.documentElement.querySelector('steady-pause')?.remove();
});

describe('card host', () => {
  it('a close event left over from the previous card does not hide the one that just reopened', async () => {
    const card = new CardHost(document);
    card.show(model, actions);
    card.hide();
    // The next held send reopens the card before the queued "close" of the last one is delivered.
    card.show(model, actions);
    const dialog = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog');
    dialog?.dispatchEvent(new Event('close'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(card.isOpen).toBe(true);
    expect(document.querySelector('steady-pause')).not.toBeNull();
  });

  it('a card closed by something else is forgotten, so the next send asks again', () => {
    const card = new CardHost(document);
    card.show(model, actions);
    const dialog = document.querySelector('steady-pause')?.shadowRoot?.querySelector('dialog');
    dialog?.close();
    dialog?.dispatchEvent(new Event('close'));
    expect(card.isOpen).toBe(false);
  });
});
