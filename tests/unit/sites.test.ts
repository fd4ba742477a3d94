import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SITE_IDS } from '../../src/core/settings';
import { generic, matchPatternToRegExp, siteFor, SITES } from '../../src/sites';
import { discord } from '../../src/sites/discord';
import { instagram } from '../../src/sites/instagram';
import { messenger } from '../../src/sites/messenger';
import { telegramA } from '../../src/sites/telegramA';
import { telegramK } from '../../src/sites/telegramK';
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
    ['https://www.messenger.com/t/100001234567890', messenger],
    ['https://www.facebook.com/messages/e2ee/t/7012345678901234', messenger],
    ['https://www.facebook.com/marketplace/', generic],
    ['https://www.instagram.com/direct/t/340282366841710300949128137443944319108/', instagram],
    ['https://web.telegram.org/k/#@durov', telegramK],
    ['https://web.telegram.org/a/#-1001234567890', telegramA],
    ['https://web.telegram.org/', generic],
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

  const key = (site: typeof generic, url: string): string => site.conversation(at(url), element);

  it('Messenger: the thread id, the same on messenger.com and facebook.com, encrypted or not', () => {
    const plain = key(messenger, 'https://www.messenger.com/t/100001234567890/');
    expect(key(messenger, 'https://www.facebook.com/messages/t/100001234567890')).toBe(plain);
    expect(key(messenger, 'https://www.facebook.com/messages/e2ee/t/7012345678901234')).toBe(key(messenger, 'https://www.messenger.com/e2ee/t/7012345678901234'));
    expect(key(messenger, 'https://www.facebook.com/messages/e2ee/t/7012345678901234')).not.toBe(plain);
    expect(key(messenger, 'https://www.facebook.com/messages/t/200002?foo=1')).not.toBe(plain);
  });

  it('Instagram: one per /direct/t/<thread>/, with or without the trailing slash', () => {
    const a = key(instagram, 'https://www.instagram.com/direct/t/340282366841710300949128137443944319108/');
    expect(key(instagram, 'https://www.instagram.com/direct/t/340282366841710300949128137443944319108')).toBe(a);
    expect(key(instagram, 'https://www.instagram.com/direct/t/17841400000000000/')).not.toBe(a);
    expect(key(instagram, 'https://www.instagram.com/direct/inbox/')).not.toBe(a);
  });

  it('Telegram K: the hash names the peer, @username or (negative) peer id', () => {
    const durov = key(telegramK, 'https://web.telegram.org/k/#@durov');
    expect(durov).not.toBe(key(telegramK, 'https://web.telegram.org/k/#@someoneelse'));
    expect(key(telegramK, 'https://web.telegram.org/k/#-1001234567890')).not.toBe(key(telegramK, 'https://web.telegram.org/k/#777000'));
    expect(key(telegramK, 'https://web.telegram.org/k/#777000')).toBe(key(telegramK, 'https://web.telegram.org/k/#777000?start=1'));
  });

  it('Telegram A: the chat id, and a topic thread apart from its chat; view suffixes do not split a chat', () => {
    const chat = key(telegramA, 'https://web.telegram.org/a/#-1001234567890');
    expect(key(telegramA, 'https://web.telegram.org/a/#-1001234567890_42')).not.toBe(chat);
    expect(key(telegramA, 'https://web.telegram.org/a/#-1001234567890_42_thread')).toBe(key(telegramA, 'https://web.telegram.org/a/#-1001234567890_42'));
    expect(key(telegramA, 'https://web.telegram.org/a/#-1001234567890_scheduled')).toBe(chat);
    expect(key(telegramA, 'https://web.telegram.org/a/#777000')).not.toBe(chat);
  });

  it('every reply-aware site names a list and a row, and the sites the issue asks for are reply-aware', () => {
    for (const site of SITES) {
      if (!site.replies) continue;
      expect(site.replies.list).toBeTruthy();
      expect(site.replies.row).toBeTruthy();
    }
    const aware = SITES.filter((site) => site.replies).map((site) => site.id);
    expect(aware).toEqual(expect.arrayContaining(['whatsapp', 'messenger', 'slack', 'discord', 'telegramK', 'telegramA', 'teams', 'linkedin', 'googlemessages']));
  });

  it('generic: origin, path and hash', () => {
    expect(generic.conversation(at('https://chat.example/room/1#t'), element)).toBe('https://chat.example/room/1#t');
  });
});
