import type { KeyedCount } from './cell-key.js';

/**
 * The release date: the latest month end up to today (and at most the project's last day).
 * Every published figure describes the data up to it, so nothing moves between two month ends.
 */
export function releaseDay(monthEnds: readonly number[], today: number, lastDay: number): number | null {
  let released: number | null = null;
  for (const end of monthEnds) if (end <= today && end <= lastDay) released = end;
  return released;
}

/**
 * The months at whose end the whole project's count is published exactly: the first month end
 * with more than the threshold, then every month end at which the count has grown by 0 or by
 * more than the threshold since the last exact one. Two exact figures therefore never differ by 1
 * to the threshold, and a count between them is perturbed like any other. Input: arrivals per
 * month (count and record-key sum); output: month index → the cumulative set at its end.
 */
export function exactMonths(monthly: { count: ArrayLike<number>; keySum: ArrayLike<number> }, threshold: number): Map<number, KeyedCount> {
  const exact = new Map<number, KeyedCount>();
  let count = 0;
  let keySum = 0;
  let lastExact = 0;
  for (let m = 0; m < monthly.count.length; m++) {
    count += monthly.count[m]!;
    keySum += monthly.keySum[m]!;
    const grown = count - lastExact;
    if (count > 0 && (grown === 0 || grown > threshold)) {
      exact.set(m, { count, keySum });
      lastExact = count;
    }
  }
  return exact;
}

/** The whole project's exact counts, per population, by the index of the month at whose end they are exact. */
export interface ExactTotals {
  participants: Map<number, KeyedCount>;
  companies: Map<number, KeyedCount>;
}
