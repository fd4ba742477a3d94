// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostAccess } from '../../src/options/HostAccess';
import { sitesWithout } from '../../src/sites/access';

describe('sitesWithout', () => {
  it('names each site that lost any of its host patterns, once, in registry order', () => {
    expect(sitesWithout([])).toEqual([]);
    expect(sitesWithout(['https://app.slack.com/*', 'https://web.whatsapp.com/*'])).toEqual(['WhatsApp Web', 'Slack']);
    // Discord has three hosts; one missing is enough to say so.
    expect(sitesWithout(['https://canary.discord.com/*'])).toEqual(['Discord']);
    expect(sitesWithout(['https://example.com/*'])).toEqual([]);
  });
});

describe('HostAccess notice', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });

  const button = (): HTMLButtonElement => {
    const found = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Allow Steady on these sites');
    if (!found) throw new Error('no "Allow Steady on these sites" button');
    return found;
  };

  it('shows nothing when every site is allowed', () => {
    render(<HostAccess missing={[]} grant={vi.fn()} />, container);
    expect(container.textContent).toBe('');
  });

  it('names the missing sites and asks the browser within the click', async () => {
    let insideClick = false;
    const grant = vi.fn(async () => {
      expect(insideClick, 'permissions.request must run during the click').toBe(true);
      return true;
    });
    render(<HostAccess missing={['WhatsApp Web', 'Slack']} grant={grant} />, container);
    expect(container.textContent).toContain('Steady has no access to WhatsApp Web and Slack,');
    await act(() => {
      insideClick = true;
      button().click();
      insideClick = false;
    });
    expect(grant).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[role=alert]')).toBeNull();
  });

  it('says so plainly when the person declines, and when the request fails', async () => {
    const grant = vi.fn<() => Promise<boolean>>().mockResolvedValueOnce(false).mockRejectedValueOnce(new Error('no gesture'));
    render(<HostAccess missing={['Discord']} grant={grant} />, container);
    await act(async () => button().click());
    expect(container.querySelector('[role=alert]')?.textContent).toMatch(/^Not allowed\./);
    await act(async () => button().click());
    expect(container.querySelector('[role=alert]')?.textContent).toMatch(/could not ask for access/);
  });
});

describe('session relay requests', () => {
  it('accepts the three operations and refuses anything else', async () => {
    const { parseRelayRequest, RELAY } = await import('../../src/platform/relay');
    expect(parseRelayRequest({ relay: RELAY, op: 'get', keys: null })).toEqual({ op: 'get', keys: null });
    expect(parseRelayRequest({ relay: RELAY, op: 'set', items: { 'tally:a': { sends: [] } } })).toEqual({ op: 'set', items: { 'tally:a': { sends: [] } } });
    expect(parseRelayRequest({ relay: RELAY, op: 'remove', keys: ['tally:a'] })).toEqual({ op: 'remove', keys: ['tally:a'] });
    for (const bad of [null, 'get', { op: 'get', keys: null }, { relay: RELAY, op: 'clear' }, { relay: RELAY, op: 'remove', keys: [1] }, { relay: RELAY, op: 'set', items: [] }]) {
      expect(parseRelayRequest(bad)).toBeNull();
    }
  });
});
