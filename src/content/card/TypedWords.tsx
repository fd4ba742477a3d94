import { useId, useState } from 'preact/hooks';
import { wordsMatch } from '../../core/typedWords';
import { t } from '../../platform/i18n';

/**
 * "Type my own words to send anyway": a field for the person's own line, typed, not pasted.
 * Typing them is the effort that makes the pause hold; case and spacing are forgiven.
 */
export function TypedWords({ ownWords, onMatch }: { ownWords: string; onMatch: (matched: boolean) => void }) {
  const id = useId();
  const [matched, setMatched] = useState(false);
  const [refused, setRefused] = useState(false);
  const refuse = (event: Event): void => {
    event.preventDefault();
    setRefused(true);
  };
  return (
    <div class="typed-words">
      <label for={id}>{t('stickTypeLabel')}</label>
      <input
        id={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-state`}
        onPaste={refuse}
        onDrop={refuse}
        onInput={(event) => {
          const now = wordsMatch(event.currentTarget.value, ownWords);
          setMatched(now);
          onMatch(now);
        }}
      />
      <p id={`${id}-state`} class="typed-state" aria-live="polite">
        {matched ? t('stickTypeMatched') : refused ? t('stickTypeNoPaste') : t('stickTypeHint')}
      </p>
    </div>
  );
}
