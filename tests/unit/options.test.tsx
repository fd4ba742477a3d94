// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../../src/core/settings';
import { OptionsForm } from '../../src/options/OptionsForm';
import { SITE_TOGGLES } from '../../src/options/sites';

// main.tsx is the only options module that touches the platform; a fake storage stands in for the browser.
const platform = vi.hoisted(() => {
  type Listener = (changes: { key: string; newValue: unknown }[]) => void;
  const listeners: Listener[] = [];
  return {
    listeners,
    readStorage: vi.fn(async (_area: string, _keys: string): Promise<Record<string, unknown>> => ({})),
    writeStorage: vi.fn(async (_area: string, _items: Record<string, unknown>): Promise<boolean> => true),
    onStorageChange: vi.fn((_area: string, listener: Listener, _signal: AbortSignal): void => {
      listeners.push(listener);
    }),
    // The access notice's calls; access.test.tsx covers the notice.
    missingHostPermissions: vi.fn(async (): Promise<string[]> => []),
    grantHostPermissions: vi.fn(async (): Promise<boolean> => true),
    // The custom-sites section's permission calls; customSites.test.tsx covers them.
    hasHostPermission: vi.fn(async (): Promise<boolean> => false),
    requestHostPermission: vi.fn(async (): Promise<boolean> => false),
    releaseHostPermission: vi.fn(async (): Promise<boolean> => true),
    onPermissionsChange: vi.fn(),
  };
});
vi.mock('../../src/platform/browser', () => ({
  readStorage: platform.readStorage,
  writeStorage: platform.writeStorage,
  onStorageChange: platform.onStorageChange,
  missingHostPermissions: platform.missingHostPermissions,
  grantHostPermissions: platform.grantHostPermissions,
  hasHostPermission: platform.hasHostPermission,
  requestHostPermission: platform.requestHostPermission,
  releaseHostPermission: platform.releaseHostPermission,
  onPermissionsChange: platform.onPermissionsChange,
}));

const LABELS = {
  limit: 'Messages before a pause',
  windowSeconds: 'Time window (seconds)',
  cooldownMinutes: 'Cooldown (minutes)',
  breathSeconds: 'Breath before Send anyway (seconds)',
} as const;

/** The control a <label> with exactly this text names, the way a person or a screen reader finds it. */
function byLabel(root: ParentNode, text: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`No label "${text}"`);
  const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input');
  if (!(control instanceof HTMLInputElement)) throw new Error(`Label "${text}" names no input`);
  return control;
}

/** The text of the elements aria-describedby points to, and those elements. */
function description(input: HTMLInputElement): HTMLElement[] {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`aria-describedby points to missing #${id}`);
    return el;
  });
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r));
  });
}

async function click(input: HTMLInputElement): Promise<void> {
  await act(() => input.click());
  await act(async () => {
    await new Promise((r) => setTimeout(r));
  });
}

function statusText(root: ParentNode): string {
  return root.querySelector('[role=status]')?.textContent?.trim() ?? '';
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...parseSettings(undefined), ...overrides };
}

describe('OptionsForm', () => {
  let container: HTMLElement;
  let save: ReturnType<typeof vi.fn<(next: Settings) => Promise<boolean>>>;

  async function mount(props: { initial?: Settings; subscribe?: (listener: (next: Settings) => void) => () => void } = {}): Promise<void> {
    await act(() => {
      render(
        <OptionsForm initial={props.initial ?? settings()} save={save} sites={SITE_TOGGLES} {...(props.subscribe ? { subscribe: props.subscribe } : {})} />,
        container,
      );
    });
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    save = vi.fn<(next: Settings) => Promise<boolean>>(async () => true);
  });

  afterEach(() => {
    render(null, container);
    container.remove();
  });

  it('names every control by its label and shows the stored values', async () => {
    await mount({ initial: settings({ limit: 6, windowSeconds: 90, cooldownMinutes: 15, breathSeconds: 5 }) });
    expect(byLabel(container, LABELS.limit).value).toBe('6');
    expect(byLabel(container, LABELS.windowSeconds).value).toBe('90');
    expect(byLabel(container, LABELS.cooldownMinutes).value).toBe('15');
    expect(byLabel(container, LABELS.breathSeconds).value).toBe('5');
    const enabled = byLabel(container, 'Pause fast sends');
    expect(enabled.type).toBe('checkbox');
    expect(enabled.checked).toBe(true);
    for (const site of SITE_TOGGLES) expect(byLabel(container, site.name).checked).toBe(true);
    expect(SITE_TOGGLES.map((s) => s.id)).toEqual(['whatsapp', 'messenger', 'instagram', 'slack', 'discord', 'telegramK', 'telegramA', 'googlechat', 'teams', 'linkedin', 'x', 'googlemessages', 'element']);
    expect(byLabel(container, 'Reset the count when they reply').checked).toBe(true);
  });

  it('gives each number field a hint with its range, grouped in fieldsets', async () => {
    await mount();
    for (const label of Object.values(LABELS)) {
      const input = byLabel(container, label);
      expect(input.closest('fieldset')?.querySelector('legend')?.textContent).toBeTruthy();
      expect(description(input).map((el) => el.textContent).join(' ')).toMatch(/From \d+ to \d+\./);
      expect(input.getAttribute('aria-invalid')).toBeNull();
    }
  });

  it('links to the practice chat, says what it keeps private, and has a polite status line', async () => {
    await mount();
    const link = [...container.querySelectorAll('a')].find((a) => a.textContent === 'Try the practice chat');
    expect(link?.getAttribute('href')).toBe('practice.html');
    expect(container.querySelector('.lead')?.textContent).toBe(
      'When you are texting someone too fast, Steady puts a short pause before your next message and asks: Have they proven reliable?',
    );
    expect(container.querySelector('.lead q')?.textContent).toBe('Have they proven reliable?');
    expect(link?.parentElement?.textContent).toBe('Try the practice chat to feel the pause with your settings, without messaging anyone.');
    expect(container.textContent).toMatch(/only checks whether the message box is empty/);
    expect(container.textContent).toMatch(/no network requests/);
    expect(container.querySelector('[role=status]')).not.toBeNull();
    expect(statusText(container)).toBe('');
  });

  it('saves a valid value once, as the whole settings object, and says Saved', async () => {
    await mount();
    await type(byLabel(container, LABELS.limit), '7');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ ...settings(), limit: 7 });
    expect(statusText(container)).toBe('Saved');
  });

  it.each([
    ['', 'Enter a whole number from 1 to 50.'],
    ['-3', 'Enter a whole number from 1 to 50.'],
    ['abc', '“abc” is not a number. Enter a whole number from 1 to 50.'],
    ['not a number at all', '“not a number” is not a number. Enter a whole number from 1 to 50.'],
    ['2.5', 'Use a whole number from 1 to 50 (no decimals).'],
    ['999', 'Enter a whole number from 1 to 50.'],
  ])('refuses %j next to the field and saves nothing', async (text, sentence) => {
    await mount();
    const input = byLabel(container, LABELS.limit);
    await type(input, text);
    expect(save).not.toHaveBeenCalled();
    expect(input.value).toBe(text);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = description(input).find((el) => el.textContent === sentence);
    expect(message, 'aria-describedby reaches the message').toBeDefined();
    expect(message?.getAttribute('aria-live') ?? message?.getAttribute('role')).toBeTruthy();
    // Next to the field: in the same field block as the input.
    expect(input.closest('.field')?.contains(message ?? null)).toBe(true);
    expect(statusText(container)).toBe('');
  });

  it('names the breath field after the card’s button and states each range', async () => {
    await mount();
    const breath = byLabel(container, LABELS.breathSeconds);
    expect(description(breath).map((el) => el.textContent).join(' ')).toBe(
      'From 0 to 30. Send anyway unlocks after this many seconds, time for one slow breath. 0 unlocks it at once.',
    );
    expect(description(byLabel(container, LABELS.windowSeconds))[0]?.textContent).toBe(
      'From 10 to 3600. Messages to the same chat within this span count together.',
    );
  });

  it('refuses out-of-range values in every number field', async () => {
    await mount();
    for (const [field, text] of [['windowSeconds', '5'], ['cooldownMinutes', '0'], ['breathSeconds', '31']] as const) {
      const input = byLabel(container, LABELS[field]);
      await type(input, text);
      expect(input.getAttribute('aria-invalid')).toBe('true');
    }
    expect(save).not.toHaveBeenCalled();
  });

  it('clears the message and saves once the value is fixed', async () => {
    await mount();
    const input = byLabel(container, LABELS.limit);
    await type(input, 'abc');
    await type(input, '12');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(description(input).some((el) => el.textContent?.includes('not a number'))).toBe(false);
    expect(container.querySelector('.error')?.textContent ?? '').toBe('');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ ...settings(), limit: 12 });
  });

  it('builds each save on the previous one', async () => {
    await mount();
    await type(byLabel(container, LABELS.windowSeconds), '120');
    await type(byLabel(container, LABELS.breathSeconds), '0');
    expect(save).toHaveBeenLastCalledWith({ ...settings(), windowSeconds: 120, breathSeconds: 0 });
  });

  it('does not save a value that is already stored', async () => {
    await mount();
    await type(byLabel(container, LABELS.limit), '04');
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a site switch', async () => {
    await mount();
    const slack = byLabel(container, 'Slack');
    await click(slack);
    expect(slack.checked).toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ ...settings(), sites: { ...DEFAULT_SETTINGS.sites, slack: false } });
    expect(statusText(container)).toBe('Saved');
  });

  it('saves "Reset the count when they reply", and shows it off once saved off', async () => {
    await mount();
    const toggle = byLabel(container, 'Reset the count when they reply');
    await click(toggle);
    expect(toggle.checked).toBe(false);
    expect(save).toHaveBeenCalledWith({ ...settings(), resetOnReply: false });
    expect(description(toggle).map((el) => el.textContent).join(' ')).toMatch(/writes back/);
  });

  it('saves the on/off switch', async () => {
    await mount();
    await click(byLabel(container, 'Pause fast sends'));
    expect(save).toHaveBeenCalledWith({ ...settings(), enabled: false });
  });

  it('says so when the browser refuses the write', async () => {
    save.mockResolvedValue(false);
    await mount();
    await type(byLabel(container, LABELS.limit), '5');
    expect(statusText(container)).toMatch(/^Not saved/);
  });

  describe('changes from another options page', () => {
    let push: (next: Settings) => void = () => {};
    const subscribe = (listener: (next: Settings) => void): (() => void) => {
      push = listener;
      return () => {
        push = () => {};
      };
    };

    async function arrive(next: Settings): Promise<void> {
      await act(() => push(next));
    }

    it('show up in the form and become the base of the next save', async () => {
      await mount({ subscribe });
      await arrive(settings({ limit: 9, sites: { ...DEFAULT_SETTINGS.sites, discord: false } }));
      expect(byLabel(container, LABELS.limit).value).toBe('9');
      expect(byLabel(container, 'Discord').checked).toBe(false);
      await type(byLabel(container, LABELS.cooldownMinutes), '30');
      expect(save).toHaveBeenCalledWith(settings({ limit: 9, cooldownMinutes: 30, sites: { ...DEFAULT_SETTINGS.sites, discord: false } }));
    });

    it('never overwrite an invalid draft still to be fixed', async () => {
      await mount({ subscribe });
      const input = byLabel(container, LABELS.limit);
      await type(input, 'abc');
      await arrive(settings({ limit: 9 }));
      expect(input.value).toBe('abc');
      expect(input.getAttribute('aria-invalid')).toBe('true');
    });

    it('wait until the person leaves the field they are typing in', async () => {
      await mount({ subscribe });
      const input = byLabel(container, LABELS.limit);
      await act(() => input.focus());
      await type(input, '1');
      await arrive(settings({ limit: 8 }));
      expect(input.value).toBe('1');
      await act(() => input.blur());
      expect(input.value).toBe('8');
    });

    it('stop when the form goes away', async () => {
      const unsubscribe = vi.fn();
      await mount({ subscribe: () => unsubscribe });
      await act(() => render(null, container));
      expect(unsubscribe).toHaveBeenCalledTimes(1);
    });
  });
});

describe('options page entry (main.tsx)', () => {
  it('loads stored settings, saves under the settings key, and follows storage changes', async () => {
    platform.readStorage.mockResolvedValue({ [SETTINGS_KEY]: { limit: 9, enabled: false } });
    document.body.innerHTML = '<div id="app"></div>';
    await act(async () => {
      await import('../../src/options/main');
    });
    await vi.waitFor(() => expect(byLabel(document, LABELS.limit).value).toBe('9'));
    expect(platform.readStorage).toHaveBeenCalledWith('sync', SETTINGS_KEY);
    expect(byLabel(document, 'Pause fast sends').checked).toBe(false);

    await type(byLabel(document, LABELS.windowSeconds), '30');
    expect(platform.writeStorage).toHaveBeenCalledWith('sync', { [SETTINGS_KEY]: settings({ limit: 9, enabled: false, windowSeconds: 30 }) });

    // One listener for the settings, one for the custom-sites list, one for the held changes.
    await vi.waitFor(() => expect(platform.listeners.length).toBe(3));
    await act(() => {
      for (const listener of platform.listeners) {
        listener([
          { key: 'unrelated', newValue: 1 },
          { key: SETTINGS_KEY, newValue: { limit: 3, windowSeconds: 'garbage' } },
        ]);
      }
    });
    expect(byLabel(document, LABELS.limit).value).toBe('3');
    // A corrupt stored field falls back to its default rather than breaking the page.
    expect(byLabel(document, LABELS.windowSeconds).value).toBe('60');
    expect(byLabel(document, 'Pause fast sends').checked).toBe(true);
  });
});
