/**
 * One pass over a fact table: for the rows that meet every condition and arrived by the release,
 * the count and record-key sum per month, overall and per value of each breakdown. Cumulative
 * figures up to any month are prefix sums of these, so one scan serves the totals, the
 * breakdowns, both series and any whole-month period (decision 0014).
 */
export interface Breakdown {
  name: string;
  cardinality: number;
  valueOf(row: number): number;
}

export interface MonthlyTally {
  months: number;
  count: Float64Array;
  keySum: Float64Array;
  /** Per breakdown: [month * cardinality + value]. */
  byBreakdown: { count: Float64Array; keySum: Float64Array }[];
}

export interface ScanInput {
  size: number;
  conditions: ((row: number) => boolean)[];
  /** Month index of the row's arrival, or −1 when it arrived after the release. */
  monthOf(row: number): number;
  keyOf(row: number): number;
  months: number;
  breakdowns: Breakdown[];
  onMatch?(row: number, month: number): void;
}

export function scanByMonth(input: ScanInput): MonthlyTally {
  const { size, conditions, monthOf, keyOf, months, breakdowns, onMatch } = input;
  const tally: MonthlyTally = {
    months,
    count: new Float64Array(months),
    keySum: new Float64Array(months),
    byBreakdown: breakdowns.map((b) => ({ count: new Float64Array(months * b.cardinality), keySum: new Float64Array(months * b.cardinality) })),
  };
  rows: for (let row = 0; row < size; row++) {
    const month = monthOf(row);
    if (month < 0) continue;
    for (const condition of conditions) if (!condition(row)) continue rows;
    const key = keyOf(row);
    tally.count[month]! += 1;
    tally.keySum[month]! += key;
    for (let b = 0; b < breakdowns.length; b++) {
      const cell = month * breakdowns[b]!.cardinality + breakdowns[b]!.valueOf(row);
      tally.byBreakdown[b]!.count[cell]! += 1;
      tally.byBreakdown[b]!.keySum[cell]! += key;
    }
    onMatch?.(row, month);
  }
  return tally;
}

/** Running totals over months: cumulative[m] covers months 0…m. */
export function cumulate(values: Float64Array, months: number, stride = 1, offset = 0): Float64Array {
  const out = new Float64Array(months);
  let running = 0;
  for (let m = 0; m < months; m++) {
    running += values[m * stride + offset]!;
    out[m] = running;
  }
  return out;
}

/**
 * A tally by one combined code, summed into one tally per part of that code: `values[code]` is
 * the part's value for each code. The result's `byBreakdown` follows `parts`.
 */
export function foldTally(tally: MonthlyTally, parts: { values: Uint8Array; cardinality: number }[]): MonthlyTally {
  const joint = tally.byBreakdown[0]!;
  const codes = joint.count.length / tally.months;
  const byBreakdown = parts.map(({ values, cardinality }) => {
    const count = new Float64Array(tally.months * cardinality);
    const keySum = new Float64Array(tally.months * cardinality);
    for (let month = 0; month < tally.months; month++) {
      for (let code = 0; code < codes; code++) {
        const n = joint.count[month * codes + code]!;
        if (n === 0) continue;
        count[month * cardinality + values[code]!]! += n;
        keySum[month * cardinality + values[code]!]! += joint.keySum[month * codes + code]!;
      }
    }
    return { count, keySum };
  });
  return { months: tally.months, count: tally.count, keySum: tally.keySum, byBreakdown };
}
