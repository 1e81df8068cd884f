/**
 * The disclosure adversary (decision 0023) against generated populations with small groups in
 * every dimension and month. It must pin down no count from 1 to the threshold, however it
 * combines the replies; and it must find such counts when figures are published unprotected,
 * which shows it can fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KeyedCount } from '../src/disclosure/cell-key.js';
import { DisclosurePolicy } from '../src/disclosure/policy.js';
import { computeIndicators } from '../src/indicators/compute.js';
import { releaseOf } from '../src/indicators/release-of.js';
import { validateQuery } from '../src/indicators/query.js';
import { attack } from './adversary/attacker.js';
import { SPAN, TODAY, factsOf, populationArb } from './adversary/population.js';

const THRESHOLD = 4;
/** Each run attacks a whole population with every query shape, the ESF+ cells included; five take about four minutes alone on this 2-core machine, more beside other tests. */
const ADVERSARY_MS = 1_200_000;

/** Publishes every count as it is: what the API would do without the policy. */
class Unprotected extends DisclosurePolicy {
  protected override protect(cell: KeyedCount) {
    return { value: cell.count, exact: true };
  }
}

describe('disclosure adversary', () => {
  it(
    'pins down no count from 1 to 4 from every filter, period, series and Mind The Gap reply combined',
    () => {
      fc.assert(
        fc.property(populationArb, (population) => {
          const release = releaseOf(factsOf(population), SPAN, TODAY, THRESHOLD);
          expect(attack(population, release, THRESHOLD)).toEqual([]);
        }),
        { numRuns: 5, seed: 20261201 },
      );
    },
    ADVERSARY_MS,
  );

  it(
    'does pin down small counts when the same replies are published unprotected',
    () => {
      fc.assert(
        fc.property(populationArb, (population) => {
          const release = releaseOf(factsOf(population), SPAN, TODAY, THRESHOLD);
          const unprotected = { ...release, policy: new Unprotected(THRESHOLD, { participants: new Map(), companies: new Map() }) };
          expect(attack(population, unprotected, THRESHOLD).some((leak) => leak.includes('pinned down'))).toBe(true);
        }),
        { numRuns: 2, seed: 7 },
      );
    },
    ADVERSARY_MS,
  );

  it('answers the same records with the same figure, however the question is put', () => {
    fc.assert(
      fc.property(populationArb, (population) => {
        const facts = factsOf(population);
        const release = releaseOf(facts, SPAN, TODAY, THRESHOLD);
        const all = computeIndicators(facts, {}, release);
        for (const cell of all.participants.byRegion) {
          const filtered = computeIndicators(facts, { region: cell.key as never }, release);
          expect(filtered.participants.total).toEqual({ value: cell.value, suppressed: cell.suppressed, exact: cell.exact });
        }
        const monthly = all.timeSeries.MONTH;
        for (const point of all.timeSeries.QUARTER) expect(point.participants).toEqual(monthly.find((m) => m.end === point.end)!.participants);
        const june = computeIndicators(facts, { to: '2024-06-30' }, release);
        expect(june.companies).toEqual(all.companies);
      }),
      { numRuns: 10, seed: 3 },
    );
  });

  it('shows an exact 0 only for groups empty by definition, never for an empty group in the data', () => {
    fc.assert(
      fc.property(populationArb, (population) => {
        const facts = factsOf(population);
        const release = releaseOf(facts, SPAN, TODAY, THRESHOLD);
        const zero = { value: 0, suppressed: false, exact: true };
        const nobody = computeIndicators(facts, { region: 'BLEKINGE' as never, municipality: '1280' }, release);
        expect(nobody.participants.total).toEqual(zero);
        expect(nobody.companies.total).toEqual(zero);
        expect(nobody.completionRate).toEqual({ value: null, suppressed: false });
        const malmo = computeIndicators(facts, { municipality: '1280' }, release);
        expect(malmo.participants.byRegion.find((cell) => cell.key === 'BLEKINGE')).toMatchObject(zero);
        const micro = computeIndicators(facts, { sizeClass: 'MICRO' as never }, release);
        for (const cell of micro.companies.bySizeClass.filter((c) => c.key !== 'MICRO')) expect(cell).toMatchObject(zero);
        for (const cell of computeIndicators(facts, {}, release).companies.byIndustry) expect(cell.exact && cell.value === 0).toBe(false);
      }),
      { numRuns: 10, seed: 5 },
    );
  });

  it('refuses periods that are not whole months, saying what to send instead', () => {
    expect(() => validateQuery({ to: '2025-05-20' })).toThrow(/"to" must be the last day of a month, e.g. "2025-05-31"/);
    expect(() => validateQuery({ from: '2025-05-19' })).toThrow(/"from" must be the first day of a month, e.g. "2025-05-01"/);
    expect(() => validateQuery({ from: '2025-05-01', to: '2025-05-31' })).not.toThrow();
  });
});
