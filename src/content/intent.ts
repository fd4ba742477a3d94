import { comboOf, factsFor, sends, watched, type Combo } from '../core/sendKeys';
import { generic, type Site } from '../sites';
import { composerFromEvent, composerNear, composerOutside, isComposerEmpty, isEditing, matchesSafely } from './composer';
import type { SendKeyVerdict } from './sendKeys';

/** A user action that would send what is in the composer. */
export type Intent =
  /** `sends`: the combination is known to send here; one that is not passes even at the limit, and is watched. */
  | { readonly kind: 'key'; readonly composer: HTMLElement; readonly event: KeyboardEvent; readonly combo: Combo; readonly sends: boolean }
  | { readonly kind: 'press'; readonly composer: HTMLElement; readonly button: HTMLElement; readonly startedWith: 'pointerdown' | 'click' }
  | { readonly kind: 'submit'; readonly composer: HTMLElement; readonly form: HTMLFormElement; readonly submitter: HTMLElement | null };

/** The parts of a keydown that decide whether it could be a send. */
export type KeyFacts = Pick<KeyboardEvent, 'key' | 'isTrusted' | 'repeat' | 'isComposing' | 'keyCode' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

type SendKeySite = Pick<Site, 'modEnterSends' | 'sendKeys'>;

/**
 * Could this key send here, so that what it does is worth judging and watching? The first test
 * rejects every key but Enter, so typing costs one string comparison; the rest runs only for
 * Enter. (NumpadEnter also reports key "Enter".)
 */
export function sendCombo(key: KeyFacts, site: SendKeySite): Combo | null {
  if (key.key !== 'Enter') return null;
  if (!key.isTrusted || key.repeat) return null;
  // An IME is committing a candidate: Safari and Chrome on macOS can report 229 after compositionend.
  if (key.isComposing || key.keyCode === 229) return null;
  const combo = comboOf(key);
  return combo && watched(factsFor(site), combo) ? combo : null;
}

/** Is this key known to send here: by what was learned, else by the site's default? */
export function isSendKey(key: KeyFacts, site: SendKeySite, learned?: SendKeyVerdict): boolean {
  const combo = sendCombo(key, site);
  if (!combo) return false;
  return learned ? learned.sends(combo) : sends(factsFor(site), undefined, combo);
}

/** The composer is in a mode where a plain Enter makes a new line (an expanded editor). */
function plainEnterBreaks(key: KeyFacts, composer: HTMLElement, site: Site): boolean {
  return !(key.ctrlKey || key.metaKey) && matchesSafely(composer, site.modEnterOnly);
}

/** Enter picks a mention or emoji from an open list instead of sending. */
export function autocompleteOpen(composer: Element): boolean {
  return composer.getAttribute('aria-expanded') === 'true' || Boolean(composer.getAttribute('aria-activedescendant'));
}

export function keyIntent(event: KeyboardEvent, site: Site, learned: SendKeyVerdict): Intent | null {
  const combo = sendCombo(event, site);
  if (!combo) return null;
  const composer = composerFromEvent(event, site) ?? composerOutside(event, site);
  if (!composer || autocompleteOpen(composer) || isComposerEmpty(composer, site)) return null;
  // Neither is evidence about this person's send key: an expanded editor's Enter is a line break by
  // the site's design, and an edit saves an old message.
  if (plainEnterBreaks(event, composer, site) || isEditing(composer, site)) return null;
  return { kind: 'key', composer, event, combo, sends: learned.sends(combo) };
}

/** The send button a pointer or click landed on, if any. */
export function sendButtonFromEvent(event: Event, site: Site): HTMLElement | null {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return null;
  for (const selector of [site.sendButton, generic.sendButton]) {
    if (!selector) continue;
    try {
      const button = target.closest<HTMLElement>(selector);
      if (button) return button;
    } catch {
      // An invalid selector in one engine: try the next.
    }
  }
  return null;
}

export function pressIntent(event: MouseEvent, site: Site, lastFocused: HTMLElement | null): Intent | null {
  if (!event.isTrusted || event.button !== 0) return null;
  const button = sendButtonFromEvent(event, site);
  if (!button || button.matches(':disabled')) return null;
  const composer = composerNear(button, site, lastFocused);
  if (!composer || isComposerEmpty(composer, site) || isEditing(composer, site)) return null;
  return { kind: 'press', composer, button, startedWith: event.type === 'click' ? 'click' : 'pointerdown' };
}

export function submitIntent(event: SubmitEvent, site: Site, lastFocused: HTMLElement | null): Intent | null {
  const form = event.target;
  if (!event.isTrusted || !(form instanceof HTMLFormElement)) return null;
  const composer = lastFocused && form.contains(lastFocused) ? lastFocused : form.querySelector<HTMLElement>(site.composer) ?? form.querySelector<HTMLElement>(generic.composer);
  if (!composer || isComposerEmpty(composer, site) || isEditing(composer, site)) return null;
  const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
  return { kind: 'submit', composer, form, submitter };
}
