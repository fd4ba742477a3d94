// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { asComposer } from '../../src/content/composer';
import { siteFor, SITES } from '../../src/sites';
import { element } from '../../src/sites/element';
import { googleChat } from '../../src/sites/googlechat';
import { googleMessages } from '../../src/sites/googlemessages';
import { linkedin } from '../../src/sites/linkedin';
import type { Site } from '../../src/sites/site';
import { teams } from '../../src/sites/teams';
import { x } from '../../src/sites/x';
import { FIXTURE_HOSTS } from '../fixtures/catalog';

function at(url: string): Location {
  return new URL(url) as unknown as Location;
}

/** Puts markup in the page and returns the element marked `data-pick`. */
function pick(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  const found = document.querySelector<HTMLElement>('[data-pick]');
  if (!found) throw new Error('markup has no [data-pick]');
  return found;
}

const loose = (): HTMLElement => pick('<div data-pick contenteditable="true" role="textbox"></div>');
const key = (site: Site, url: string, composer: Element = loose()): string => site.conversation(at(url), composer);

describe('every site has a fixture', () => {
  it('each adapter matches a host the fixture server serves, so its e2e tests run on its real patterns', () => {
    const served: readonly string[] = FIXTURE_HOSTS;
    for (const site of SITES) {
      const hosts = site.matches.map((pattern) => new URL(pattern.replace(/\*$/, '')).host);
      expect(hosts.some((host) => served.includes(host)), `${site.id}: none of ${hosts.join(', ')} has a fixture`).toBe(true);
    }
  });
});

describe('which adapter handles a URL', () => {
  it.each([
    ['https://chat.google.com/u/0/app/chat/AAAA1', googleChat],
    ['https://mail.google.com/chat/u/0/#chat/space/AAAA1', googleChat],
    ['https://teams.microsoft.com/v2/', teams],
    ['https://teams.live.com/v2/', teams],
    ['https://teams.cloud.microsoft/', teams],
    ['https://www.linkedin.com/messaging/thread/2-YmQ0ZjA5MGEtZTc0Zi00NzdkLWE2ZjMtMWI1ZDk4ZmE1MjQ3XzEwMA==/', linkedin],
    ['https://www.linkedin.com/feed/', linkedin],
    ['https://x.com/messages/12-34', x],
    ['https://x.com/i/chat/1934', x],
    ['https://messages.google.com/web/conversations/2', googleMessages],
    ['https://app.element.io/#/room/!abc:matrix.org', element],
  ])('%s', (url, site) => {
    expect(siteFor(url).id).toBe(site.id);
  });

  it('Gmail itself (not /chat) is not a chat page; the Chat iframe inside it is', () => {
    expect(siteFor('https://mail.google.com/mail/u/0/#inbox').id).toBe('generic');
    expect(siteFor('https://chat.google.com/u/0/frame?wfi=gtn-roster-iframe-id').id).toBe(googleChat.id);
  });
});

describe('conversation keys from real URL shapes', () => {
  it('Google Chat: the iframe wrapper first, then the Gmail hash, then the standalone path', () => {
    const inSpace = pick('<c-wiz data-group-id="space/AAAA1"><div data-pick contenteditable="true" role="textbox"></div></c-wiz>');
    // Inside Gmail's iframe the URL is the same for every conversation.
    const frameUrl = 'https://chat.google.com/u/0/frame?wfi=gtn-brain-iframe-id';
    expect(key(googleChat, frameUrl, inSpace)).toBe('googlechat/space/AAAA1');
    const inDm = pick('<c-wiz data-group-id="dm/BBBB2"><div data-pick contenteditable="true" role="textbox"></div></c-wiz>');
    expect(key(googleChat, frameUrl, inDm)).toBe('googlechat/dm/BBBB2');
    // The same space read from the top frame's hash, or from the standalone path, is the same conversation.
    expect(key(googleChat, 'https://mail.google.com/chat/u/0/#chat/space/AAAA1')).toBe('googlechat/space/AAAA1');
    expect(key(googleChat, 'https://chat.google.com/u/0/app/chat/AAAA1')).toBe('googlechat/space/AAAA1');
    expect(key(googleChat, 'https://chat.google.com/room/AAAA1?cls=7')).toBe('googlechat/space/AAAA1');
    expect(key(googleChat, 'https://mail.google.com/chat/u/0/#chat/dm/BBBB2')).toBe('googlechat/dm/BBBB2');
    // No id anywhere: one conversation for the page, never "space/u" from /chat/u/0.
    expect(key(googleChat, 'https://mail.google.com/chat/u/0/')).toBe('https://mail.google.com/chat/u/0/');
  });

  it('Teams: the thread id on the send button first, a thread id in the URL next, else one per host', () => {
    const inChat = pick('<div><div data-pick data-tid="ckeditor" contenteditable="true" role="textbox"></div><button data-tid="sendMessageCommands-send" data-track-thread-id="19:abc@thread.v2"></button></div>');
    expect(key(teams, 'https://teams.microsoft.com/v2/', inChat)).toBe('teams/19:abc@thread.v2');
    // data-convid is Outlook's, not Teams': it names nothing here.
    const outlook = pick('<div data-convid="19:zzz@thread.v2"><div data-pick data-tid="ckeditor" contenteditable="true" role="textbox"></div></div>');
    expect(key(teams, 'https://teams.microsoft.com/v2/', outlook)).toBe('teams/teams.microsoft.com');
    expect(key(teams, 'https://teams.microsoft.com/_#/conversations/19:def@thread.v2?ctx=chat')).toBe('teams/19:def@thread.v2');
    expect(key(teams, 'https://teams.microsoft.com/l/chat/19%3Adef%40thread.v2/conversations')).toBe('teams/19:def@thread.v2');
    expect(key(teams, 'https://teams.microsoft.com/l/chat/19:uid_uid@unq.gbl.spaces/0')).toBe('teams/19:uid_uid@unq.gbl.spaces');
    expect(key(teams, 'https://teams.microsoft.com/v2/')).toBe('teams/teams.microsoft.com');
  });

  it('LinkedIn: the thread in the URL, or the thread a chat bubble links to, wherever the page is', () => {
    const thread = '2-YmQ0ZjA5MGEtZTc0Zi00NzdkLWE2ZjMtMWI1ZDk4ZmE1MjQ3XzEwMA==';
    expect(key(linkedin, `https://www.linkedin.com/messaging/thread/${thread}/`)).toBe(`linkedin/${thread}`);
    expect(key(linkedin, `https://www.linkedin.com/messaging/thread/${thread}/?trk=x`)).toBe(`linkedin/${thread}`);
    const bubble = pick(`<div data-testid="msg-overlay-conversation-bubble"><a href="/messaging/thread/2-QUJD/">Open</a>
      <form class="msg-form"><div data-pick role="textbox" contenteditable="true"></div></form></div>`);
    // A bubble on the feed, and a bubble opened on top of another thread's page, both follow the bubble.
    expect(key(linkedin, 'https://www.linkedin.com/feed/', bubble)).toBe('linkedin/2-QUJD');
    expect(key(linkedin, `https://www.linkedin.com/messaging/thread/${thread}/`, bubble)).toBe('linkedin/2-QUJD');
  });

  it('X: the legacy pair of user ids, or the XChat id', () => {
    expect(key(x, 'https://x.com/messages/123-456')).toBe('x/dm/123-456');
    expect(key(x, 'https://x.com/messages/123-456/info')).toBe('x/dm/123-456');
    expect(key(x, 'https://x.com/i/chat/1934567')).toBe('x/chat/1934567');
    expect(key(x, 'https://x.com/i/chat/1934567')).not.toBe(key(x, 'https://x.com/i/chat/1934568'));
  });

  it('Google Messages: one per conversation id', () => {
    expect(key(googleMessages, 'https://messages.google.com/web/conversations/12')).toBe('googlemessages/12');
    expect(key(googleMessages, 'https://messages.google.com/web/conversations/12?redirected=true')).toBe('googlemessages/12');
    expect(key(googleMessages, 'https://messages.google.com/web/conversations/13')).not.toBe('googlemessages/12');
  });

  it('Element: the room id or alias from the hash, decoded, and a malformed one does not throw', () => {
    expect(key(element, 'https://app.element.io/#/room/!abc:matrix.org')).toBe('element/!abc:matrix.org');
    expect(key(element, 'https://app.element.io/#/room/!abc:matrix.org/$event123')).toBe('element/!abc:matrix.org');
    expect(key(element, 'https://app.element.io/#/room/%23lobby:matrix.org')).toBe('element/#lobby:matrix.org');
    expect(key(element, 'https://app.element.io/#/room/%E0%A4%A')).toBe('element/%E0%A4%A');
    expect(key(element, 'https://app.element.io/#/home')).toBe('https://app.element.io/');
  });
});

describe('composers and the boxes that never send', () => {
  it.each([
    [teams.id, teams, '<div data-pick data-tid="ckeditor" class="ck-editor__editable" contenteditable="true" role="textbox"></div>'],
    [linkedin.id, linkedin, '<form class="msg-form"><div data-pick class="msg-form__contenteditable" contenteditable="true" role="textbox"></div></form>'],
    [x.id, x, '<div data-pick data-testid="dmComposerTextInput" contenteditable="true" role="textbox"></div>'],
    [x.id, x, '<textarea data-pick data-testid="dm-composer-textarea"></textarea>'],
    [googleMessages.id, googleMessages, '<mws-message-compose><textarea data-pick data-e2e-message-input-box></textarea></mws-message-compose>'],
    [element.id, element, '<div data-pick class="mx_BasicMessageComposer_input" data-testid="basicmessagecomposer" contenteditable="true" role="textbox"></div>'],
    [googleChat.id, googleChat, '<div data-pick contenteditable="true" role="textbox" aria-label="History is on"></div>'],
  ])('%s composer is recognised', (_id, site, markup) => {
    const composer = pick(markup);
    expect(asComposer(composer, site)).toBe(composer);
  });

  it.each([
    [x.id, x, '<div data-pick data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div>'],
    [element.id, element, '<div class="mx_EditMessageComposer"><div data-pick contenteditable="true" role="textbox"></div></div>'],
    [googleMessages.id, googleMessages, '<input data-pick data-e2e-search-input type="text">'],
  ])('%s: Enter here is never a send', (_id, site, markup) => {
    expect(asComposer(pick(markup), site)).toBeNull();
  });
});
