import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITE_IDS } from '../../src/core/settings';
import { generic, matchPatternToRegExp, siteFor, SITES } from '../../src/sites';
import { discord } from '../../src/sites/discord';
import { slack } from '../../src/sites/slack';
import { whatsapp } from '../../src/sites/whatsapp';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  host_permissions: string[];
  content_scripts: { matches: string[]; run_at: string; all_frames: boolean }[];
};

function at(url: string): Location {
  return new URL(url) as unknown as Location;
}

const element = { closest: () => null } as unknown as Element;

describe('site registry', () => {
  it('has unique ids that match the per-site switches in settings', () => {
    const ids = SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...BUILT_IN_SITE_IDS]);
  });

  it('every match pattern is valid', () => {
    for (const site of SITES) for (const pattern of site.matches) expect(() => matchPatternToRegExp(pattern)).not.toThrow();
  });

  it('the manifest asks for exactly the built-in hosts, never all URLs', () => {
    const patterns = SITES.flatMap((site) => site.matches).sort();
    expect([...manifest.host_permissions].sort()).toEqual(patterns);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...(manifest.content_scripts[0]?.matches ?? [])].sort()).toEqual(patterns);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('runs the content script first and in every frame', () => {
    expect(manifest.content_scripts[0]).toMatchObject({ run_at: 'document_start', all_frames: true });
  });

  it.each([
    ['https://web.whatsapp.com/', whatsapp],
    ['https://app.slack.com/client/T01/C02', slack],
    ['https://discord.com/channels/@me/123', discord],
    ['https://ptb.discord.com/channels/1/2', discord],
    ['https://web.whatsapp.com:8443/', whatsapp],
    ['https://slack.com/intl/en-gb/', generic],
    ['https://evil.example/web.whatsapp.com/', generic],
    ['http://web.whatsapp.com/', generic],
  ])('%s is handled by %s', (url, site) => {
    expect(siteFor(url).id).toBe(site.id);
  });

  it('refuses malformed match patterns', () => {
    expect(() => matchPatternToRegExp('web.whatsapp.com')).toThrow();
    expect(() => matchPatternToRegExp('https://web.whatsapp.com')).toThrow();
  });
});

describe('conversation keys', () => {
  it('Slack: one per channel, and a thread apart from its channel only in the thread pane', () => {
    const c1 = slack.conversation(at('https://app.slack.com/client/T1/C1'), element);
    const c2 = slack.conversation(at('https://app.slack.com/client/T1/C2'), element);
    expect(c1).not.toBe(c2);
    const threadUrl = at('https://app.slack.com/client/T1/C1/thread/C1-1700000000.000100');
    const pane = { closest: () => ({}) } as unknown as Element;
    expect(slack.conversation(threadUrl, element)).toBe(c1);
    expect(slack.conversation(threadUrl, pane)).not.toBe(c1);
  });

  it('Discord: one per channel, direct messages included', () => {
    expect(discord.conversation(at('https://discord.com/channels/@me/111'), element)).not.toBe(
      discord.conversation(at('https://discord.com/channels/@me/222'), element),
    );
    expect(discord.conversation(at('https://discord.com/channels/9/111?x=1'), element)).toBe(
      discord.conversation(at('https://discord.com/channels/9/111'), element),
    );
  });

  it('generic: origin, path and hash', () => {
    expect(generic.conversation(at('https://chat.example/room/1#t'), element)).toBe('https://chat.example/room/1#t');
  });
});
