import { generic, type Site } from '../sites';

/**
 * The composer an event came from, or null. Uses only the event's own path, so shadow roots
 * work and the page is never scanned.
 */
export function composerFromEvent(event: Event, site: Site): HTMLElement | null {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement ? asComposer(target, site) : null;
}

export function asComposer(element: HTMLElement, site: Site): HTMLElement | null {
  if (matchesSafely(element, site.notComposer) || matchesSafely(element, generic.notComposer)) return null;
  if (matchesSafely(element, site.composer) || matchesSafely(element, generic.composer)) return element;
  return null;
}

/**
 * Did the site's own selector (not the generic fallback) find this element? For the health check;
 * asked at send intents only.
 */
export function foundByAdapter(element: Element, site: Site, part: 'composer' | 'sendButton' = 'composer'): boolean {
  return part === 'composer' ? matchesSafely(element, site.composer) : matchesSafely(element, site.sendButton);
}

/** The composer is editing an old message, not writing a new one: never held, never counted. */
export function isEditing(composer: HTMLElement, site: Site): boolean {
  return matchesSafely(composer, site.editing);
}

/**
 * The composer a page-level Enter sends from when focus is in no text field (Telegram A).
 * One lookup, and only for an Enter that already passed the key checks.
 */
export function composerOutside(event: Event, site: Site): HTMLElement | null {
  if (!site.outsideEnter) return null;
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  // The page leaves Enter in any text field alone (isContentEditable, spelled out for engines without it).
  if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.closest('[contenteditable]:not([contenteditable=false])')) return null;
  try {
    const found = target.ownerDocument.querySelector<HTMLElement>(site.outsideEnter);
    return found && asComposer(found, site);
  } catch {
    return null;
  }
}

/** A site's selector may be invalid in some engine; a bad selector must not break sending. */
export function matchesSafely(element: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

// oxlint-disable-next-line no-misleading-character-class -- zero-width characters listed singly, not a joined sequence
const INVISIBLE = /[\s\u200b\u200c\u200d\u2060\ufeff]/g;

/**
 * The one thing Steady ever asks of a draft: is there anything in it? The answer is a boolean;
 * the text itself is never kept, compared or passed on.
 */
export function isComposerEmpty(composer: HTMLElement, site: Site): boolean {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    return composer.value.replace(INVISIBLE, '') === '';
  }
  if (site.isEmpty) return site.isEmpty(composer);
  if ((composer.textContent ?? '').replace(INVISIBLE, '') !== '') return false;
  // Emoji and stickers are often images or decorator nodes with no text.
  return composer.querySelector('img, [data-lexical-decorator], [data-emoji]') === null;
}

/** Puts the caret back at the end of the draft, where the person left off. */
export function focusAtEnd(composer: HTMLElement): void {
  composer.focus({ preventScroll: true });
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const end = composer.value.length;
    try {
      composer.setSelectionRange(end, end);
    } catch {
      // Some input types (email, number) have no selection.
    }
    return;
  }
  const selection = composer.ownerDocument.defaultView?.getSelection();
  if (!selection) return;
  const range = composer.ownerDocument.createRange();
  range.selectNodeContents(composer);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Finds the composer that a send button belongs to: the nearest enclosing region that holds one.
 * Runs only for clicks on send buttons, never on typing.
 */
export function composerNear(button: Element, site: Site, lastFocused: HTMLElement | null): HTMLElement | null {
  let region: Element | null = button.parentElement;
  for (let depth = 0; region && depth < 8; depth++, region = region.parentElement) {
    const own = region.querySelector<HTMLElement>(site.composer);
    // The nearest box is one the site says never sends (an edit box): the button is its "Done", not a send.
    if (own && matchesSafely(own, site.notComposer)) return null;
    const found = own ?? region.querySelector<HTMLElement>(generic.composer);
    if (found && asComposer(found, site)) return found;
  }
  return lastFocused?.isConnected ? lastFocused : null;
}
