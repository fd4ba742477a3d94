import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { parseNumberInput } from '../core/numberInput';
import type { NumberField as Field } from '../core/settings';
import { problemText } from './fields';

export interface NumberFieldProps {
  field: Field;
  label: string;
  hint: string;
  /** The stored value. Shown unless the person is typing here or has left an invalid draft. */
  value: number;
  /** Called with each valid entry; invalid text never leaves this component. */
  onValid: (value: number) => void;
  /** Saves only when the entry is done (Enter or leaving the field), not at each key: "Hold me to my settings" judges the whole number. */
  onDone?: boolean;
}

/**
 * A text box, not type=number: a number input hides "abc" and "" alike from `.value`,
 * so the person could not be told what was wrong.
 */
export function NumberField({ field, label, hint, value, onValid, onDone = false }: NumberFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);

  // A change from another options page shows here, but never under the caret and never over a draft still to fix.
  useEffect(() => {
    if (!focused.current && error === null) setText(String(value));
  }, [value, error]);

  const onInput = (next: string): void => {
    setText(next);
    const verdict = parseNumberInput(field, next);
    if (!verdict.ok) {
      setError(problemText(verdict));
      return;
    }
    setError(null);
    if (!onDone) onValid(verdict.value);
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <p class="hint" id={hintId}>{hint}</p>
      <div class="control">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error === null ? undefined : 'true'}
          aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
          onInput={(event) => onInput(event.currentTarget.value)}
          onChange={(event) => {
            const verdict = parseNumberInput(field, event.currentTarget.value);
            if (onDone && verdict.ok) onValid(verdict.value);
          }}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            // Show the stored form of what was typed (" 07" becomes "7"), or a newer value that arrived meanwhile.
            if (error === null) setText(String(value));
          }}
        />
        {/* Always in the page, so screen readers have a live region to announce changes from. */}
        <p class="error" id={errorId} aria-live="polite">
          {error}
        </p>
      </div>
    </div>
  );
}
