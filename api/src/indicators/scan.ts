/**
 * One pass over a fact table that counts, at once, everything suppression needs for a filter F
 * with constraints c1…cm and some breakdowns B:
 *   - under F: the total and the count of every breakdown value;
 *   - under F without ci, for each i: the same, split by the row's value on ci's dimension.
 * A row that fails two or more constraints touches nothing, so a narrow filter is cheap.
 */
export interface Constraint {
  /** Dimension name, used in error messages and to pair a filter with a breakdown. */
  dim: string;
  /** How many values the row's position on this constraint can take (2 for in/out constraints). */
  cardinality: number;
  /** True when the values partition rows (a row has exactly one); false for in/out constraints. */
  partitions: boolean;
  /** The value a row must have to satisfy the constraint. */
  target: number;
  valueOf(row: number): number;
}

export interface Breakdown {
  name: string;
  cardinality: number;
  valueOf(row: number): number;
}

export interface ScanResult {
  total: number;
  /** byBreakdown[b][value] under F. */
  byBreakdown: Float64Array[];
  /** relaxed[i].byValue[v]: rows under F without constraint i whose value on i is v. */
  relaxed: {
    byValue: Float64Array;
    /** relaxed[i].byValueAndBreakdown[b][v * cardinality(b) + value]. */
    byValueAndBreakdown: Float64Array[];
  }[];
}

export function scan(size: number, constraints: Constraint[], breakdowns: Breakdown[], onMatch?: (row: number) => void): ScanResult {
  const m = constraints.length;
  const byBreakdown = breakdowns.map((b) => new Float64Array(b.cardinality));
  const relaxed = constraints.map((c) => ({
    byValue: new Float64Array(c.cardinality),
    byValueAndBreakdown: breakdowns.map((b) => new Float64Array(c.cardinality * b.cardinality)),
  }));
  const values = new Int32Array(m);
  const breakdownValues = new Int32Array(breakdowns.length);
  let total = 0;

  for (let row = 0; row < size; row++) {
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < m; i++) {
      const value = constraints[i]!.valueOf(row);
      values[i] = value;
      if (value !== constraints[i]!.target) {
        failures++;
        failed = i;
        if (failures > 1) break;
      }
    }
    if (failures > 1) continue;
    for (let b = 0; b < breakdowns.length; b++) breakdownValues[b] = breakdowns[b]!.valueOf(row);
    const record = (i: number) => {
      const r = relaxed[i]!;
      const v = values[i]!;
      r.byValue[v]! += 1;
      for (let b = 0; b < breakdowns.length; b++) r.byValueAndBreakdown[b]![v * breakdowns[b]!.cardinality + breakdownValues[b]!]! += 1;
    };
    if (failures === 1) {
      record(failed);
      continue;
    }
    total++;
    for (let b = 0; b < breakdowns.length; b++) byBreakdown[b]![breakdownValues[b]!]! += 1;
    for (let i = 0; i < m; i++) record(i);
    onMatch?.(row);
  }
  return { total, byBreakdown, relaxed };
}
