// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import { SNOOZE_HOUR_MS } from '../../src/core/snooze';
import { EMPTY_STATS, parseStats } from '../../src/core/stats';
import { siteToggleFor } from '../../src/popup/currentSite';
import { Popup, type PopupProps } from '../../src/popup/Popup';
import { fakeClock } from './clock';
import { fixedZone } from './zones';

// Thursday 26 November 2026, 12:00 UTC; the zone is UTC so clock times read as written here.
const NOW = Date.UTC(2026, 10, 26, 12, 0);
const zone = fixedZone(0);
const WHATSAPP = { id: 'whatsapp', name: 'WhatsApp Web' } as const;

const stats = parseStats({
  days: {
    '2026-11-26': { shown: 5, waited: 2, keptEditing: 1, sentAnyway: 2 },
    '2026-11-24': { shown: 2, waited: 0, keptEditing: 0, sentAnyway: 2 },
    '2026-11-20': { shown: 6, waited: 4, keptEditing: 2, sentAnyway: 0 },
    '2026-11-19': { shown: 9, waited: 9, keptEditing: 0, sentAnyway: 0 },
  },
});

let container: HTMLElement;
let clock: ReturnType<typeof fakeClock>;
let props: PopupProps;
let handlers: {
  onSnooze: ReturnType<typeof vi.fn<(until: number) => void>>;
  onUndoSnooze: ReturnType<typeof vi.fn<() => void>>;
  onSiteChange: ReturnType<typeof vi.fn<(on: boolean) => void>>;
  onOpenOptions: ReturnType<typeof vi.fn<() => void>>;
  onOpenPractice: ReturnType<typeof vi.fn<() => void>>;
};

function draw(patch: Partial<PopupProps> = {}): void {
  props = { ...props, ...patch };
  act(() => render(<Popup {...props} />, container));
}

/** Like main.tsx: a snooze or an undo comes back as new props. */
function wireSnooze(): void {
  handlers.onSnooze.mockImplementation((until) => draw({ snoozeUntil: until }));
  handlers.onUndoSnooze.mockImplementation(() => draw({ snoozeUntil: 0 }));
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => text(b) === name);
  if (!found) throw new Error(`No button "${name}" in: ${text(container)}`);
  return found;
}

function tile(id: string): { label: string; value: string } {
  const el = container.querySelector(`[data-stat="${id}"]`);
  return { label: text(el?.querySelector('dt')), value: text(el?.querySelector('dd')) };
}

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...parseSettings(undefined), ...patch };
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  clock = fakeClock(NOW);
  handlers = {
    onSnooze: vi.fn<(until: number) => void>(),
    onUndoSnooze: vi.fn<() => void>(),
    onSiteChange: vi.fn<(on: boolean) => void>(),
    onOpenOptions: vi.fn<() => void>(),
    onOpenPractice: vi.fn<() => void>(),
  };
  props = { now: clock.now, zone, stats, snoozeUntil: 0, settings: settings(), site: WHATSAPP, ...handlers };
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

describe('popup: today at a glance', () => {
  it('shows today’s pauses, the times kept, and the times sent anyway', () => {
    draw();
    expect(tile('shown')).toEqual({ label: 'Pauses shown', value: '5' });
    expect(tile('kept')).toEqual({ label: 'Waited or kept editing', value: '3' });
    expect(tile('sent')).toEqual({ label: 'Sent anyway', value: '2' });
  });

  it('shows zeros on a day without pauses, and moves on at midnight', () => {
    draw({ stats: EMPTY_STATS });
    expect(tile('shown').value).toBe('0');
    draw({ stats, now: () => Date.UTC(2026, 10, 27, 0, 0) });
    expect(tile('shown').value).toBe('0');
    draw({ now: () => Date.UTC(2026, 10, 26, 23, 59, 59) });
    expect(tile('shown').value).toBe('5');
  });

  it('has one h1 and a heading for each section', () => {
    draw();
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    expect([...container.querySelectorAll('h2')].map(text)).toEqual(['Today', 'Last 7 days', 'Take a break', 'This site']);
  });
});

describe('popup: the seven-day chart', () => {
  it('draws seven bars, oldest first, ending today', () => {
    draw();
    const days = [...container.querySelectorAll('svg g.day')];
    expect(days).toHaveLength(7);
    expect(days.map((g) => g.getAttribute('data-date'))).toEqual([
      '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26',
    ]);
    expect(days.map((g) => text(g.querySelector('text')))).toEqual(['Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu']);
  });

  it('stacks kept under sent anyway, scaled to the busiest day', () => {
    draw();
    const height = (date: string, part: string): number =>
      Number(container.querySelector(`g[data-date="${date}"] rect.${part}`)?.getAttribute('height') ?? 0);
    // The 20th (6 kept) is the tallest; the 19th (9) is outside the week and does not count.
    expect(height('2026-11-20', 'kept')).toBe(72);
    expect(height('2026-11-26', 'kept')).toBe(36);
    expect(height('2026-11-26', 'sent')).toBe(24);
    expect(height('2026-11-24', 'sent')).toBe(24);
    expect(container.querySelector('g[data-date="2026-11-24"] rect.kept')).toBeNull();
    expect(container.querySelectorAll('g[data-date="2026-11-22"] rect')).toHaveLength(0);
  });

  it('keeps the drawing from screen readers and gives them a table of the same counts', () => {
    draw();
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const table = container.querySelector('table');
    expect(text(table?.querySelector('caption'))).toMatch(/^Pauses in the last 7 days/);
    expect([...(table?.querySelectorAll('thead th') ?? [])].map(text)).toEqual(['Day', 'Waited or kept editing', 'Sent anyway']);
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.children].map(text));
    expect(rows).toHaveLength(7);
    expect(rows[0]).toEqual(['Friday, November 20', '6', '0']);
    expect(rows[4]).toEqual(['Tuesday, November 24', '0', '2']);
    expect(rows[6]).toEqual(['Thursday, November 26', '3', '2']);
  });

  it('shows counts only: no site, no conversation, no text', () => {
    draw();
    expect(text(container.querySelector('figure'))).not.toMatch(/WhatsApp|Slack|Discord/);
  });
});

describe('popup: snooze', () => {
  it('offers an hour and until tomorrow morning, and says the cards are on', () => {
    draw();
    expect(text(container.querySelector('[role=status]'))).toBe('Pause cards are on.');
    expect(button('Pause nudges for 1 hour')).toBeTruthy();
    expect(button('Until tomorrow morning')).toBeTruthy();
    expect(text(container.querySelector('.snooze .hint'))).toMatch(/“Tomorrow morning” ends at 6:00\sAM\.$/);
  });

  it('snoozes for an hour, shows when it ends, and focuses Undo', () => {
    wireSnooze();
    draw();
    act(() => button('Pause nudges for 1 hour').click());
    expect(handlers.onSnooze).toHaveBeenCalledWith(NOW + SNOOZE_HOUR_MS);
    expect(text(container.querySelector('[role=status]'))).toBe('Snoozed until 1:00 PM. No pause card until then.');
    expect(document.activeElement).toBe(button('Undo'));
    expect(container.querySelector('.snooze')?.textContent).not.toContain('Pause nudges for 1 hour');
  });

  it('undo ends the snooze and puts focus back on the first snooze button', () => {
    wireSnooze();
    draw();
    act(() => button('Pause nudges for 1 hour').click());
    act(() => button('Undo').click());
    expect(handlers.onUndoSnooze).toHaveBeenCalledTimes(1);
    expect(text(container.querySelector('[role=status]'))).toBe('Pause cards are on.');
    expect(document.activeElement).toBe(button('Pause nudges for 1 hour'));
  });

  it('until tomorrow morning ends at the next 6:00 and says “tomorrow”', () => {
    wireSnooze();
    draw();
    act(() => button('Until tomorrow morning').click());
    expect(handlers.onSnooze).toHaveBeenCalledWith(Date.UTC(2026, 10, 27, 6, 0));
    expect(text(container.querySelector('[role=status]'))).toBe('Snoozed until tomorrow, 6:00 AM. No pause card until then.');
  });

  it('opening on a running snooze offers “Resume now”', () => {
    draw({ snoozeUntil: NOW + 20 * 60_000 });
    expect(text(container.querySelector('[role=status]'))).toBe('Snoozed until 12:20 PM. No pause card until then.');
    button('Resume now').click();
    expect(handlers.onUndoSnooze).toHaveBeenCalledTimes(1);
  });

  it('at exactly the end time the snooze is over', () => {
    draw({ snoozeUntil: NOW + 60_000 });
    expect(button('Resume now')).toBeTruthy();
    clock.advance(60_000);
    draw();
    expect(text(container.querySelector('[role=status]'))).toBe('Pause cards are on.');
    expect(button('Pause nudges for 1 hour')).toBeTruthy();
  });
});

describe('popup: this site', () => {
  function siteSwitch(): HTMLInputElement {
    const label = [...container.querySelectorAll('label')].find((l) => text(l) === 'Pause fast sends on WhatsApp Web');
    const input = label ? document.getElementById(label.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`No site switch in: ${text(container)}`);
    return input;
  }
  const siteHint = (): string => text(container.querySelector('section[aria-labelledby="popup-site"] .hint'));

  it('on a known chat site, shows a switch for it that says Steady is active', () => {
    draw();
    expect(siteSwitch().checked).toBe(true);
    expect(siteSwitch().getAttribute('role')).toBe('switch');
    expect(siteHint()).toBe('Active here: a fast message gets a pause.');
  });

  it('passes a flip of the switch on', () => {
    draw();
    act(() => siteSwitch().click());
    expect(handlers.onSiteChange).toHaveBeenCalledWith(false);
  });

  it('says why it is not pausing: off here, off everywhere, or snoozed', () => {
    draw({ settings: settings({ sites: { ...DEFAULT_SETTINGS.sites, whatsapp: false } }) });
    expect(siteSwitch().checked).toBe(false);
    expect(siteHint()).toBe('Off on this site.');
    draw({ settings: settings({ enabled: false }) });
    expect(siteHint()).toBe('Steady is switched off in its settings, on every site.');
    draw({ settings: settings(), snoozeUntil: NOW + 1_000 });
    expect(siteHint()).toBe('On, but snoozed for now.');
  });

  it('elsewhere says plainly that this is not a chat site Steady knows', () => {
    draw({ site: null });
    expect(siteHint()).toBe('Not a chat site Steady knows.');
    expect(container.querySelector('input[role=switch]')).toBeNull();
  });

  it('links to the settings and the practice chat', () => {
    draw();
    const links = [...container.querySelectorAll('nav a')];
    expect(links.map(text)).toEqual(['Settings', 'Practice chat']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['options.html', 'practice.html']);
    act(() => (links[0] as HTMLAnchorElement).click());
    act(() => (links[1] as HTMLAnchorElement).click());
    expect(handlers.onOpenOptions).toHaveBeenCalledTimes(1);
    expect(handlers.onOpenPractice).toHaveBeenCalledTimes(1);
  });
});

describe('popup: which site the tab shows', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://app.slack.com/client/T1/C2', 'slack'],
    ['https://ptb.discord.com/channels/1/2', 'discord'],
  ])('%s is %s', (url, id) => {
    expect(siteToggleFor(url)?.id).toBe(id);
  });

  it.each([undefined, '', 'https://example.com/chat', 'chrome://extensions/', 'about:blank'])('%j is none Steady knows', (url) => {
    expect(siteToggleFor(url)).toBeNull();
  });
});
