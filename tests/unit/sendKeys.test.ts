import { describe, expect, it } from 'vitest';
import {
  COMBOS,
  comboOf,
  ENTER_OR_MOD_ENTER,
  ENTER_SENDS,
  factsFor,
  learn,
  mergeLearned,
  parseLearned,
  sends,
  watched,
  type Combo,
  type SendKeyFacts,
  type SiteKeys,
} from '../../src/core/sendKeys';
import { linkedin } from '../../src/sites/linkedin';
import { slack } from '../../src/sites/slack';
import { telegramA } from '../../src/sites/telegramA';
import { telegramK } from '../../src/sites/telegramK';
import { whatsapp } from '../../src/sites/whatsapp';

/** Outcomes in the order they happened; a step that teaches nothing keeps the state as it was. */
function after(facts: SendKeyFacts, steps: readonly [Combo, boolean][], start?: SiteKeys): SiteKeys | undefined {
  let state = start;
  for (const [combo, sent] of steps) state = learn(facts, state, combo, sent) ?? state;
  return state;
}

/** The combinations that send, given what was seen. */
function sending(facts: SendKeyFacts, state: SiteKeys | undefined): Combo[] {
  return COMBOS.filter((combo) => sends(facts, state, combo));
}

const SLACK = factsFor(slack);
const WHATSAPP = factsFor(whatsapp);

describe('send keys: which Enter combination is which', () => {
  it.each<[string, Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>, Combo | null]>([
    ['Enter', {}, 'enter'],
    ['Ctrl+Enter', { ctrlKey: true }, 'ctrlEnter'],
    ['Cmd+Enter', { metaKey: true }, 'metaEnter'],
    ['Alt+Enter', { altKey: true }, 'altEnter'],
    ['Shift+Enter', { shiftKey: true }, 'shiftEnter'],
    ['Ctrl+Shift+Enter', { ctrlKey: true, shiftKey: true }, null],
  ])('%s', (_name, held, combo) => {
    expect(comboOf({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...held })).toBe(combo);
  });

  it('Shift+Enter is watched only where a mode sends with it', () => {
    expect(watched(SLACK, 'shiftEnter')).toBe(false);
    expect(watched(WHATSAPP, 'shiftEnter')).toBe(true);
    expect(watched(SLACK, 'ctrlEnter')).toBe(true);
    expect(watched(ENTER_SENDS, 'altEnter')).toBe(true);
  });

  it('an adapter with only modEnterSends gets Enter or Ctrl/Cmd+Enter, modes that exclude each other', () => {
    expect(SLACK).toBe(ENTER_OR_MOD_ENTER);
    expect(factsFor({})).toBe(ENTER_SENDS);
    expect(factsFor(telegramK)).toEqual({ modes: [['enter', 'altEnter'], ['ctrlEnter', 'metaEnter']], exclusive: true });
  });
});

describe('send keys: before any evidence, the site default', () => {
  it.each<[string, SendKeyFacts, Combo[]]>([
    ['most sites: Enter', ENTER_SENDS, ['enter']],
    ['Slack: Enter (its default preference)', SLACK, ['enter']],
    ['WhatsApp: Enter and Cmd+Enter ("Enter is send" on)', WHATSAPP, ['enter', 'metaEnter']],
    ['Telegram K: Enter and Alt+Enter', factsFor(telegramK), ['enter', 'altEnter']],
    ['LinkedIn: Enter ("Press Enter to Send")', factsFor(linkedin), ['enter']],
  ])('%s', (_name, facts, expected) => {
    expect(sending(facts, undefined)).toEqual(expected);
    expect(sending(facts, {})).toEqual(expected);
  });
});

describe('send keys: learning from what the composer did', () => {
  it('a key that emptied the composer sends there; one that left the text in place does not', () => {
    expect(sending(ENTER_SENDS, after(ENTER_SENDS, [['ctrlEnter', true]]))).toEqual(['enter', 'ctrlEnter']);
    expect(sending(ENTER_SENDS, after(ENTER_SENDS, [['enter', false]]))).toEqual([]);
    // Without exclusive modes one key says nothing about another.
    expect(sending(ENTER_SENDS, after(ENTER_SENDS, [['ctrlEnter', true], ['enter', false]]))).toEqual(['ctrlEnter']);
  });

  it('Slack switched to Ctrl+Enter: one Ctrl+Enter send makes Enter a line break, and Cmd+Enter a send', () => {
    expect(sending(SLACK, after(SLACK, [['ctrlEnter', true]]))).toEqual(['ctrlEnter', 'metaEnter']);
  });

  it('a line break from Enter on Slack means Ctrl/Cmd+Enter is the send key', () => {
    expect(sending(SLACK, after(SLACK, [['enter', false]]))).toEqual(['ctrlEnter', 'metaEnter']);
  });

  it('switching the preference back and forth is followed: the newest evidence wins', () => {
    const toCtrl = after(SLACK, [['enter', true], ['enter', true], ['ctrlEnter', true]]);
    expect(sending(SLACK, toCtrl)).toEqual(['ctrlEnter', 'metaEnter']);
    const backToEnter = after(SLACK, [['enter', true]], toCtrl);
    expect(sending(SLACK, backToEnter)).toEqual(['enter']);
    const ctrlAgain = after(SLACK, [['metaEnter', true]], backToEnter);
    expect(sending(SLACK, ctrlAgain)).toEqual(['ctrlEnter', 'metaEnter']);
    // The old key pressed again as a line break confirms the switch; its own send switches back.
    expect(sending(SLACK, after(SLACK, [['enter', false]], ctrlAgain))).toEqual(['ctrlEnter', 'metaEnter']);
    expect(sending(SLACK, after(SLACK, [['enter', false], ['enter', true]], ctrlAgain))).toEqual(['enter']);
  });

  it('WhatsApp "Enter is send" off: Enter is a new line, Ctrl/Alt/Shift/Cmd+Enter send; and back on', () => {
    const off = after(WHATSAPP, [['shiftEnter', true]]);
    expect(sending(WHATSAPP, off)).toEqual(['ctrlEnter', 'metaEnter', 'altEnter', 'shiftEnter']);
    expect(sending(WHATSAPP, after(WHATSAPP, [['enter', false]]))).toEqual(['ctrlEnter', 'metaEnter', 'altEnter', 'shiftEnter']);
    // Cmd+Enter sends in both modes: it tells nothing about Enter.
    expect(sending(WHATSAPP, after(WHATSAPP, [['metaEnter', true]]))).toEqual(['enter', 'metaEnter']);
    expect(sending(WHATSAPP, after(WHATSAPP, [['enter', true]], off))).toEqual(['enter', 'metaEnter']);
  });

  it('Telegram K: Alt+Enter sends in Enter mode, so a Ctrl+Enter send makes both line breaks', () => {
    const facts = factsFor(telegramK);
    expect(sending(facts, after(facts, [['ctrlEnter', true]]))).toEqual(['ctrlEnter', 'metaEnter']);
    expect(sending(facts, after(facts, [['ctrlEnter', true], ['altEnter', true]]))).toEqual(['enter', 'altEnter']);
  });

  it('Telegram A: Ctrl/Cmd+Enter sends in both modes, so only what Enter did decides Enter', () => {
    const facts = factsFor(telegramA);
    expect(sending(facts, undefined)).toEqual(['enter', 'ctrlEnter', 'metaEnter']);
    expect(sending(facts, after(facts, [['ctrlEnter', true]]))).toEqual(['enter', 'ctrlEnter', 'metaEnter']);
    expect(sending(facts, after(facts, [['enter', false]]))).toEqual(['ctrlEnter', 'metaEnter']);
  });

  it('LinkedIn "Click Send": Enter is a line break until an Enter empties the box again', () => {
    const facts = factsFor(linkedin);
    const click = after(facts, [['enter', false]]);
    expect(sending(facts, click)).toEqual([]);
    expect(sending(facts, after(facts, [['enter', true]], click))).toEqual(['enter']);
  });

  it('a key outside every mode is learned on its own and never implied', () => {
    const state = after(SLACK, [['altEnter', true], ['ctrlEnter', true], ['enter', true]]);
    expect(sending(SLACK, state)).toEqual(['enter', 'altEnter']);
  });

  it('an outcome that teaches nothing new changes nothing, so nothing is written', () => {
    const once = after(SLACK, [['enter', true]]);
    expect(once).toBeDefined();
    expect(learn(SLACK, once, 'enter', true)).toBeNull();
    // A default confirmed for the first time is new: it is now evidence, not an assumption.
    expect(learn(SLACK, undefined, 'enter', true)).not.toBeNull();
  });
});

describe('send keys: storage', () => {
  it('round-trips through JSON', () => {
    const learned = { slack: after(SLACK, [['enter', true], ['ctrlEnter', true]]) ?? {} };
    expect(parseLearned(JSON.parse(JSON.stringify(learned)))).toEqual(learned);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'enter'],
    ['an array', [1, 2]],
    ['null', null],
  ])('corrupt stored value (%s) → every site at its default', (_name, value) => {
    expect(parseLearned(value)).toEqual({});
    expect(sending(SLACK, parseLearned(value).slack)).toEqual(['enter']);
  });

  it('falls back field by field: a corrupt entry is dropped, the rest are kept', () => {
    const parsed = parseLearned({
      slack: { ctrlEnter: { sends: true, order: 3 }, enter: { sends: 'yes', order: 2 }, altEnter: { sends: true, order: -1 }, bogus: { sends: true, order: 1 } },
      whatsapp: 'broken',
      discord: { enter: { sends: false, order: 1.5 } },
    });
    expect(parsed).toEqual({ slack: { ctrlEnter: { sends: true, order: 3 } } });
    expect(sending(SLACK, parsed.slack)).toEqual(['ctrlEnter', 'metaEnter']);
  });

  it('merges what two tabs learned: newest per combination wins, per site', () => {
    const a = { slack: { enter: { sends: true, order: 1 } }, discord: { enter: { sends: true, order: 1 } } };
    const b = { slack: { enter: { sends: false, order: 2 }, ctrlEnter: { sends: true, order: 2 } } };
    const merged = mergeLearned(a, b);
    expect(merged).toEqual({ slack: b.slack, discord: a.discord });
    expect(mergeLearned(b, a)).toEqual(merged);
    // Two tabs at the same moment disagree: the send wins, the safe side.
    expect(mergeLearned({ x: { enter: { sends: false, order: 4 } } }, { x: { enter: { sends: true, order: 4 } } }).x?.enter?.sends).toBe(true);
  });
});
