import { keptCount, type DayStats } from '../core/stats';
import { t } from '../platform/i18n';
import { count, dayLong, weekdayShort } from './format';

const WIDTH = 280;
const BARS_HEIGHT = 72;
const LABEL_Y = 90;
const SLOT = WIDTH / 7;
const BAR_WIDTH = 22;

/**
 * Seven stacked bars: pauses kept (waited or kept editing) at the bottom, sent anyway on top.
 * Drawn by hand in SVG; the SVG is decoration for the eye, and a visually hidden table carries
 * the same numbers for screen readers. Counts only: no site, no conversation, no text.
 */
export function WeekChart({ days }: { days: readonly DayStats[] }) {
  const tallest = Math.max(1, ...days.map((day) => keptCount(day) + day.sentAnyway));
  const scale = (n: number): number => (n / tallest) * BARS_HEIGHT;
  return (
    <figure class="week">
      <svg class="chart" viewBox={`0 0 ${WIDTH} 96`} width={WIDTH} height={96} aria-hidden="true" focusable="false">
        <line class="baseline" x1={0} x2={WIDTH} y1={BARS_HEIGHT + 0.5} y2={BARS_HEIGHT + 0.5} />
        {days.map((day, index) => {
          const x = index * SLOT + (SLOT - BAR_WIDTH) / 2;
          const kept = scale(keptCount(day));
          const sent = scale(day.sentAnyway);
          return (
            <g class="day" key={day.date} data-date={day.date}>
              {kept > 0 && <rect class="kept" x={x} y={BARS_HEIGHT - kept} width={BAR_WIDTH} height={kept} rx={3} />}
              {sent > 0 && <rect class="sent" x={x} y={BARS_HEIGHT - kept - sent} width={BAR_WIDTH} height={sent} rx={3} />}
              <text class={index === days.length - 1 ? 'today' : 'weekday'} x={index * SLOT + SLOT / 2} y={LABEL_Y} text-anchor="middle">
                {weekdayShort(day.date)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend" aria-hidden="true">
        <li><span class="swatch-kept" />{t('statsKept')}</li>
        <li><span class="swatch-sent" />{t('statsSentAnyway')}</li>
      </ul>
      <table class="visually-hidden">
        <caption>{t('statsChartCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statsTableDay')}</th>
            <th scope="col">{t('statsKept')}</th>
            <th scope="col">{t('statsSentAnyway')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <th scope="row">{dayLong(day.date)}</th>
              <td>{count(keptCount(day))}</td>
              <td>{count(day.sentAnyway)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
