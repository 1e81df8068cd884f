import type { Breakdown, Constraint, ScanResult } from './scan.js';
import { type Cell, isSmall, suppressPartition } from './suppression.js';

export interface Disclosure {
  totalSuppressed: boolean;
  /** suppressed[b][value] for each breakdown. */
  suppressed: boolean[][];
}

const cellsOf = (counts: ArrayLike<number>): Cell[] => Array.from(counts, (value, key) => ({ key: String(key), value }));

/**
 * Decides, from one scan, which of the reply's numbers may be published
 * (rules in suppression.ts and docs/decisions/0015-suppression.md).
 */
export function decideDisclosure(result: ScanResult, constraints: Constraint[], breakdowns: Breakdown[], threshold: number): Disclosure {
  const n = result.total;
  const sum = (values: ArrayLike<number>) => {
    let total = 0;
    for (let i = 0; i < values.length; i++) total += values[i]!;
    return total;
  };

  let totalSuppressed = isSmall(n, threshold);
  constraints.forEach((constraint, i) => {
    const relaxed = result.relaxed[i]!.byValue;
    // Differencing with the reply that drops this constraint must not isolate a small group…
    if (isSmall(sum(relaxed) - n, threshold)) totalSuppressed = true;
    // …and a complement chosen in the constraint's partition is suppressed here too.
    if (constraint.partitions && suppressPartition(cellsOf(relaxed), threshold).has(String(constraint.target))) totalSuppressed = true;
  });

  const suppressed = breakdowns.map((breakdown, b) => {
    const counts = result.byBreakdown[b]!;
    const withinReply = suppressPartition(cellsOf(counts), threshold);
    return Array.from(counts, (x, value) => {
      if (withinReply.has(String(value)) || isSmall(n - x, threshold)) return true;
      return constraints.some((constraint, i) => {
        const table = result.relaxed[i]!.byValueAndBreakdown[b]!;
        const column = Array.from({ length: constraint.cardinality }, (_, u) => table[u * breakdown.cardinality + value]!);
        if (isSmall(sum(column) - x, threshold)) return true;
        return constraint.partitions && suppressPartition(cellsOf(column), threshold).has(String(constraint.target));
      });
    });
  });

  // Total minus the published cells gives the sum of the withheld ones: that sum must be neither
  // a single cell nor small (zero included: it would show every withheld cell is empty). When no
  // further cell can be withheld to reach that, the total itself is withheld.
  if (!totalSuppressed) {
    suppressed.forEach((flags, b) => {
      const counts = result.byBreakdown[b]!;
      for (;;) {
        const hidden = flags.flatMap((flag, value) => (flag ? [counts[value]!] : []));
        if (hidden.length === 0 || (hidden.length >= 2 && sum(hidden) > threshold)) return;
        const next = Array.from(counts, (value, key) => ({ key, value }))
          .filter(({ key, value }) => value > 0 && !flags[key])
          .sort((a, b2) => a.value - b2.value || a.key - b2.key)[0];
        if (!next) {
          totalSuppressed = true;
          return;
        }
        flags[next.key] = true;
      }
    });
  }
  if (totalSuppressed) for (const flags of suppressed) flags.fill(true);
  return { totalSuppressed, suppressed };
}
