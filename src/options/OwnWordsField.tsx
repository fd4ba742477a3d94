import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { characterCount, checkOwnWords, normalizeOwnWords, OWN_WORDS_MAX } from '../core/ownWords';
import { plural, t } from '../platform/i18n';

export interface OwnWordsFieldProps {
  /** The stored line; "" for none. */
  value: string;
  /** Called with each valid line, normalised (one line, trimmed). Invalid text never leaves. */
  onValid: (next: string) => void;
}

/**
 * Typing pauses this long before a save. storage.sync allows about two writes a second; a
 * save per keystroke would run into that limit halfway through a sentence.
 */
export const OWN_WORDS_SAVE_DELAY_MS = 600;

/** One line of the person's own words for the card, with a live count and a message past the limit. */
export function OwnWordsField({ value, onValid }: OwnWordsFieldProps) {
  const id = useId();
  const ids = { hint: `${id}-hint`, count: `${id}-count`, error: `${id}-error` };
  const [text, setText] = useState(value);
  const [over, setOver] = useState(0);
  const focused = useRef(false);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: string } | null>(null);
  const onValidRef = useRef(onValid);
  onValidRef.current = onValid;

  const flush = (): void => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    onValidRef.current(waiting.value);
  };

  // Leaving or hiding the page must not lose the last words typed. Unmounting drops them instead:
  // the form only remounts its fields when an import or a reset has replaced every setting.
  useEffect(() => {
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
    };
  }, []);

  // A change from elsewhere shows here, but never under the caret and never over text still to fix.
  useEffect(() => {
    if (!focused.current && over === 0 && pending.current === null) setText(value);
  }, [value, over]);

  const onInput = (next: string): void => {
    setText(next);
    const verdict = checkOwnWords(next);
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
    if (!verdict.ok) {
      setOver(verdict.over);
      return;
    }
    setOver(0);
    pending.current = { value: verdict.value, timer: setTimeout(flush, OWN_WORDS_SAVE_DELAY_MS) };
  };

  const count = characterCount(normalizeOwnWords(text));
  const error = over > 0 ? plural(over, 'ownWordsTooLong_one', 'ownWordsTooLong_other') : null;

  return (
    <div class="field">
      <label for={id}>{t('ownWordsLabel')}</label>
      <p class="hint" id={ids.hint}>{t('ownWordsHint', OWN_WORDS_MAX)}</p>
      <div class="control">
        <input
          id={id}
          type="text"
          class="wide"
          autocomplete="off"
          value={text}
          aria-invalid={error === null ? undefined : 'true'}
          aria-describedby={[...(error === null ? [] : [ids.error]), ids.count, ids.hint].join(' ')}
          onInput={(event) => onInput(event.currentTarget.value)}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            flush();
            // Show the saved form of what was typed: trimmed, on one line.
            if (over === 0) setText(normalizeOwnWords(text));
          }}
        />
        {/* Read with the field, not announced on every keystroke; the error below speaks up. */}
        <p class={`count${over > 0 ? ' count-over' : ''}`} id={ids.count}>{t('ownWordsCount', count, OWN_WORDS_MAX)}</p>
        <p class="error" id={ids.error} aria-live="polite">{error}</p>
      </div>
    </div>
  );
}
