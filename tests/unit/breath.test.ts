import { describe, expect, it } from 'vitest';
import { breathFor, mergePauses, parsePauses, recordPause, runPosition, RUN_GAP_MS } from '../../src/core/breath';
import { wordsMatch } from '../../src/core/typedWords';
import { fakeClock } from './clock';

const MIN = 60_000;

describe('a breath that grows within a run of pauses', () => {
  it('doubles from the setting: 3 → 6 → 12 → 24 → 30, never more', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((position) => breathFor(3, position))).toEqual([3, 6, 12, 24, 30, 30, 30]);
    expect([1, 2, 3].map((position) => breathFor(10, position))).toEqual([10, 20, 30]);
    expect(breathFor(30, 4)).toBe(30);
    expect(breathFor(0, 5)).toBe(0);
  });

  it('counts pauses within an hour of the previous one, in one run', () => {
    const clock = fakeClock();
    let pauses: number[] = [];
    const positions: number[] = [];
    for (const gap of [0, 10 * MIN, 50 * MIN, 59 * MIN]) {
      clock.advance(gap);
      positions.push(runPosition(pauses, clock.now()));
      pauses = recordPause(pauses, clock.now());
    }
    // Each within an hour of the last: the run goes on although it has lasted two hours.
    expect(positions).toEqual([1, 2, 3, 4]);
  });

  it('starts afresh after an hour without a pause', () => {
    const clock = fakeClock();
    let pauses = recordPause([], clock.now());
    clock.advance(20 * MIN);
    pauses = recordPause(pauses, clock.now());
    clock.advance(RUN_GAP_MS);
    expect(runPosition(pauses, clock.now())).toBe(3);
    clock.advance(1);
    expect(runPosition(pauses, clock.now())).toBe(1);
    expect(breathFor(3, runPosition(pauses, clock.now()))).toBe(3);
  });

  it('keeps few times, merges two tabs, and reads anything malformed as none', () => {
    let pauses: number[] = [];
    for (let i = 0; i < 20; i += 1) pauses = recordPause(pauses, 1_000_000 + i * MIN);
    expect(pauses.length).toBeLessThanOrEqual(8);
    expect(mergePauses([1, 3], [2, 3])).toEqual([1, 2, 3]);
    expect(parsePauses([3, 1])).toEqual([1, 3]);
    for (const bad of [null, 'x', [1, 'a'], [-1], {}]) expect(parsePauses(bad)).toEqual([]);
  });
});

describe('typing one\'s own words', () => {
  const own = 'I am worth a calm reply.';
  it('forgives case and spacing', () => {
    expect(wordsMatch('i am worth a calm reply.', own)).toBe(true);
    expect(wordsMatch('  I AM   worth a calm reply. ', own)).toBe(true);
    expect(wordsMatch('Iamworthacalmreply.', own)).toBe(true);
    expect(wordsMatch('Ich BIN ruhig', 'ich bin ruhig')).toBe(true);
    expect(wordsMatch('cafe\u0301', 'Café')).toBe(true);
  });
  it('needs every letter and mark', () => {
    expect(wordsMatch('I am worth a calm reply', own)).toBe(false);
    expect(wordsMatch('I am worth a calm repl.', own)).toBe(false);
    expect(wordsMatch('', own)).toBe(false);
    expect(wordsMatch(`${own} yes`, own)).toBe(false);
  });
  it('never matches when there are no words to type', () => {
    expect(wordsMatch('', '')).toBe(false);
    expect(wordsMatch(' ', '')).toBe(false);
  });
});
