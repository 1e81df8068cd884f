import type { EnrolmentFacts, ParticipantFacts } from './facts.js';
import { PROFILE_CODES } from './profile.js';
import type { MonthlyTally } from './scan.js';

/**
 * The one pass over the participants that every uncached indicator reply needs, written as a
 * single loop over typed arrays with no callbacks and no branch on the data: at 1 000 000
 * participants it is what a new filter combination costs (bench/results/indicators.md).
 * Conditions are data, not functions, so the loop is the same for every query.
 */
export type Condition =
  /** column[row] === value */
  | { column: Uint8Array; equals: number }
  /** (column[row] & bits) !== 0 */
  | { column: Uint8Array; anyOf: number }
  /** allowed[column[row]] === 1 */
  | { column: Uint8Array; allowed: Uint8Array };

/** The enrolments an activity filter counts: kind and theme as bit masks (−1: any). */
export interface ActivityFilter {
  kinds: number;
  themes: number;
}

export interface ParticipantMeasures {
  hours: Float64Array;
  largest: Float64Array;
  enrolments: Float64Array;
  completed: Float64Array;
}

export interface ParticipantScan {
  /** One cell per month and profile code (profile.ts). */
  tally: MonthlyTally;
  measures: ParticipantMeasures;
}

/** Sums per month go to one of LANES accumulators by row, so consecutive rows do not wait on each other's additions. */
const LANES = 8;

/**
 * What a reply sums besides the counts: every enrolment of the selected participants ('all'),
 * only those an activity filter matches, or nothing (the question asks for no hours or
 * completion, and the pass over the measures is skipped).
 */
export type Sums = 'all' | ActivityFilter | null;

/**
 * Tallies the rows that meet every condition by month (`monthOfRow`, −1 for rows after the
 * release) and profile code, and their hours, enrolments and completions by month as `sums` says.
 */
export function scanParticipants(
  p: ParticipantFacts,
  pool: EnrolmentFacts,
  monthOfRow: Int8Array,
  months: number,
  conditions: readonly Condition[],
  sums: Sums,
): ParticipantScan {
  // Slot 0 takes every row that is not selected (month −1): which rows a filter keeps is data the
  // processor cannot predict, so the loops do not branch on it.
  const slots = months + 1;
  const cells = new Float64Array(slots * PROFILE_CODES);
  const keys = new Float64Array(slots * PROFILE_CODES);
  const { profile, recordKey, size } = p;
  const selected = selectedRows(size, monthOfRow, conditions);
  // A narrow filter visits only its rows (in order); a wide one visits all, the rows left out
  // adding to slot 0.
  const rows = conditions.length ? narrowRows(selected, size) : null;
  if (rows) {
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k]!;
      const cell = (selected[row]! + 1) * PROFILE_CODES + profile[row]!;
      cells[cell]! += 1;
      keys[cell]! += recordKey[row]!;
    }
  } else {
    for (let row = 0; row < size; row++) {
      const cell = (selected[row]! + 1) * PROFILE_CODES + profile[row]!;
      cells[cell]! += 1;
      keys[cell]! += recordKey[row]!;
    }
  }
  const lanes = new Float64Array(slots * LANES * 3);
  const largestTenths = new Float64Array(slots);
  if (sums !== null) {
    const visited = rows ?? everyRow(size);
    largestAttendance(p, selected, visited, largestTenths);
    if (sums === 'all') sumAttendance(p, selected, visited, lanes);
    else sumMatchingEnrolments(p, pool, selected, visited, sums, lanes);
  }
  const byMonth = {
    hours: new Float64Array(months),
    largest: new Float64Array(months),
    enrolments: new Float64Array(months),
    completed: new Float64Array(months),
  };
  const count = new Float64Array(months);
  const keySum = new Float64Array(months);
  for (let month = 0; month < months; month++) {
    const slot = month + 1;
    let tenthsSum = 0;
    for (let lane = slot * LANES * 3, end = lane + LANES * 3; lane < end; lane += 3) {
      tenthsSum += lanes[lane]!;
      byMonth.enrolments[month]! += lanes[lane + 1]!;
      byMonth.completed[month]! += lanes[lane + 2]!;
    }
    // Hours were summed in tenths, exactly; one division per month gives hours.
    byMonth.hours[month] = tenthsSum / 10;
    byMonth.largest[month] = largestTenths[slot]! / 10;
    for (let code = 0; code < PROFILE_CODES; code++) {
      count[month]! += cells[slot * PROFILE_CODES + code]!;
      keySum[month]! += keys[slot * PROFILE_CODES + code]!;
    }
  }
  const tally = { months, count, keySum, byBreakdown: [{ count: cells.subarray(PROFILE_CODES), keySum: keys.subarray(PROFILE_CODES) }] };
  return { tally, measures: byMonth };
}

/** The largest contribution per month: a participant's whole attendance, also under an activity filter. */
function largestAttendance(p: ParticipantFacts, selected: Int8Array, rows: Int32Array, largestTenths: Float64Array): void {
  const { hoursTenths } = p;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const slot = selected[row]! + 1;
    if (hoursTenths[row]! > largestTenths[slot]!) largestTenths[slot] = hoursTenths[row]!;
  }
}

/** Every enrolment of the selected participants, summed by month into the lanes. */
function sumAttendance(p: ParticipantFacts, selected: Int8Array, rows: Int32Array, lanes: Float64Array): void {
  const { hoursTenths, enrolments, completed } = p;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const lane = ((selected[row]! + 1) * LANES + (row & (LANES - 1))) * 3;
    lanes[lane]! += hoursTenths[row]!;
    lanes[lane + 1]! += enrolments[row]!;
    lanes[lane + 2]! += completed[row]!;
  }
}

/**
 * Adds the matching enrolments of the selected participants (kind and theme as bit masks, −1 for
 * any) to the lanes.
 */
function sumMatchingEnrolments(
  p: ParticipantFacts,
  pool: EnrolmentFacts,
  selected: Int8Array,
  rows: Int32Array,
  activity: ActivityFilter,
  lanes: Float64Array,
): void {
  const { enrolFirst, enrolments } = p;
  const { kind, theme, hoursTenths, completed } = pool;
  const { kinds, themes } = activity;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const slot = selected[row]! + 1;
    let tenths = 0;
    let matching = 0;
    let done = 0;
    for (let j = enrolFirst[row]!, end = j + enrolments[row]!; j < end; j++) {
      const matches = (kinds >> kind[j]!) & (themes >> theme[j]!) & 1;
      tenths += hoursTenths[j]! * matches;
      matching += matches;
      done += completed[j]! & -matches;
    }
    const lane = (slot * LANES + (row & (LANES - 1))) * 3;
    lanes[lane]! += tenths;
    lanes[lane + 1]! += matching;
    lanes[lane + 2]! += done;
  }
}

/** The selected rows in order when they are fewer than a third of all; null for a wide selection. */
function narrowRows(selected: Int8Array, size: number): Int32Array | null {
  // (month >> 7) + 1 is 0 for a row left out (−1) and 1 for a selected one: counted without a branch.
  let count = 0;
  for (let row = 0; row < size; row++) count += (selected[row]! >> 7) + 1;
  if (count * 3 > size) return null;
  const rows = new Int32Array(count + 1);
  for (let row = 0, k = 0; row < size; row++) {
    rows[k] = row;
    k += (selected[row]! >> 7) + 1;
  }
  return rows.subarray(0, count);
}

/** 0, 1, …, size − 1, made once per size: the sums of a wide selection visit every row. */
let allRows = new Int32Array(0);
function everyRow(size: number): Int32Array {
  if (allRows.length !== size) allRows = Int32Array.from({ length: size }, (_, row) => row);
  return allRows;
}

/**
 * The month of every row that meets the conditions, −1 for the rest: one tight pass per
 * condition, each over a single column. `allowed` holds 1 for an allowed value, 0 otherwise.
 */
function selectedRows(size: number, monthOfRow: Int8Array, conditions: readonly Condition[]): Int8Array {
  if (!conditions.length) return monthOfRow;
  const selected = monthOfRow.slice(0, size);
  // x | −1 is −1: each pass ors −1 into the rows its condition rejects, without a branch.
  for (const condition of conditions) {
    const column = condition.column;
    if ('equals' in condition) {
      const value = condition.equals;
      for (let row = 0; row < size; row++) selected[row]! |= -(column[row]! !== value ? 1 : 0);
    } else if ('anyOf' in condition) {
      const bits = condition.anyOf;
      for (let row = 0; row < size; row++) selected[row]! |= -((column[row]! & bits) === 0 ? 1 : 0);
    } else {
      const allowed = condition.allowed;
      for (let row = 0; row < size; row++) selected[row]! |= allowed[column[row]!]! - 1;
    }
  }
  return selected;
}
