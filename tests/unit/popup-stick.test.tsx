// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { EMPTY_DAY, parseStats } from '../../src/core/stats';
import { Popup, type PopupProps } from '../../src/popup/Popup';
import { useMount } from './mount';
import { fixedZone } from './zones';

const NOW = Date.UTC(2026, 10, 26, 12, 0);
const view = useMount();

function draw(patch: Partial<PopupProps>): void {
  const props: PopupProps = {
    now: () => NOW, zone: fixedZone(0), stats: parseStats({ days: {} }), snoozeUntil: 0, settings: DEFAULT_SETTINGS,
    site: { id: 'whatsapp', name: 'WhatsApp Web' }, onSnooze: vi.fn(), onUndoSnooze: vi.fn(), onSiteChange: vi.fn(),
    onOpenOptions: vi.fn(), onOpenPractice: vi.fn(), ...patch,
  };
  view.render(<Popup {...props} />);
}

const rows = (): string[][] => [...view.container.querySelectorAll('table.bends tr')].map((tr) => [...tr.children].map((cell) => cell.textContent ?? ''));


describe('popup: a trace when the rules bent', () => {
  it('shows nothing extra in a week without snoozes or looser settings', () => {
    draw({ stats: parseStats({ days: { '2026-11-26': { ...EMPTY_DAY, shown: 3, sentAnyway: 1 } } }) });
    expect(view.container.querySelector('table.bends')).toBeNull();
  });

  it('shows snoozes and looser settings per day, counts only', () => {
    draw({ stats: parseStats({ days: { '2026-11-26': { ...EMPTY_DAY, snoozed: 2 }, '2026-11-24': { ...EMPTY_DAY, loosened: 1 } } }) });
    expect(view.container.querySelector('table.bends caption')?.textContent).toBe('When the rules bent');
    const [, snoozed, loosened] = rows();
    expect(snoozed).toEqual(['Snoozes', '0', '0', '0', '0', '0', '0', '2']);
    expect(loosened).toEqual(['Looser settings', '0', '0', '0', '0', '1', '0', '0']);
  });

  it('says when a site switch held back by the hold takes effect', () => {
    draw({ heldUntil: NOW + 3_600_000 });
    expect(view.container.textContent).toMatch(/Held: switching it off makes Steady looser, so it takes effect .+\. You can cancel it in the settings\./);
    draw({ heldUntil: null });
    expect(view.container.textContent).not.toMatch(/Held:/);
  });
});
