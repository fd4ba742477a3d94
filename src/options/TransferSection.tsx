import { useId, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';
import { EXPORT_FILE_NAME, exportSettings, importSettings, MAX_IMPORT_BYTES } from '../core/transfer';
import { t } from '../platform/i18n';
import { downloadText } from './download';
import { ResetControl } from './ResetControl';
import { importProblemText } from './transferWords';

export interface TransferSectionProps {
  /** The settings as saved; what an export writes. */
  settings: Settings;
  /** A file passed every check: replace all settings with it. */
  onImport: (next: Settings) => void;
  onExported: (fileName: string) => void;
  /** `forgetStreaks`: the person also asked to clear the remembered reach-outs. */
  onReset: (forgetStreaks: boolean) => void;
  /** Injected in tests; the page downloads through a Blob link. */
  download?: (fileName: string, text: string) => void;
}

/** Export to a file, import from one (strictly: any doubt refuses the whole file), and reset. */
export function TransferSection({ settings, onImport, onExported, onReset, download = downloadText }: TransferSectionProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const [error, setError] = useState<string | null>(null);

  const exportFile = (): void => {
    download(EXPORT_FILE_NAME, exportSettings(settings));
    onExported(EXPORT_FILE_NAME);
  };

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    let text = '';
    if (file.size <= MAX_IMPORT_BYTES) {
      try {
        text = await file.text();
      } catch {
        setError(importProblemText({ code: 'unreadable' }));
        return;
      }
    }
    const result = importSettings(text, file.size);
    if (!result.ok) {
      setError(importProblemText(result.problem));
      return;
    }
    setError(null);
    onImport(result.settings);
  };

  return (
    <fieldset class="card">
      <legend>{t('transferLegend')}</legend>
      <p class="hint">{t('transferHint')}</p>
      <div class="row">
        <button type="button" class="button" onClick={exportFile}>{t('transferExport')}</button>
      </div>
      <div class="field">
        <label for={id}>{t('transferImportLabel')}</label>
        <div class="control">
          <input
            id={id}
            type="file"
            accept=".json,application/json"
            aria-invalid={error === null ? undefined : 'true'}
            aria-describedby={error === null ? undefined : errorId}
            onChange={(event) => void importFile(event.currentTarget)}
          />
          <p class="error" id={errorId} aria-live="polite">{error}</p>
        </div>
      </div>
      <ResetControl onReset={onReset} />
    </fieldset>
  );
}
