import { type KeyedCount, SALT, cellKey, measureKey } from './cell-key.js';
import { BreakdownCell, SuppressibleCount, SuppressibleMeasure } from './figure.types.js';
import { MAX_DEVIATION, noiseFor } from './ptable.js';
import type { ExactTotals } from './release.js';

export type Population = 'participants' | 'companies' | 'other';

/** A set of participants with what hours and completion need. */
export interface ParticipantTally extends KeyedCount {
  hours: number;
  /** Hours of the participant with the most hours: the size of the noise on hours. */
  largestHours: number;
  enrolments: number;
  completed: number;
}

/** Counts of enrolments behind a rate: perturbed, and never below zero. */
const perturbed = (n: number, key: number) => Math.max(0, n + noiseFor(key));

/**
 * The disclosure policy (docs/decisions/0023-disclosure-control.md): the one place that turns a
 * set of records into a figure that may leave the API. Every count, sum, rate and average in
 * GraphQL, the CSV export, organisation and course counts and Mind The Gap is made here.
 *
 * - A count from 0 to the threshold is withheld (only a group empty by definition shows 0). Zero is withheld too: a published 0 beside a
 *   withheld cell would bound the withheld one, and "nobody" is itself a count.
 * - Any larger count gets the cell key method's noise (at most ±MAX_DEVIATION), fixed by the
 *   records in the set, so the same set always gets the same figure. When the noisy count falls
 *   to the threshold or below it is withheld as well, so a withheld figure means a true count
 *   from 0 to threshold + MAX_DEVIATION, and a published one always a true count above the
 *   threshold: no combination of the two classes has an edge at a small count.
 * - The whole project's count is exact at the month ends chosen by `exactMonths` (release.ts):
 *   the progress against the targets.
 * - A period window is derived from the two cumulative figures around it, never perturbed on its
 *   own, so every series, granularity and filter comes from one set of protected figures.
 */
export class DisclosurePolicy {
  constructor(
    readonly threshold: number,
    private readonly exactTotals: ExactTotals,
  ) {}

  private isWholeProject(cell: KeyedCount, population: Population): boolean {
    if (population === 'other') return false;
    for (const whole of this.exactTotals[population].values()) if (cell.count === whole.count && cell.keySum === whole.keySum) return true;
    return false;
  }

  /** The latest exact whole-project count up to a month, for the progress against the targets. */
  latestExact(population: 'participants' | 'companies', month: number): { month: number; count: number } | null {
    let latest: { month: number; count: number } | null = null;
    for (const [m, whole] of this.exactTotals[population]) if (m <= month && (!latest || m > latest.month)) latest = { month: m, count: whole.count };
    return latest;
  }

  /** The protected value of a set, or null when withheld; `exact` when it is the true count. */
  protected protect(cell: KeyedCount, population: Population): { value: number | null; exact: boolean } {
    if (cell.count <= this.threshold) return { value: null, exact: false };
    if (this.isWholeProject(cell, population)) return { value: cell.count, exact: true };
    const value = cell.count + noiseFor(cellKey(cell.keySum));
    return value <= this.threshold ? { value: null, exact: false } : { value, exact: false };
  }

  /** A count of the records in `cell`; withheld with `group` when the group it lies in is. */
  count(cell: KeyedCount, population: Population, group?: SuppressibleCount): SuppressibleCount {
    if (group?.suppressed) return countFigure(null, false);
    const { value, exact } = this.protect(cell, population);
    return countFigure(value, exact);
  }

  /**
   * The records in `upTo` but not in `before` (a period window, before ⊆ upTo), derived from
   * the two protected cumulative figures, so windows add nothing to what those two say. It is
   * published only when even the widest noise leaves it above the threshold.
   */
  window(upTo: KeyedCount, before: KeyedCount | null, population: Population): SuppressibleCount {
    if (!before || before.count === 0) return this.count(upTo, population);
    const [a, b] = [this.protect(upTo, population), this.protect(before, population)];
    if (a.value === null || b.value === null || a.value - b.value <= this.threshold + 2 * MAX_DEVIATION) return countFigure(null, false);
    return countFigure(a.value - b.value, a.exact && b.exact);
  }

  /**
   * An exact 0 for a group that is empty by its definition, whatever the data: a municipality
   * asked for under the other region, or the other size classes under a size-class filter. It
   * tells nothing about anyone, so it is the one zero that is shown.
   */
  emptyByDefinition(): SuppressibleCount {
    return countFigure(0, true);
  }

  /** A breakdown cell; every cell of a withheld total is withheld too, except a cell empty by definition. */
  cell(count: SuppressibleCount, total: SuppressibleCount, key: string, label: string): BreakdownCell {
    const cell = Object.assign(new BreakdownCell(), { key, label });
    const hide = total.suppressed && !(count.exact && count.value === 0);
    return Object.assign(cell, { value: hide ? null : count.value, suppressed: hide || count.suppressed, exact: !hide && count.exact });
  }

  /** Total hours of a set of participants, perturbed by up to its largest contributor's hours. */
  private hoursOf(tally: ParticipantTally): number {
    if (tally.count === 0) return 0;
    const u = measureKey(tally.keySum, SALT.hours, tally.hours * 10);
    return Math.max(0, tally.hours + (2 * u - 1) * tally.largestHours);
  }

  /** A measure a reply leaves out because the question did not ask for it: reads as withheld, never as a number. */
  notAsked(): SuppressibleMeasure {
    return measureFigure(null, true);
  }

  /** Hours attended by the participants in `upTo` but not in `before`. */
  hours(upTo: ParticipantTally, before: ParticipantTally | null, participants: SuppressibleCount): SuppressibleMeasure {
    if (participants.suppressed) return measureFigure(null, true);
    const value = this.hoursOf(upTo) - (before ? this.hoursOf(before) : 0);
    return measureFigure(Math.max(0, Math.round(value)), false);
  }

  /** Completed enrolments / enrolments, both perturbed; no value for an empty group. */
  completionRate(upTo: ParticipantTally, before: ParticipantTally | null, participants: SuppressibleCount): SuppressibleMeasure {
    if (participants.suppressed) return measureFigure(null, true);
    const protectedCounts = (tally: ParticipantTally | null) =>
      tally && tally.count > 0
        ? {
            completed: perturbed(tally.completed, measureKey(tally.keySum, SALT.completed, tally.completed)),
            enrolments: perturbed(tally.enrolments, measureKey(tally.keySum, SALT.enrolments, tally.enrolments)),
          }
        : { completed: 0, enrolments: 0 };
    const [a, b] = [protectedCounts(upTo), protectedCounts(before)];
    const enrolments = a.enrolments - b.enrolments;
    if (upTo.enrolments - (before?.enrolments ?? 0) === 0) return measureFigure(null, false);
    if (enrolments <= this.threshold) return measureFigure(null, true);
    const rate = Math.min(1, Math.max(0, (a.completed - b.completed) / enrolments));
    return measureFigure(Math.round(rate * 1000) / 1000, false);
  }

  /** The average of per-company values (e.g. Mind The Gap shifts) over a published count. */
  average(companies: SuppressibleCount, cell: KeyedCount, sum: number, largest: number): SuppressibleMeasure {
    if (companies.value === null || companies.value === 0) return measureFigure(null, companies.suppressed);
    const u = measureKey(cell.keySum, SALT.shift, sum);
    return measureFigure(Math.round(((sum + (2 * u - 1) * largest) / companies.value) * 10) / 10, false);
  }
}

function countFigure(value: number | null, exact: boolean): SuppressibleCount {
  return Object.assign(new SuppressibleCount(), { value, suppressed: value === null, exact: value !== null && exact });
}

function measureFigure(value: number | null, suppressed: boolean): SuppressibleMeasure {
  return Object.assign(new SuppressibleMeasure(), { value, suppressed });
}
