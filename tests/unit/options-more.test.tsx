// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../src/core/settings';
import { exportSettings, MAX_IMPORT_BYTES } from '../../src/core/transfer';
import { downloadText } from '../../src/options/download';
import { OptionsForm } from '../../src/options/OptionsForm';
import { OWN_WORDS_SAVE_DELAY_MS } from '../../src/options/OwnWordsField';
import { SITE_TOGGLES } from '../../src/options/sites';

/** The control a <label> with exactly this text names, the way a person or a screen reader finds it. */
function byLabel(text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error(`No label "${text}" in: ${container.textContent}`);
  const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input');
  if (!(control instanceof HTMLInputElement)) throw new Error(`Label "${text}" names no input`);
  return control;
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

function queryButton(name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
}

/** The texts aria-describedby points to. */
function described(element: Element): string[] {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`aria-describedby points to missing #${id}`);
    return el.textContent ?? '';
  });
}

const settle = (): Promise<void> => act(async () => {
  await new Promise((r) => setTimeout(r));
});

async function type(input: HTMLInputElement, text: string): Promise<void> {
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

async function blur(input: HTMLInputElement): Promise<void> {
  await act(() => {
    input.dispatchEvent(new FocusEvent('blur'));
  });
  await settle();
}

async function press(target: HTMLElement): Promise<void> {
  await act(() => target.click());
  await settle();
}

function statusText(): string {
  return container.querySelector('[role=status]')?.textContent?.trim() ?? '';
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...parseSettings(undefined), ...overrides };
}

// jsdom's File cannot read itself as text; browsers' can.
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
if (!('text' in File.prototype)) {
  Object.defineProperty(File.prototype, 'text', { configurable: true, writable: true, value(this: File) { return readBlob(this); } });
}

/** Chooses `file` in the import picker, as a person would through the file dialog. */
async function choose(file: File): Promise<void> {
  const input = byLabel('Import settings from a file');
  const answer = (): string => JSON.stringify([described(input), save.mock.calls.length, statusText()]);
  const before = answer();
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // Reading the file is asynchronous: wait until the page has answered (an error, a save or a note).
  await vi.waitFor(() => expect(answer()).not.toBe(before));
  await settle();
}

const jsonFile = (text: string): File => new File([text], 'steady-settings.json', { type: 'application/json' });

let container: HTMLElement;
let save: ReturnType<typeof vi.fn<(next: Settings) => Promise<boolean>>>;

async function mount(initial: Settings = settings()): Promise<void> {
  await act(() => {
    render(<OptionsForm initial={initial} save={save} sites={SITE_TOGGLES} />, container);
  });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  save = vi.fn<(next: Settings) => Promise<boolean>>(async () => true);
});

afterEach(() => {
  // Inside act, so Preact's pending effects run now, not after jsdom is gone (cancelAnimationFrame would be missing).
  act(() => render(null, container));
  container.remove();
  vi.restoreAllMocks();
});

describe('options: schedule', () => {
  const nights = { mode: 'hours', from: '22:00', to: '06:00', days: [5, 6] } as const;

  it('nudges at any time by default, and says so in one line', async () => {
    await mount();
    expect(byLabel('Any time').checked).toBe(true);
    expect(byLabel('Only at certain times').checked).toBe(false);
    expect(byLabel('Any time').name).toBe(byLabel('Only at certain times').name);
    expect(container.querySelector('.summary')?.textContent).toBe('Nudges at any time');
    expect(container.querySelector('input[type=time]')).toBeNull();
  });

  it('choosing certain times saves once and shows labelled times and days', async () => {
    await mount();
    await press(byLabel('Only at certain times'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(settings({ schedule: { ...DEFAULT_SETTINGS.schedule, mode: 'hours' } }));
    expect(byLabel('Starts at').value).toBe('22:00');
    expect(byLabel('Ends at').value).toBe('06:00');
    expect(byLabel('Ends at').type).toBe('time');
    expect(described(byLabel('Starts at')).join(' ')).toMatch(/belongs to the day it starts on/);
    expect(byLabel('Monday').checked).toBe(true);
    expect(byLabel('Sunday').closest('fieldset')?.querySelector('legend')?.textContent).toBe('On these days');
    expect(container.querySelector('.summary')?.textContent).toBe('Nudges only 22:00–06:00, every day');
    expect(statusText()).toBe('Saved');
  });

  it('saves each valid change and updates the summary', async () => {
    await mount(settings({ schedule: nights }));
    await type(byLabel('Starts at'), '21:30');
    expect(save).toHaveBeenLastCalledWith(settings({ schedule: { ...nights, from: '21:30' } }));
    await press(byLabel('Thursday'));
    expect(save).toHaveBeenLastCalledWith(settings({ schedule: { ...nights, from: '21:30', days: [4, 5, 6] } }));
    expect(save).toHaveBeenCalledTimes(2);
    expect(container.querySelector('.summary')?.textContent).toBe('Nudges only 21:30–06:00, Thu–Sat');
  });

  it.each([
    ['Starts at', '', 'Enter a time such as 22:00.'],
    ['Ends at', '', 'Enter a time such as 22:00.'],
    ['Ends at', '22:00', 'Start and end are the same. Choose two different times.'],
  ])('refuses %s = %j next to the field and saves nothing', async (label, value, message) => {
    await mount(settings({ schedule: nights }));
    const input = byLabel(label);
    await type(input, value);
    expect(save).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(described(input)).toContain(message);
    expect(input.closest('.field')?.textContent).toContain(message);
    expect(container.querySelector('.summary')?.textContent).toBe('Nudges only 22:00–06:00, Fri–Sat');
  });

  it('refuses a schedule without days, then saves once it has one again', async () => {
    await mount(settings({ schedule: { ...nights, days: [5] } }));
    await press(byLabel('Friday'));
    expect(save).not.toHaveBeenCalled();
    const message = 'Choose at least one day.';
    expect(described(byLabel('Monday'))).toEqual([message]);
    expect(byLabel('Monday').getAttribute('aria-invalid')).toBe('true');
    expect(described(byLabel('Monday').closest('fieldset') as HTMLElement)).toEqual([message]);
    await press(byLabel('Sunday'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(settings({ schedule: { ...nights, days: [0] } }));
    expect(byLabel('Monday').getAttribute('aria-invalid')).toBeNull();
    expect(container.textContent).not.toContain(message);
  });

  it('going back to any time keeps the hours for later and drops an unfinished draft', async () => {
    await mount(settings({ schedule: nights }));
    await type(byLabel('Ends at'), '');
    await press(byLabel('Any time'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(settings({ schedule: { ...nights, mode: 'always' } }));
    await press(byLabel('Only at certain times'));
    expect(byLabel('Ends at').value).toBe('06:00');
  });
});

describe('options: own words', () => {
  const LABEL = 'Your own words (optional)';

  it('is an optional, labelled line with a hint and a live count', async () => {
    await mount();
    const input = byLabel(LABEL);
    expect(input.value).toBe('');
    expect(described(input)).toEqual([
      '0 of 140 characters',
      'One line shown on the pause card, for example a promise to yourself. Plain text, up to 140 characters.',
    ]);
    await type(input, 'They will answer.');
    expect(described(input)[0]).toBe('17 of 140 characters');
  });

  it('saves once, trimmed, when the person leaves the field', async () => {
    await mount();
    const input = byLabel(LABEL);
    await type(input, '  They will ');
    await type(input, '  They will answer.  ');
    expect(save).not.toHaveBeenCalled();
    await blur(input);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(settings({ ownWords: 'They will answer.' }));
    expect(input.value).toBe('They will answer.');
  });

  it('saves once after typing pauses', async () => {
    await mount();
    await type(byLabel(LABEL), 'Breathe.');
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1), { timeout: OWN_WORDS_SAVE_DELAY_MS * 3 });
    expect(save).toHaveBeenCalledWith(settings({ ownWords: 'Breathe.' }));
  });

  it('keeps markup as the plain text it is', async () => {
    await mount();
    await type(byLabel(LABEL), '<b>calm</b>');
    await blur(byLabel(LABEL));
    expect(save).toHaveBeenCalledWith(settings({ ownWords: '<b>calm</b>' }));
  });

  it('takes exactly 140 characters', async () => {
    await mount();
    await type(byLabel(LABEL), 'a'.repeat(140));
    await blur(byLabel(LABEL));
    expect(save).toHaveBeenCalledWith(settings({ ownWords: 'a'.repeat(140) }));
  });

  it.each([
    [141, 'That is 1 character too many. Nothing was saved.'],
    [150, 'That is 10 characters too many. Nothing was saved.'],
  ])('refuses %i characters next to the field and saves nothing', async (length, message) => {
    await mount();
    const input = byLabel(LABEL);
    await type(input, 'a'.repeat(length));
    await blur(input);
    expect(save).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(described(input)[0]).toBe(message);
    expect(described(input)[1]).toBe(`${length} of 140 characters`);
    expect(input.value).toHaveLength(length);
  });
});

describe('options: question rotation', () => {
  it('is off by default, names the questions, and saves when switched on', async () => {
    await mount();
    const toggle = byLabel('Sometimes ask another question');
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('role')).toBe('switch');
    expect(described(toggle)[0]).toBe(
      '“Have they proven reliable?” stays the most frequent. Now and then the card asks one of the other steps instead: '
        + 'Do you actually like them? What is your gut saying? Can you trust that they meant it?',
    );
    await press(toggle);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(settings({ rotateQuestions: true }));
  });
});

describe('options: export', () => {
  it('downloads the saved settings as JSON with their version', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:steady-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const mine = settings({ limit: 9, ownWords: 'Breathe.' });
    await mount(mine);
    await press(button('Export settings'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('steady-settings.json');
    expect(clicked[0]?.href).toBe('blob:steady-test');
    expect(clicked[0]?.isConnected).toBe(false);
    const text = await readBlob(blobs[0] as Blob);
    expect(JSON.parse(text)).toEqual({ ...mine, version: 3 });
    expect(blobs[0]?.type).toBe('application/json');
    expect(save).not.toHaveBeenCalled();
    expect(statusText()).toBe('Exported as steady-settings.json');
  });

  it('an export does not hide the failure of a save still running', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let fail: (ok: boolean) => void = () => {};
    save.mockImplementation(() => new Promise<boolean>((resolve) => { fail = resolve; }));
    await mount();
    await press(byLabel('Sometimes ask another question'));
    await press(button('Export settings'));
    await act(() => fail(false));
    await settle();
    expect(statusText()).toMatch(/^Not saved/);
  });

  it('revokes the file’s URL a little later, not before the download starts', () => {
    vi.useFakeTimers();
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('a.json', '{}');
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(revoke).toHaveBeenCalledWith('blob:x');
    vi.useRealTimers();
  });
});

describe('options: import', () => {
  const mine = settings({ limit: 9, schedule: { mode: 'hours', from: '22:00', to: '06:00', days: [5, 6] }, ownWords: 'Breathe.' });
  const errorOf = (): string => described(byLabel('Import settings from a file')).join(' ');

  it('is a labelled file picker for JSON', async () => {
    await mount();
    const input = byLabel('Import settings from a file');
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('a good file replaces every setting, saves once, and the form shows it', async () => {
    await mount();
    await choose(jsonFile(exportSettings(mine)));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(mine);
    expect(statusText()).toBe('Settings imported');
    expect(byLabel('Messages before a pause').value).toBe('9');
    expect(byLabel('Your own words (optional)').value).toBe('Breathe.');
    expect(container.querySelector('.summary')?.textContent).toBe('Nudges only 22:00–06:00, Fri–Sat');
  });

  it('replaces a draft still to fix in a field', async () => {
    await mount();
    await type(byLabel('Messages before a pause'), 'abc');
    await choose(jsonFile(exportSettings(mine)));
    expect(byLabel('Messages before a pause').value).toBe('9');
    expect(byLabel('Messages before a pause').getAttribute('aria-invalid')).toBeNull();
  });

  it.each([
    ['not JSON', 'limit = 9', 'This is not a Steady settings file: it is not JSON. Nothing was changed.'],
    ['some other JSON', '{"name": "package"}', 'This is not a Steady settings file: it has no settings version. Nothing was changed.'],
    ['a wrong type', exportSettings(mine).replace('"limit": 9', '"limit": "9"'), 'In this file, “limit” has the wrong kind of value. Nothing was changed.'],
    ['out of range', exportSettings(mine).replace('"limit": 9', '"limit": 500'), 'In this file, “limit” is outside the allowed range. Nothing was changed.'],
    ['an unknown key', exportSettings(mine).replace('{', '{"theme": "dark",'), 'This file has a setting Steady does not know: “theme”. Nothing was changed.'],
    ['a bad time', exportSettings(mine).replace('"22:00"', '"10pm"'), 'In this file, “schedule.from” is not a value Steady can use. Nothing was changed.'],
    ['a newer version', exportSettings(mine).replace('"version": 3', '"version": 7'), 'This file comes from a newer version of Steady (settings version 7). Update Steady, then try again. Nothing was changed.'],
  ])('refuses %s, says why next to the picker, and changes nothing', async (_, text, message) => {
    await mount();
    await choose(jsonFile(text));
    expect(save).not.toHaveBeenCalled();
    expect(byLabel('Import settings from a file').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf()).toBe(message);
    expect(byLabel('Messages before a pause').value).toBe('4');
    expect(statusText()).toBe('');
  });

  it('refuses a file over 64 KB without reading it', async () => {
    await mount();
    const big = jsonFile(exportSettings(mine) + ' '.repeat(MAX_IMPORT_BYTES));
    const text = vi.spyOn(File.prototype, 'text');
    await choose(big);
    expect(text).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    expect(errorOf()).toBe('This file is larger than 64 KB, so it is not a Steady settings file. Nothing was changed.');
  });

  it('clears the error once a good file follows', async () => {
    await mount();
    await choose(jsonFile('nope'));
    await choose(jsonFile(exportSettings(mine)));
    expect(byLabel('Import settings from a file').getAttribute('aria-invalid')).toBeNull();
    expect(container.textContent).not.toContain('Nothing was changed');
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('answers a file that holds what is already saved without writing again', async () => {
    await mount(mine);
    await choose(jsonFile(exportSettings(mine)));
    expect(save).not.toHaveBeenCalled();
    expect(statusText()).toBe('Settings imported');
  });
});

describe('options: reset to defaults', () => {
  const mine = settings({ limit: 9, ownWords: 'Breathe.', rotateQuestions: true });

  it('asks first, in the page, with focus on Cancel', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    await mount(mine);
    await press(button('Reset to defaults'));
    expect(confirm).not.toHaveBeenCalled();
    expect(save).not.toHaveBeenCalled();
    const group = container.querySelector('[role=group]');
    expect(group?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.getElementById(group?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Reset every setting to its default? Your schedule and your own words will be cleared.',
    );
    expect(document.activeElement).toBe(button('Cancel'));
    expect(queryButton('Reset to defaults')).toBeUndefined();
  });

  it('Cancel changes nothing and gives focus back to the button', async () => {
    await mount(mine);
    await press(button('Reset to defaults'));
    await press(button('Cancel'));
    expect(save).not.toHaveBeenCalled();
    expect(container.querySelector('[role=group]')).toBeNull();
    expect(document.activeElement).toBe(button('Reset to defaults'));
  });

  it('Escape cancels too', async () => {
    await mount(mine);
    await press(button('Reset to defaults'));
    await act(() => {
      button('Cancel').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(queryButton('Reset to defaults')).toBeDefined();
  });

  it('confirming saves the defaults once and the form shows them', async () => {
    await mount(mine);
    await press(button('Reset to defaults'));
    await press(button('Yes, reset'));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(statusText()).toBe('Settings reset to defaults');
    expect(byLabel('Messages before a pause').value).toBe('4');
    expect(byLabel('Your own words (optional)').value).toBe('');
    expect(byLabel('Sometimes ask another question').checked).toBe(false);
    expect(document.activeElement).toBe(button('Reset to defaults'));
  });
});
