/**
 * The perturbation table of the cell key method (ABS TableBuilder; SCB since 2025): for a true
 * count and a cell key in [0, 1), the noise added to the count. The same count and key always give
 * the same noise, so asking again teaches nothing; two cells that differ by one record have
 * unrelated keys, so their difference carries noise (docs/decisions/0023-disclosure-control.md).
 */

/** Largest deviation a published count can have from the true count. */
export const MAX_DEVIATION = 2;

/** Weights of the noise -2…+2: half the counts are exact, one in ten is off by two. */
const WEIGHTS = [1, 4, 10, 4, 1] as const;

/** Noise for a cell key: −2…+2 with the weights above. The same key always gives the same noise. */
export function noiseFor(cellKey: number): number {
  const total = WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  let walked = 0;
  for (let k = -MAX_DEVIATION; k <= MAX_DEVIATION; k++) {
    walked += WEIGHTS[k + MAX_DEVIATION]! / total;
    if (cellKey < walked) return k;
  }
  return MAX_DEVIATION;
}
