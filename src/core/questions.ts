/**
 * The card's question. Step 2, "Have they proven reliable?", is the product's question and the
 * default. With rotation on, the card sometimes asks one of the other steps instead, so the
 * pause does not turn into a sentence the eye skips.
 */
export const QUESTIONS = ['reliable', 'like', 'gut', 'trust'] as const;
export type QuestionId = (typeof QUESTIONS)[number];

/** Half of all cards keep the step-2 question; the other steps share the rest equally. */
const RELIABLE_SHARE = 0.5;

/**
 * Picks the question for one card. Pure: `random` is a number in [0, 1) from the caller
 * (Math.random in the page, a seeded generator in tests). Anything outside [0, 1) counts as 0.
 */
export function pickQuestion(rotate: boolean, random: number): QuestionId {
  if (!rotate || !(random >= 0 && random < 1) || random < RELIABLE_SHARE) return 'reliable';
  const others = QUESTIONS.length - 1;
  const index = 1 + Math.min(others - 1, Math.floor(((random - RELIABLE_SHARE) / (1 - RELIABLE_SHARE)) * others));
  return QUESTIONS[index] ?? 'reliable';
}

/** A small seeded generator (mulberry32): the same seed gives the same questions, for tests and demos. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}
