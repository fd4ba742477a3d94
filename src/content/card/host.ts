import { h, render } from 'preact';
import { Card, DESCRIPTION_ID, TITLE_ID, type CardActions, type CardModel } from './Card';
import { CARD_CSS } from './styles';

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

/**
 * The card's place in the page: a custom element with an open shadow root holding a native
 * modal <dialog>. The dialog sits in the top layer (above any z-index) and makes the page inert,
 * so clicks and focus cannot wander; key events from inside are kept from the page's shortcuts.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private dialog: HTMLDialogElement | null = null;
  private whileOpen: AbortController | null = null;
  private actions: CardActions | null = null;

  constructor(private readonly doc: Document) {}

  /** Open and really on screen: a page that removes our element must not leave a card nobody sees. */
  get isOpen(): boolean {
    return this.whileOpen !== null && this.dialog?.open === true && this.host?.isConnected === true;
  }

  /** Is this event from inside the card? (Events leave a shadow root retargeted to its host.) */
  owns(event: Event): boolean {
    return this.host !== null && event.target === this.host;
  }

  show(model: CardModel, actions: CardActions): void {
    const dialog = this.dialog ?? this.create();
    this.actions = actions;
    render(h(Card, { model, actions }), dialog);
    if (!this.host?.isConnected) this.doc.documentElement.append(this.host as HTMLElement);
    if (!dialog.open) {
      try {
        dialog.showModal();
      } catch (error) {
        this.hide();
        throw error;
      }
    }
    if (!this.whileOpen) {
      this.whileOpen = new AbortController();
      this.isolateKeys(this.whileOpen.signal);
    }
    // Focus the dialog itself: a reflexive second Enter must not press a button.
    dialog.focus();
  }

  hide(): void {
    this.whileOpen?.abort();
    this.whileOpen = null;
    this.actions = null;
    if (this.dialog) {
      if (this.dialog.open) this.dialog.close();
      render(null, this.dialog);
    }
    this.host?.remove();
  }

  private create(): HTMLDialogElement {
    const host = this.doc.createElement('steady-pause');
    // Inline !important outranks any page stylesheet rule aimed at the host.
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('display', 'contents', 'important');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const dialog = this.doc.createElement('dialog');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', TITLE_ID);
    dialog.setAttribute('aria-describedby', DESCRIPTION_ID);
    dialog.tabIndex = -1;
    // Escape arrives as a cancel request; it means "Keep editing", never a silent close.
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.actions?.keepEditing();
    });
    // Closed some other way (the page removed our element): forget it, so the next send asks again.
    // The event is queued, and input can overtake it: a close from the previous card may arrive after
    // the next send already reopened the dialog. Only a dialog that is really closed is forgotten.
    dialog.addEventListener('close', () => {
      if (this.whileOpen && !dialog.open) this.hide();
    });
    root.append(style, dialog);
    this.host = host;
    this.dialog = dialog;
    return dialog;
  }

  /**
   * Handles the card's keys at the window, before any page listener, then stops them there.
   * Default actions (a button's Enter/Space, Tab's focus move) still happen: stopping
   * propagation does not cancel them.
   */
  private isolateKeys(signal: AbortSignal): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const onKey = (event: Event): void => {
      if (!this.owns(event) || !(event instanceof KeyboardEvent)) return;
      if (event.type === 'keydown') {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.actions?.keepEditing();
        } else if (event.key === 'Tab') {
          this.trapTab(event);
        }
      }
      event.stopImmediatePropagation();
    };
    for (const type of KEY_EVENTS) win.addEventListener(type, onKey, { capture: true, signal });
  }

  /** Keeps Tab cycling inside the card instead of reaching the browser's toolbar. */
  private trapTab(event: KeyboardEvent): void {
    const root = this.host?.shadowRoot;
    if (!root || !this.dialog) return;
    const focusable = [...this.dialog.querySelectorAll<HTMLElement>('button:not(:disabled), summary, input')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = root.activeElement;
    // A radio group is one stop: any of its radios counts as the first stop when the group comes first.
    const inFirstGroup = active instanceof HTMLInputElement && first instanceof HTMLInputElement && active.type === 'radio' && active.name === first.name;
    if (event.shiftKey && (active === first || inFirstGroup || active === this.dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }
}
