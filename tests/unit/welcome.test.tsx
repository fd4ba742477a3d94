// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Practice } from '../../src/practice/Practice';
import { Welcome } from '../../src/welcome/Welcome';

let container: HTMLElement;
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

describe('the welcome page', () => {
  it('explains Steady in three short steps, quoting the card’s question', () => {
    act(() => render(<Welcome />, container));
    expect(text(container.querySelector('h1'))).toBe('Welcome to Steady');
    const steps = [...container.querySelectorAll('.steps > li')];
    expect(steps).toHaveLength(3);
    expect(steps.map((li) => text(li.querySelector('strong')))).toEqual(['You text as usual.', 'A fast message gets a pause.', 'You decide.']);
    expect(text(steps[1]?.querySelector('q'))).toBe('Have they proven reliable?');
  });

  it('makes the privacy promise', () => {
    act(() => render(<Welcome />, container));
    const promise = text(container.querySelector('.promise'));
    expect(promise).toContain('only looks at whether the message box is empty');
    expect(promise).toContain('never reads, stores or sends your messages or anyone’s names');
    expect(promise).toContain('no network requests');
  });

  it('embeds the practice chat as a section, under the page’s own headings', () => {
    act(() => render(<Welcome />, container));
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(container.querySelectorAll('h1')).toHaveLength(1);
    const chat = container.querySelector('section.chat');
    expect(chat?.querySelector('h3')).not.toBeNull();
    expect(chat?.querySelector('textarea[data-practice-composer]')?.getAttribute('aria-label')).toBe('Message');
    expect(chat?.querySelector('button[data-practice-send]')).not.toBeNull();
    const links = [...container.querySelectorAll('.links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['practice.html', 'options.html']);
  });
});

describe('the practice chat on its own page', () => {
  it('is still the page’s main, with its own h1', () => {
    act(() => render(<Practice />, container));
    expect(container.querySelector('main.chat h1')).not.toBeNull();
    expect(container.querySelector('textarea[data-practice-composer]')).not.toBeNull();
  });
});
