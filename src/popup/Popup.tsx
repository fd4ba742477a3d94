import type { Settings } from '../core/settings';
import { isSnoozed } from '../core/snooze';
import { lastSevenDays, type Stats } from '../core/stats';
import { systemZone, type Zone } from '../core/zone';
import type { SiteToggle } from '../options/sites';
import { whenText } from '../options/pendingWords';
import { t } from '../platform/i18n';
import type { HealthInfo } from './HealthPanel';
import { SitePanel } from './SitePanel';
import { SnoozePanel } from './SnoozePanel';
import { StreakWeek } from './StreakWeek';
import { Today } from './Today';
import { WeekBends } from './WeekBends';
import { WeekChart } from './WeekChart';

export interface PopupProps {
  /** The clock; read at each render and at each snooze button. */
  now: () => number;
  /** Where "today" and "6:00" are; the machine's zone unless a test says otherwise. */
  zone?: Zone;
  stats: Stats;
  snoozeUntil: number;
  settings: Settings;
  site: SiteToggle | null;
  /** The current tab's site health, when there is a tab to ask. */
  health?: HealthInfo | undefined;
  onSnooze: (until: number) => void;
  onUndoSnooze: () => void;
  onSiteChange: (on: boolean) => void;
  /** When a site switch just held back by "Hold me to my settings" takes effect; absent when none was. */
  heldUntil?: number | null;
  onOpenOptions: () => void;
  onOpenPractice: () => void;
}

/** A link that the popup handles itself: extension pages open in a tab and the popup closes. */
function PageLink({ href, label, onOpen }: { href: string; label: string; onOpen: () => void }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      {label}
    </a>
  );
}

/** The toolbar popup: today, the week, a snooze, and this site's switch. Everything arrives as props. */
export function Popup(props: PopupProps) {
  const zone = props.zone ?? systemZone;
  const now = props.now();
  const week = lastSevenDays(props.stats, now, zone);
  const today = week[week.length - 1];
  return (
    <main class="popup">
      <header class="top">
        <img src="icons/icon-32.png" alt="" width={24} height={24} />
        <h1>{t('extensionName')}</h1>
      </header>

      <section aria-labelledby="popup-today">
        <h2 id="popup-today">{t('statsTodayHeading')}</h2>
        {today && <Today day={today} />}
      </section>

      <section aria-labelledby="popup-week">
        <h2 id="popup-week">{t('statsWeekHeading')}</h2>
        <WeekChart days={week} />
        <WeekBends days={week} />
        <StreakWeek days={week} />
      </section>

      <section aria-labelledby="popup-snooze">
        <h2 id="popup-snooze">{t('snoozeHeading')}</h2>
        <SnoozePanel snoozeUntil={props.snoozeUntil} now={props.now} zone={zone} onSnooze={props.onSnooze} onUndo={props.onUndoSnooze} />
      </section>

      <section aria-labelledby="popup-site">
        <h2 id="popup-site">{t('popupSiteHeading')}</h2>
        <SitePanel site={props.site} settings={props.settings} snoozed={isSnoozed(props.snoozeUntil, now)} onChange={props.onSiteChange} health={props.health} />
        {props.heldUntil ? <p class="hint" role="status">{t('stickPopupHeld', whenText(props.heldUntil))}</p> : null}
      </section>

      <nav class="links" aria-label={t('popupLinksLabel')}>
        <PageLink href="options.html" label={t('popupOptionsLink')} onOpen={props.onOpenOptions} />
        <PageLink href="practice.html" label={t('popupPracticeLink')} onOpen={props.onOpenPractice} />
      </nav>
    </main>
  );
}
