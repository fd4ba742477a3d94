import { useId } from 'preact/hooks';

export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: string;
  disabled?: boolean;
}

/** A native checkbox with switch semantics: keyboard, forms and assistive tech work as they always do. */
export function Toggle({ label, checked, onChange, description, disabled }: ToggleProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div class="toggle">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={description === undefined ? undefined : descriptionId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {description !== undefined && (
        <p class="hint" id={descriptionId}>
          {description}
        </p>
      )}
    </div>
  );
}
