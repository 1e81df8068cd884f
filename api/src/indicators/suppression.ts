/**
 * Statistical disclosure control for counts of people and companies
 * (docs/decisions/0015-suppression.md).
 *
 * - Primary: a count from 1 to the threshold is not published.
 * - Complementary: in every partition of a published population (its cells under one
 *   dimension), the suppressed non-zero cells are never exactly one, so no cell can be
 *   recovered as total minus the published cells.
 * - Consistency across replies: whether a population is suppressed depends only on the
 *   population and its sibling counts, never on which reply shows it, so a cell suppressed in one
 *   reply is not published as a filtered total in another.
 */
export interface Cell {
  key: string;
  value: number;
}

export interface SuppressedCell extends Cell {
  suppressed: boolean;
}

/** Primary plus complementary suppression over the cells of one partition. */
export function suppressPartition(cells: Cell[], threshold: number, forced: ReadonlySet<string> = new Set()): Set<string> {
  const suppressed = new Set<string>();
  for (const cell of cells) {
    if ((cell.value >= 1 && cell.value <= threshold) || forced.has(cell.key)) suppressed.add(cell.key);
  }
  const nonZero = cells.filter((cell) => cell.value > 0);
  if (nonZero.filter((cell) => suppressed.has(cell.key)).length === 1) {
    // The smallest published cell goes too; ties break by key so every reply picks the same one.
    const complement = nonZero
      .filter((cell) => !suppressed.has(cell.key))
      .sort((a, b) => a.value - b.value || a.key.localeCompare(b.key))[0];
    if (complement) suppressed.add(complement.key);
  }
  return suppressed;
}

/** Whether the population `key` of a partition is suppressed within that partition. */
export function isSuppressedIn(cells: Cell[], key: string, threshold: number): boolean {
  return suppressPartition(cells, threshold).has(key);
}

export const isSmall = (value: number, threshold: number): boolean => value >= 1 && value <= threshold;

/**
 * A cumulative series: each published point must differ from the previous published point, and
 * the last published point from `total`, by 0 or more than the threshold, or the difference
 * (the newcomers of a period) would be a small count.
 */
export function suppressCumulativeSeries(points: number[], total: number | null, threshold: number): boolean[] {
  const published: boolean[] = points.map(() => false);
  let last = 0;
  points.forEach((value, i) => {
    if (!isSmall(value, threshold) && !isSmall(value - last, threshold)) {
      published[i] = true;
      last = value;
    }
  });
  if (total !== null) {
    // Walk back until the step from the last published point to the published total is safe.
    for (let i = published.length - 1; i >= 0; i--) {
      if (!published[i]) continue;
      if (!isSmall(total - points[i]!, threshold)) break;
      published[i] = false;
    }
  }
  return published;
}
