/**
 * Cell keys: every participant and company carries a random 32-bit record key (column
 * `record_key`, drawn by the database, never published). A cell's key is the fractional part of
 * the sum of its records' keys, so it depends only on which records are in the cell, never on
 * how the question was asked.
 */
const TWO_32 = 4_294_967_296;

/** Odd multipliers that spread a measure's value over the key space. */
export const SALT = { hours: 2_654_435_761, enrolments: 2_246_822_519, completed: 3_266_489_917, shift: 668_265_263 } as const;

/** A set of records as the policy sees it: how many, and the sum of their record keys. */
export interface KeyedCount {
  count: number;
  keySum: number;
}

const fraction = (value: number) => {
  const rest = value % TWO_32;
  return (rest < 0 ? rest + TWO_32 : rest) / TWO_32;
};

/** The cell key of a set of records, in [0, 1). */
export const cellKey = (keySum: number): number => fraction(keySum);

/**
 * The key for a measure over a set (hours, enrolments): the set's key moved by the measure's
 * value, so the noise changes whenever the set or the value does.
 */
export const measureKey = (keySum: number, salt: number, value: number): number => fraction(keySum + fraction(salt * Math.round(value)) * TWO_32);
