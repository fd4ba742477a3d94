// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Practice } from '../../src/practice/Practice';
import { Welcome } from '../../src/welcome/Welcome';
import { useMount } from './mount';

const view = useMount();
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();



describe('the welcome page', () => {
  it('explains Steady in three short steps, quoting the card’s question', () => {
    view.render(<Welcome />);
    expect(text(view.container.querySelector('h1'))).toBe('Welcome to Steady');
    const steps = [...view.container.querySelectorAll('.steps > li')];
    expect(steps).toHaveLength(3);
    expect(steps.map((li) => text(li.querySelector('strong')))).toEqual(['You text as usual.', 'A fast message gets a pause.', 'You decide.']);
    expect(text(steps[1]?.querySelector('q'))).toBe('Have they proven reliable?');
  });

  it('makes the privacy promise', () => {
    view.render(<Welcome />);
    const promise = text(view.container.querySelector('.promise'));
    expect(promise).toContain('only looks at whether the message box is empty');
    expect(promise).toContain('never reads, stores or sends your messages or anyone’s names');
    expect(promise).toContain('no network requests');
  });

  it('embeds the practice chat as a section, under the page’s own headings', () => {
    view.render(<Welcome />);
    expect(view.container.querySelectorAll('main')).toHaveLength(1);
    expect(view.container.querySelectorAll('h1')).toHaveLength(1);
    const chat = view.container.querySelector('section.chat');
    expect(chat?.querySelector('h3')).not.toBeNull();
    expect(chat?.querySelector('textarea[data-practice-composer]')?.getAttribute('aria-label')).toBe('Message');
    expect(chat?.querySelector('button[data-practice-send]')).not.toBeNull();
    const links = [...view.container.querySelectorAll('.links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['practice.html', 'options.html']);
  });
});

describe('the practice chat on its own page', () => {
  it('is still the page’s main, with its own h1', () => {
    view.render(<Practice />);
    expect(view.container.querySelector('main.chat h1')).not.toBeNull();
    expect(view.container.querySelector('textarea[data-practice-composer]')).not.toBeNull();
  });
});
