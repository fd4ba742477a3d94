// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { CustomSite } from '../../src/core/customSites';
import { CustomSites, type CustomSitesApi } from '../../src/options/CustomSites';
import { SITES } from '../../src/sites';
import { useMount } from './mount';

/** An in-memory browser: a stored list, granted patterns, and a prompt whose answer the test picks. */
function fakeBrowser(initial: CustomSite[] = [], granted: string[] = []) {
  const state = { list: [...initial], granted: new Set(granted), answer: true, saveWorks: true };
  const listeners = new Set<() => void>();
  const api = {
    load: vi.fn(async () => [...state.list]),
    save: vi.fn(async (sites: readonly CustomSite[]) => {
      if (!state.saveWorks) return false;
      state.list = [...sites];
      return true;
    }),
    granted: vi.fn(async (pattern: string) => state.granted.has(pattern)),
    request: vi.fn(async (pattern: string) => {
      if (state.answer) state.granted.add(pattern);
      return state.answer;
    }),
    release: vi.fn(async (pattern: string) => state.granted.delete(pattern)),
    subscribe: vi.fn((listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  } satisfies CustomSitesApi;
  return { api, state, notify: () => listeners.forEach((listener) => listener()) };
}

const view = useMount();


async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r));
  });
}

async function show(api: CustomSitesApi): Promise<void> {
  await act(() => render(<CustomSites api={api} builtIn={SITES} />, view.container));
  await settle();
}

function field(): HTMLInputElement {
  const label = [...view.container.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Add a site');
  const input = label && document.getElementById(label.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error('no field named "Add a site"');
  return input;
}

function button(name: string): HTMLButtonElement {
  const found = [...view.container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button "${name}"; there are: ${[...view.container.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent).join(', ')}`);
  return found;
}

/** Types into the field and presses Add; the click's own stack is where the prompt must be asked for. */
async function addSite(text: string): Promise<void> {
  const input = field();
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => button('Add').click());
  await settle();
}

function errorText(): string {
  const input = field();
  if (input.getAttribute('aria-invalid') !== 'true') return '';
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

function rows(): string[] {
  return [...view.container.querySelectorAll('li')].map((li) => [...li.querySelectorAll('span')].map((s) => s.textContent).join(' · '));
}

function announced(): string {
  return view.container.querySelector('[role=status]')?.textContent?.trim() ?? '';
}

describe('Your own sites', () => {
  it('adds a pasted URL as its whole host once the browser allows it', async () => {
    const { api, state } = fakeBrowser();
    await show(api);
    expect(view.container.textContent).toContain('No sites of your own yet.');

    await addSite('https://chat.example.org/room/42');

    expect(api.request).toHaveBeenCalledWith('https://chat.example.org/*');
    expect(state.list).toEqual([{ pattern: 'https://chat.example.org/*' }]);
    expect(rows()).toEqual(['chat.example.org · Active']);
    expect(field().value).toBe('');
    expect(errorText()).toBe('');
    expect(announced()).toContain('chat.example.org added');
  });

  it('asks for the permission inside the click itself, before anything is awaited', async () => {
    const { api } = fakeBrowser();
    await show(api);
    const input = field();
    await act(() => {
      input.value = 'chat.example.org';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // No act(), no await: only what runs synchronously in the click counts as the user's gesture.
    button('Add').click();
    expect(api.request).toHaveBeenCalledTimes(1);
    await settle();
  });

  it.each([
    ['', 'Type a site’s address first'],
    ['ftp://files.example.org', 'Only web pages can be added'],
    ['<all_urls>', 'not on every site'],
    ['*://*/*', 'not on every site'],
    ['chat example', '“chat example” is not a web address'],
    ['https://app.slack.com/client/T1/C1', 'Slack is already built in'],
  ])('refuses %j next to the field and asks for nothing', async (text, message) => {
    const { api } = fakeBrowser();
    await show(api);
    await addSite(text);
    expect(errorText()).toContain(message);
    expect(api.request).not.toHaveBeenCalled();
    expect(api.save).not.toHaveBeenCalled();
    // Typing again clears the complaint about the old text.
    await act(() => {
      field().value = 'c';
      field().dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(errorText()).toBe('');
    expect(field().hasAttribute('aria-invalid')).toBe(false);
  });

  it('refuses a duplicate', async () => {
    const { api } = fakeBrowser([{ pattern: 'https://chat.example.org/*' }], ['https://chat.example.org/*']);
    await show(api);
    await addSite('CHAT.example.org/other');
    expect(errorText()).toContain('chat.example.org is already in your list.');
    expect(api.request).not.toHaveBeenCalled();
  });

  it('adds nothing when the person declines the browser prompt', async () => {
    const { api, state } = fakeBrowser();
    state.answer = false;
    await show(api);
    await addSite('chat.example.org');
    expect(errorText()).toContain('Steady was not allowed on chat.example.org');
    expect(api.save).not.toHaveBeenCalled();
    expect(rows()).toEqual([]);
    expect(field().value).toBe('chat.example.org');
  });

  it('gives the permission back when the list could not be saved', async () => {
    const { api, state } = fakeBrowser();
    state.saveWorks = false;
    await show(api);
    await addSite('chat.example.org');
    expect(errorText()).toContain('Not saved');
    expect(api.release).toHaveBeenCalledWith('https://chat.example.org/*');
    expect(state.granted.size).toBe(0);
  });

  it('shows a site whose permission was revoked as needing permission, with a one-click Allow', async () => {
    const { api, state } = fakeBrowser([{ pattern: 'https://chat.example.org/*' }, { pattern: 'http://intranet.local/*' }], ['http://intranet.local/*']);
    await show(api);
    expect(rows()).toEqual(['chat.example.org · Needs permission', 'http://intranet.local · Active']);

    await act(() => button('Allow on chat.example.org').click());
    await settle();
    expect(api.request).toHaveBeenCalledWith('https://chat.example.org/*');
    expect(state.granted.has('https://chat.example.org/*')).toBe(true);
    expect(rows()).toEqual(['chat.example.org · Active', 'http://intranet.local · Active']);
    expect(() => button('Allow on chat.example.org')).toThrow();
  });

  it('removes a site: out of the list, and its permission given back', async () => {
    const { api, state } = fakeBrowser([{ pattern: 'https://a.example.org/*' }, { pattern: 'https://b.example.org/*' }], ['https://a.example.org/*', 'https://b.example.org/*']);
    await show(api);
    await act(() => button('Remove a.example.org').click());
    await settle();
    expect(state.list).toEqual([{ pattern: 'https://b.example.org/*' }]);
    expect(api.release).toHaveBeenCalledWith('https://a.example.org/*');
    expect(rows()).toEqual(['b.example.org · Active']);
    expect(announced()).toContain('a.example.org removed');
  });

  it('follows changes made elsewhere (another window, the browser’s own permission UI)', async () => {
    const { api, state, notify } = fakeBrowser([{ pattern: 'https://a.example.org/*' }], ['https://a.example.org/*']);
    await show(api);
    state.granted.clear();
    state.list.push({ pattern: 'https://b.example.org/*' });
    await act(() => notify());
    await settle();
    expect(rows()).toEqual(['a.example.org · Needs permission', 'b.example.org · Needs permission']);
  });
});
