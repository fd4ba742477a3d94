/** The words for a held change: which setting, its new value, and when it takes effect. */
import type { Path } from '../core/looser';
import { siteOf, type SitePath } from '../core/looser';
import type { Schedule } from '../core/schedule';
import { plural, t } from '../platform/i18n';
import { scheduleSummary } from '../ui/schedule';
import { fieldCopy } from './fields';
import { SITE_TOGGLES } from './sites';

export function settingName(path: Path): string {
  if (path.startsWith('sites.')) {
    const id = siteOf(path as SitePath);
    return SITE_TOGGLES.find((site) => site.id === id)?.name ?? id;
  }
  switch (path) {
    case 'limit':
    case 'windowSeconds':
    case 'cooldownMinutes':
    case 'breathSeconds':
    case 'streakReachOuts':
    case 'quietMinutes':
      return fieldCopy(path).label;
    case 'streakEnabled':
      return t('streakEnabledLabel');
    case 'enabled':
      return t('optionsEnabledLabel');
    case 'resetOnReply':
      return t('optionsResetOnReplyLabel');
    case 'schedule':
      return t('scheduleLegend');
    case 'ownWords':
      return t('ownWordsLabel');
    case 'rotateQuestions':
      return t('rotationLabel');
    case 'longerBreath':
      return t('stickLongerBreathLabel');
    case 'typeOwnWords':
      return t('stickTypeOwnWordsLabel');
    case 'holdMe':
      return t('stickHoldLabel');
    case 'holdHours':
      return t('stickHoldDelayLabel');
    default:
      return path;
  }
}

export function hoursText(hours: number): string {
  return plural(hours, 'stickHours_one', 'stickHours_other');
}

export function valueText(path: Path, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'stickValueOn' : 'stickValueOff');
  if (path === 'holdHours') return hoursText(value as number);
  if (path === 'schedule') return scheduleSummary(value as Schedule);
  if (path === 'ownWords') return value === '' ? t('stickValueNoWords') : String(value);
  return new Intl.NumberFormat(t('languageTag')).format(value as number);
}

/** A day and time such as "Tue 21:40", in the page's language and the machine's zone. */
export function whenText(at: number): string {
  return new Intl.DateTimeFormat(t('languageTag'), { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(at));
}
