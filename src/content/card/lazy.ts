import type { CardActions, CardModel } from './Card';

/** What the guard needs of a card; CardHost (in card.js) is the real one. */
export interface CardView {
  readonly isOpen: boolean;
  owns(event: Event): boolean;
  show(model: CardModel, actions: CardActions): void;
  hide(): void;
}

export interface CardModule {
  CardHost: new (doc: Document) => CardView;
}

/** Where card.js leaves itself in the content script's isolated world (never the page's world). */
export const CARD_GLOBAL = '__steadyCard';

/** The card that card.js left on this world's global, if it ran. */
export function injectedCard(): CardModule {
  const found = (globalThis as Record<string, unknown>)[CARD_GLOBAL] as CardModule | undefined;
  // A missing card is not for people to read: LazyCard turns the throw into "no card" and the send goes on.
  if (!found || typeof found.CardHost !== 'function') throw new TypeError(CARD_GLOBAL);
  return found;
}

/** Longest wait for card.js before a held send is let go instead: a local file normally takes a few ms. */
export const CARD_LOAD_MS = 1500;

/**
 * The card, loaded on demand. `prefetch()` when a pause is near makes `ready` non-null by the time
 * it is needed, so the card opens synchronously; `load()` resolves null (never rejects) when the
 * chunk cannot load, and a later call tries again.
 */
export class LazyCard {
  private view: CardView | null = null;
  private loading: Promise<CardView | null> | null = null;

  constructor(private readonly doc: Document, private readonly importCard: () => Promise<CardModule>) {}

  /** The card if it is loaded, else null. */
  get ready(): CardView | null {
    return this.view;
  }

  get isOpen(): boolean {
    return this.view?.isOpen ?? false;
  }

  owns(event: Event): boolean {
    return this.view?.owns(event) ?? false;
  }

  hide(): void {
    this.view?.hide();
  }

  prefetch(): void {
    void this.load();
  }

  load(): Promise<CardView | null> {
    if (this.view) return Promise.resolve(this.view);
    this.loading ??= (async () => {
      try {
        const { CardHost } = await this.importCard();
        this.view = new CardHost(this.doc);
        return this.view;
      } catch {
        this.loading = null;
        return null;
      }
    })();
    return this.loading;
  }
}

/** `load()`, or null once `ms` have passed. */
export function loadWithin(card: LazyCard, ms: number, win: Window): Promise<CardView | null> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(() => resolve(null), ms);
    void card.load().then((view) => {
      win.clearTimeout(timer);
      resolve(view);
    });
  });
}
