import type { ImportProblem } from '../core/transfer';
import { t } from '../platform/i18n';

/** The sentence for a refused file, followed by the promise that nothing changed. */
export function importProblemText(problem: ImportProblem | { code: 'unreadable' }): string {
  const reason = ((): string => {
    switch (problem.code) {
      case 'tooLarge':
        return t('transferErrorTooLarge', problem.maxKb);
      case 'notJson':
        return t('transferErrorNotJson');
      case 'notSettings':
        return t('transferErrorNotSettings');
      case 'newerVersion':
        return t('transferErrorNewer', problem.version);
      case 'unknownKey':
        // Only the start of a name from the file: a hostile file must not flood the page.
        return t('transferErrorUnknown', problem.field.slice(0, 40));
      case 'missing':
        return t('transferErrorMissing', problem.field);
      case 'wrongType':
        return t('transferErrorType', problem.field);
      case 'outOfRange':
        return t('transferErrorRange', problem.field);
      case 'invalid':
        return t('transferErrorInvalid', problem.field);
      case 'unreadable':
        return t('transferErrorRead');
    }
  })();
  return `${reason} ${t('transferNothingChanged')}`;
}
