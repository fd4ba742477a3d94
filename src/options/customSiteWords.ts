import { MAX_CUSTOM_SITES, type PatternVerdict } from '../core/customSites';
import { t } from '../platform/i18n';

/** The sentence for a refused address: what was wrong and what to do instead. */
export function patternProblemText(verdict: Extract<PatternVerdict, { ok: false }>): string {
  switch (verdict.problem) {
    case 'empty':
      return t('customProblemEmpty');
    case 'tooLong':
      return t('customProblemTooLong');
    case 'notWeb':
      return t('customProblemNotWeb');
    case 'allSites':
      return t('customProblemAllSites');
    case 'invalidHost':
      return t('customProblemInvalid', verdict.input);
    case 'builtIn':
      return t('customProblemBuiltIn', verdict.site ?? verdict.host ?? verdict.input);
    case 'duplicate':
      return t('customProblemDuplicate', verdict.host ?? verdict.input);
    case 'full':
      return t('customProblemFull', MAX_CUSTOM_SITES);
  }
}
