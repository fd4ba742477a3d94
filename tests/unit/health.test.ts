import { describe, expect, it } from 'vitest';
import {
  browserName,
  EMPTY_FACTS,
  evidenceOf,
  HEALTH_LIMITS,
  healthReport,
  hostOf,
  judgeHealth,
  parseFacts,
  pickFacts,
  type HealthFacts,
} from '../../src/core/health';

const facts = (patch: Partial<HealthFacts> = {}): HealthFacts => ({ ...EMPTY_FACTS, site: 'whatsapp', replyAware: true, ...patch });
const check = (patch: Partial<HealthFacts>) => judgeHealth(facts(patch)).checks;

/** A healthy session: sends confirmed, two chats told apart, a reply seen. */
const HEALTHY = facts({ composerByAdapter: 6, confirmed: 6, keyMoves: 2, addressMoves: 2, keyMovesWithAddress: 2, ownRows: 6, replyBatches: 1 });

describe('site health: nothing seen yet', () => {
  it('a fresh frame knows nothing: every check that applies says "not enough evidence", none says problem', () => {
    expect(judgeHealth(facts())).toEqual({ checks: { composer: 'unknown', sends: 'unknown', chats: 'unknown', replies: 'unknown' }, overall: 'unknown' });
  });

  it('checks that do not apply are off: replies on a site that cannot tell them, the composer check without an adapter', () => {
    expect(check({ replyAware: false }).replies).toBe('off');
    expect(judgeHealth({ ...facts(), site: 'generic' }).checks.composer).toBe('off');
  });

  it('a healthy session is working; off checks do not stand in its way', () => {
    expect(judgeHealth(HEALTHY).overall).toBe('working');
    expect(judgeHealth({ ...HEALTHY, replyAware: false, replyBatches: 0 }).overall).toBe('working');
  });
});

describe('site health: composer found by the adapter', () => {
  it('one composer found by the adapter is enough', () => {
    expect(check({ composerByAdapter: 1, composerByGeneric: 10 }).composer).toBe('ok');
  });

  it('only the generic rules: unknown below the threshold, a problem at it', () => {
    expect(check({ composerByGeneric: HEALTH_LIMITS.genericOnlyComposers - 1 }).composer).toBe('unknown');
    expect(check({ composerByGeneric: HEALTH_LIMITS.genericOnlyComposers }).composer).toBe('problem');
  });
});

describe('site health: sends confirmed', () => {
  it('one confirmed send is proof the emptying is seen', () => {
    expect(check({ confirmed: 1, unconfirmed: 9 }).sends).toBe('ok');
  });

  it('sends that never confirm: unknown at first (a line break is one too), then a problem', () => {
    expect(check({ unconfirmed: HEALTH_LIMITS.unconfirmedSends - 1 }).sends).toBe('unknown');
    expect(check({ unconfirmed: HEALTH_LIMITS.unconfirmedSends }).sends).toBe('problem');
  });
});

describe('site health: chats told apart', () => {
  it('the address moved several times and the key never did: a problem', () => {
    expect(check({ addressMoves: HEALTH_LIMITS.addressMovesAlone }).chats).toBe('problem');
    expect(check({ addressMoves: HEALTH_LIMITS.addressMovesAlone - 1 }).chats).toBe('unknown');
  });

  it('one key change together with the address is proof the adapter follows the address', () => {
    expect(check({ addressMoves: 10, keyMovesWithAddress: 1, keyMoves: 1 }).chats).toBe('ok');
  });

  it('a key that changes while the address stays (WhatsApp) is evidence too', () => {
    expect(check({ keyMoves: 1 }).chats).toBe('ok');
  });

  it('neither the address nor the key ever changed: one chat looks the same as a broken key, so it is honest to say nothing', () => {
    expect(check({ composerByAdapter: 40, confirmed: 40 }).chats).toBe('unknown');
  });

  it('key changes elsewhere do not excuse addresses that never moved the key', () => {
    expect(check({ addressMoves: HEALTH_LIMITS.addressMovesAlone, keyMoves: 2, keyMovesWithAddress: 0 }).chats).toBe('problem');
  });
});

describe('site health: replies recognised', () => {
  it('one reply seen is proof the mark matches', () => {
    expect(check({ replyBatches: 1, strayRows: 10, ownRows: 3 }).replies).toBe('ok');
  });

  it('rows keep arriving, none theirs, our echoes seen: the incoming mark no longer matches', () => {
    expect(check({ strayRows: HEALTH_LIMITS.strayRows, ownRows: 1 }).replies).toBe('problem');
    expect(check({ strayRows: HEALTH_LIMITS.strayRows - 1, ownRows: 1 }).replies).toBe('unknown');
  });

  it('without any echo of our own seen, stray rows prove nothing (the watched list may be the wrong one)', () => {
    expect(check({ strayRows: 20, ownRows: 0 }).replies).toBe('unknown');
  });
});

describe('site health: overall', () => {
  it('one problem makes the whole verdict a problem, whatever else passed', () => {
    expect(judgeHealth({ ...HEALTHY, addressMoves: 5, keyMovesWithAddress: 0 }).overall).toBe('problem');
  });

  it('nothing wrong but something unchecked is not "working"', () => {
    expect(judgeHealth({ ...HEALTHY, replyBatches: 0 }).overall).toBe('unknown');
  });
});

describe('site health: answers from the frames', () => {
  it('parses a frame’s answer field by field; junk counts become 0; anything else is null', () => {
    expect(parseFacts({ ...HEALTHY })).toEqual(HEALTHY);
    expect(parseFacts({ site: 'slack', confirmed: -1, keyMoves: 1.5, ownRows: '3', replyAware: 'yes' })).toEqual({ ...EMPTY_FACTS, site: 'slack' });
    expect(parseFacts(null)).toBeNull();
    expect(parseFacts([1])).toBeNull();
    expect(parseFacts({ confirmed: 2 })).toBeNull();
    // A site id is an adapter id, never free text.
    expect(parseFacts({ site: 'https://web.whatsapp.com/secret' })).toBeNull();
  });

  it('picks the frame that saw most (a chat iframe over an idle top frame)', () => {
    const idle = facts({ site: 'googlechat' });
    expect(evidenceOf(idle)).toBe(0);
    expect(pickFacts([idle, HEALTHY, facts({ confirmed: 1 })])).toBe(HEALTHY);
    expect(pickFacts([])).toBeNull();
  });
});

describe('site health: the problem report', () => {
  const report = healthReport({ version: '0.1.0', browser: 'Chrome 142', host: 'web.whatsapp.com', facts: facts({ addressMoves: 3, confirmed: 4, composerByAdapter: 4, buttonByGeneric: 2 }) });

  it('names the version, the browser, the site, each check and which selectors matched', () => {
    expect(report).toContain('Steady: 0.1.0');
    expect(report).toContain('Browser: Chrome 142');
    expect(report).toContain('Site: whatsapp (web.whatsapp.com)');
    expect(report).toContain('Overall: problem');
    expect(report).toContain('Composer found: ok (adapter 4, generic only 0)');
    expect(report).toContain('Send button: adapter 0, generic only 2');
    expect(report).toContain('Sends confirmed: ok');
    expect(report).toContain('Chats told apart: problem (3 address changes, 0 with a new chat; 0 chat changes)');
    expect(report).toContain('Replies recognised: unknown');
  });

  it('is short and made of counts and words only: no address beyond the host', () => {
    expect(report.split('\n').length).toBeLessThanOrEqual(12);
    expect(report).not.toMatch(/https?:|\/\/|[?#]/);
  });

  it('keeps only the host of the tab’s address', () => {
    expect(hostOf('https://web.whatsapp.com:8443/some/path?q=secret#chat-42')).toBe('web.whatsapp.com');
    expect(hostOf('not a url')).toBe('');
    expect(hostOf(undefined)).toBe('');
  });

  it('names the browser by name and major version only', () => {
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.7444.59 Safari/537.36')).toBe('Chrome 142');
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox 140');
    expect(browserName('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0')).toBe('Edge 142');
    expect(browserName('curl/8')).toBe('unknown');
  });
});
