import { describe, expect, it } from 'vitest';
import { OWN_WORDS_MAX, checkOwnWords, characterCount, normalizeOwnWords, ownWordsSchema } from '../../src/core/ownWords';
import { pickQuestion, QUESTIONS, seededRandom, type QuestionId } from '../../src/core/questions';

describe('question rotation', () => {
  it('always asks the step-2 question when rotation is off', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) expect(pickQuestion(false, random())).toBe('reliable');
  });

  it('maps the random number to a question: half step 2, the rest shared', () => {
    expect(pickQuestion(true, 0)).toBe('reliable');
    expect(pickQuestion(true, 0.4999)).toBe('reliable');
    expect(pickQuestion(true, 0.5)).toBe('like');
    expect(pickQuestion(true, 0.7)).toBe('gut');
    expect(pickQuestion(true, 0.9)).toBe('trust');
    expect(pickQuestion(true, 0.999999)).toBe('trust');
  });

  it('treats a number outside [0, 1) as the default', () => {
    for (const bad of [1, -0.1, Number.NaN, 7]) expect(pickQuestion(true, bad)).toBe('reliable');
  });

  it('gives the same questions for the same seed', () => {
    const run = (seed: number): QuestionId[] => {
      const random = seededRandom(seed);
      return Array.from({ length: 8 }, () => pickQuestion(true, random()));
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).toMatchInlineSnapshot(`
      [
        "like",
        "reliable",
        "trust",
        "gut",
        "reliable",
        "like",
        "reliable",
        "like",
      ]
    `);
  });

  it('keeps "Have they proven reliable?" the most frequent, and asks every other step too', () => {
    const random = seededRandom(2026);
    const counts = Object.fromEntries(QUESTIONS.map((q) => [q, 0])) as Record<QuestionId, number>;
    for (let i = 0; i < 6000; i++) counts[pickQuestion(true, random())]++;
    expect(counts.reliable / 6000).toBeCloseTo(0.5, 1);
    for (const other of ['like', 'gut', 'trust'] as const) {
      expect(counts[other]).toBeGreaterThan(700);
      expect(counts[other]).toBeLessThan(counts.reliable);
    }
  });
});

describe('own words', () => {
  it('are trimmed and kept on one line', () => {
    expect(normalizeOwnWords('  Breathe.\n\tThey will answer.  ')).toBe('Breathe. They will answer.');
    expect(checkOwnWords('   ')).toEqual({ ok: true, value: '' });
  });

  it('count characters, not UTF-16 units', () => {
    expect(characterCount('😊😊')).toBe(2);
    expect(checkOwnWords('😊'.repeat(OWN_WORDS_MAX))).toEqual({ ok: true, value: '😊'.repeat(OWN_WORDS_MAX) });
  });

  it('allow exactly 140 characters and say how many to remove past that', () => {
    expect(checkOwnWords('a'.repeat(140)).ok).toBe(true);
    expect(checkOwnWords(`  ${'a'.repeat(140)}  `).ok).toBe(true);
    expect(checkOwnWords('a'.repeat(141))).toEqual({ ok: false, problem: 'tooLong', over: 1 });
    expect(checkOwnWords('a'.repeat(150))).toEqual({ ok: false, problem: 'tooLong', over: 10 });
  });

  it('the stored form is exactly what the form saves', () => {
    expect(ownWordsSchema.safeParse('<b>plain</b> & text').success).toBe(true);
    expect(ownWordsSchema.safeParse('').success).toBe(true);
    expect(ownWordsSchema.safeParse(' untrimmed').success).toBe(false);
    expect(ownWordsSchema.safeParse('a\u0000b').success).toBe(false);
    expect(ownWordsSchema.safeParse('a'.repeat(141)).success).toBe(false);
  });
});
