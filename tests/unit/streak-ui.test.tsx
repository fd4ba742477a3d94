// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardActions, type CardModel } from '../../src/content/card/Card';
import { DEFAULT_SCHEDULE } from '../../src/core/schedule';
import { parseSettings, type Settings } from '../../src/core/settings';
import { parseStats } from '../../src/core/stats';
import { OptionsForm } from '../../src/options/OptionsForm';
import { SITE_TOGGLES } from '../../src/options/sites';
import { STREAK_SITES } from '../../src/options/streakSites';
import { Popup, type PopupProps } from '../../src/popup/Popup';
import { fixedZone } from './zones';

vi.mock('../../src/platform/browser', () => ({}));

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

let container: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
  vi.useRealTimers();
});

const streakPause: CardModel = {
  phase: 'ask', reason: 'streak', count: 0, spanMs: 0, cooldownLeftMs: 0, breathSeconds: 0, cooldownMinutes: 10,
  siteName: 'WhatsApp Web', question: 'reliable', ownWords: '', schedule: DEFAULT_SCHEDULE,
  streak: { reachOuts: 3, agoMs: 4 * 3_600_000 + 20 * 60_000, waiting: false },
};

function buttons(): string[] {
  return [...container.querySelectorAll('button')].map((b) => text(b));
}

describe('the card on a streak pause', () => {
  let actions: { [K in keyof CardActions]-?: ReturnType<typeof vi.fn> };
  const show = (model: CardModel): void => {
    act(() => render(<Card model={model} actions={actions as unknown as CardActions} />, container));
  };
  beforeEach(() => {
    actions = { sendAnyway: vi.fn(), keepEditing: vi.fn(), wait: vi.fn(), answer: vi.fn() };
  });

  it('says how many times and how long ago they last wrote, still asks the question, and offers "Wait until they reply"', () => {
    show(streakPause);
    expect(text(container.querySelector('.count'))).toBe("You've reached out 3 times since they last wrote. They last wrote 4 hours ago.");
    expect(text(container.querySelector('h2'))).toBe('Have they proven reliable?');
    expect(buttons()).toEqual(['Wait until they reply', 'Keep editing', 'Send anyway']);
  });

  it('leaves out when they wrote if Steady did not see it, and says so when a wait is on', () => {
    show({ ...streakPause, streak: { reachOuts: 3, agoMs: 0, waiting: false } });
    expect(text(container.querySelector('.count'))).toBe("You've reached out 3 times since they last wrote.");
    show({ ...streakPause, streak: { reachOuts: 3, agoMs: 25 * 60_000, waiting: true } });
    expect(text(container.querySelector('.count'))).toBe('You chose to wait until they reply. They last wrote 25 minutes ago.');
  });

  it('a burst pause keeps "Wait N minutes"', () => {
    const { streak: _, ...burst } = streakPause;
    show({ ...burst, reason: 'limit', count: 4, spanMs: 30_000 });
    expect(buttons()[0]).toBe('Wait 10 minutes');
  });

  it('"Yes, they have" and "Not sure yet" only open a line of the matching step: no send, no close, nothing blocked', () => {
    show(streakPause);
    const radios = [...container.querySelectorAll<HTMLInputElement>('.answers input[type=radio]')];
    expect(radios.map((r) => text(r.closest('label')))).toEqual(['Yes, they have', 'Not sure yet']);
    expect(container.querySelector('.answer-line')).toBeNull();
    act(() => radios[0]?.click());
    expect(text(container.querySelector('.answer-line'))).toMatch(/no need to reach out again/);
    act(() => radios[1]?.click());
    expect(text(container.querySelector('.answer-line'))).toMatch(/what they do rather than what they say.*gut/);
    expect(actions.answer.mock.calls).toEqual([['yes'], ['notSure']]);
    expect(actions.sendAnyway).not.toHaveBeenCalled();
    expect(actions.keepEditing).not.toHaveBeenCalled();
    expect(actions.wait).not.toHaveBeenCalled();
    expect([...container.querySelectorAll('button')].every((b) => !b.disabled)).toBe(true);
  });

  it('offers the answers only under "Have they proven reliable?"', () => {
    show({ ...streakPause, question: 'gut' });
    expect(container.querySelector('.answers')).toBeNull();
  });
});

describe('the popup', () => {
  const NOW = Date.UTC(2026, 10, 26, 12);
  const base = (settings: Settings, site: PopupProps['site']): PopupProps => ({
    now: () => NOW, zone: fixedZone(0), snoozeUntil: 0, settings, site,
    stats: parseStats({ days: {
      '2026-11-26': { shown: 3, waited: 1, keptEditing: 0, sentAnyway: 2, streakShown: 2, streakReplied: 1, answerYes: 1 },
      '2026-11-24': { shown: 1, waited: 1, keptEditing: 0, sentAnyway: 0, streakShown: 1, answerNotSure: 2 },
      '2026-11-01': { shown: 9, waited: 9, keptEditing: 0, sentAnyway: 0, streakShown: 9 },
    } }),
    onSnooze: vi.fn(), onUndoSnooze: vi.fn(), onSiteChange: vi.fn(), onOpenOptions: vi.fn(), onOpenPractice: vi.fn(),
  });
  const row = (id: string): string => text(container.querySelector(`[data-stat="${id}"] dd`));
  const streakHint = (): string => text(container.querySelector('[data-streak]'));

  it('shows reach-outs paused this week, how many they answered first, and the answers', () => {
    act(() => render(<Popup {...base(parseSettings(undefined), null)} />, container));
    expect([row('streak-paused'), row('streak-replied'), row('answer-yes'), row('answer-not-sure')]).toEqual(['3', '1', '1', '2']);
    expect(text(container.querySelector('[data-stat="streak-paused"] dt'))).toBe('Reach-outs paused this week');
  });

  it('"This site" says whether the streak rule applies here, and never claims it where replies are not recognised', () => {
    act(() => render(<Popup {...base(parseSettings(undefined), { id: 'whatsapp', name: 'WhatsApp Web' })} />, container));
    expect(streakHint()).toBe('Unanswered reach-outs are paused here too.');
    act(() => render(<Popup {...base({ ...parseSettings(undefined), streakEnabled: false }, { id: 'whatsapp', name: 'WhatsApp Web' })} />, container));
    expect(streakHint()).toBe('Pausing unanswered reach-outs is switched off.');
    act(() => render(<Popup {...base(parseSettings(undefined), { id: 'instagram', name: 'Instagram' })} />, container));
    expect(streakHint()).toBe('Steady cannot recognise replies here, so only fast messages are paused.');
  });
});

describe('the options page', () => {
  let save: ReturnType<typeof vi.fn<(next: Settings) => Promise<boolean>>>;
  let clearStreaks: ReturnType<typeof vi.fn<() => void>>;
  const settle = async (): Promise<void> => act(async () => {
    await Promise.resolve();
  });
  function byLabel(label: string): HTMLInputElement {
    const found = [...container.querySelectorAll('label')].find((l) => text(l) === label);
    const input = found?.htmlFor ? document.getElementById(found.htmlFor) : null;
    if (!(input instanceof HTMLInputElement)) throw new Error(`No "${label}" in ${text(container)}`);
    return input;
  }
  async function mount(): Promise<void> {
    await act(() => render(<OptionsForm initial={parseSettings(undefined)} save={save} sites={SITE_TOGGLES} clearStreaks={clearStreaks} />, container));
  }
  beforeEach(() => {
    save = vi.fn(async () => true);
    clearStreaks = vi.fn();
  });

  it('has the three settings by their exact names, with their defaults', async () => {
    await mount();
    expect(byLabel("Pause when they haven't replied").checked).toBe(true);
    expect(byLabel('Reach-outs without a reply before a pause').value).toBe('2');
    expect(byLabel('Quiet time between reach-outs (minutes)').value).toBe('5');
  });

  it('names exactly the sites where the rule can work', async () => {
    await mount();
    const line = [...container.querySelectorAll('p.hint')].map(text).find((t) => t.startsWith('Works on'));
    expect(STREAK_SITES.map((s) => s.id)).toEqual(['whatsapp', 'messenger', 'slack', 'discord', 'telegramK', 'telegramA', 'teams', 'linkedin', 'googlemessages', 'element']);
    expect(line).toBe('Works on WhatsApp Web, Messenger, Slack, Discord, Telegram Web K, Telegram Web A, Microsoft Teams, LinkedIn, Google Messages, and Element: the sites where Steady recognises replies. Elsewhere only fast messages are paused.');
  });

  it('saves a valid value and refuses an invalid one with a message next to the field', async () => {
    await mount();
    const quiet = byLabel('Quiet time between reach-outs (minutes)');
    await act(() => {
      quiet.value = '241';
      quiet.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(quiet.getAttribute('aria-invalid')).toBe('true');
    expect(text(container)).toContain('Enter a whole number from 1 to 240.');
    expect(save).not.toHaveBeenCalled();
    const reachOuts = byLabel('Reach-outs without a reply before a pause');
    await act(() => {
      reachOuts.value = '3';
      reachOuts.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ streakReachOuts: 3, quietMinutes: 5 }));
    await act(() => byLabel("Pause when they haven't replied").click());
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ streakEnabled: false }));
  });

  it('"Reset to defaults" offers to forget the streaks too, and only does when asked', async () => {
    await mount();
    const reset = (): HTMLButtonElement => [...container.querySelectorAll('button')].find((b) => text(b) === 'Reset to defaults') as HTMLButtonElement;
    const confirm = (): HTMLButtonElement => [...container.querySelectorAll('button.danger')][0] as HTMLButtonElement;
    await act(() => reset().click());
    const box = byLabel('Also forget the unanswered reach-outs Steady remembers');
    expect(box.checked).toBe(false);
    await act(() => confirm().click());
    expect(clearStreaks).not.toHaveBeenCalled();
    await act(() => reset().click());
    await act(() => byLabel('Also forget the unanswered reach-outs Steady remembers').click());
    await act(() => confirm().click());
    expect(clearStreaks).toHaveBeenCalledTimes(1);
  });
});
