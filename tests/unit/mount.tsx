/**
 * Drawing Preact components in jsdom, for the unit tests: a fresh container in document.body for
 * each test, unmounted (effects cleaned up) and removed after it.
 */
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { Card, type CardActions, type CardModel } from '../../src/content/card/Card';

export interface Mount {
  /** The current test's container. */
  readonly container: HTMLElement;
  /** Renders `node` into the container, inside act() so its effects have run. */
  render(node: ComponentChild): void;
}

/** Installs the hooks for this file (or describe); use the result inside tests. */
export function useMount(): Mount {
  let current: HTMLElement | undefined;
  const container = (): HTMLElement => {
    if (!current) throw new Error('useMount(): the container exists inside tests only');
    return current;
  };
  beforeEach(() => {
    current = document.createElement('div');
    document.body.append(current);
  });
  afterEach(() => {
    const done = container();
    act(() => render(null, done));
    done.remove();
    current = undefined;
  });
  return {
    get container() {
      return container();
    },
    render(node) {
      act(() => render(node, container()));
    },
  };
}

export type CardSpies = { [K in keyof CardActions]: ReturnType<typeof vi.fn> };

export interface CardMount extends Mount {
  /** This test's spies for the card's buttons. */
  readonly actions: CardSpies;
  /** Draws the pause card for `model`, wired to `actions`. */
  show(model: CardModel): void;
}

/** The pause card in a fresh container with fresh action spies for each test. */
export function useCard(): CardMount {
  const mount = useMount();
  let actions: CardSpies | undefined;
  beforeEach(() => {
    actions = { sendAnyway: vi.fn(), keepEditing: vi.fn(), wait: vi.fn() };
  });
  const spies = (): CardSpies => {
    if (!actions) throw new Error('useCard(): the actions exist inside tests only');
    return actions;
  };
  return {
    get container() {
      return mount.container;
    },
    render: mount.render,
    get actions() {
      return spies();
    },
    show(model) {
      mount.render(<Card model={model} actions={spies() as unknown as CardActions} />);
    },
  };
}
