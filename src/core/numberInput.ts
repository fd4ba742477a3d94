import { NUMBER_FIELDS, numberSchemas, type NumberField } from './settings';

/** Why a number field's text was refused; the form turns it into a sentence in the person's language. */
export type NumberProblem = 'empty' | 'notNumber' | 'decimals' | 'range';

export type NumberVerdict =
  | { ok: true; value: number }
  | { ok: false; problem: NumberProblem; min: number; max: number; input: string };

/**
 * Checks what a person typed into a number field. Returns the value, or why it was refused along with the range to offer.
 * Strings only: the form hands over exactly what is in the box, so "", "-1", "2.5" and "abc" all get an answer.
 */
export function parseNumberInput(field: NumberField, text: string): NumberVerdict {
  const { min, max } = NUMBER_FIELDS[field];
  const input = text.trim();
  const refuse = (problem: NumberProblem): NumberVerdict => ({ ok: false, problem, min, max, input });
  if (input === '') return refuse('empty');
  if (!/^[+-]?\d+(\.\d+)?$/.test(input)) return refuse('notNumber');
  const value = Number(input);
  if (!Number.isInteger(value)) return refuse('decimals');
  if (!numberSchemas[field].safeParse(value).success) return refuse('range');
  return { ok: true, value };
}
