/**
 * Tries to recover withheld counts by differencing replies, as a motivated partner would, over
 * demo data in a real database. fast-check picks the filters; the attack must never succeed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ComputedIndicators, type IndicatorQuery, computeIndicators } from '../src/indicators/compute.js';
import { type Facts, loadFacts } from '../src/indicators/facts.js';
import { ActivityKind, Region, SizeClass, Theme } from '../src/project-data/enums.js';
import { generateDemoData } from '../src/project-data/demo-data.js';
import { seedOrganisations } from '../src/project-data/organisations.seed.js';
import { seedProject } from '../src/project-data/project.seed.js';
import { drivers } from './drivers.js';

const THRESHOLD = 4;
const SPAN = { start: '2024-01-01', end: '2026-12-31' };
const TODAY = '2026-06-30';
const isSmall = (n: number) => n >= 1 && n <= THRESHOLD;

const municipalities = ['1280', '1283', '1281', '1290', '1080', '1082', '1083', '1060', '1214', '1293'];
const industries = ['25', '28', '22', '16', '24', '27'];
const constraintArb = fc.oneof(
  fc.record({ region: fc.constantFrom(...Object.values(Region)) }),
  fc.record({ municipality: fc.constantFrom(...municipalities) }),
  fc.record({ sizeClass: fc.constantFrom(...Object.values(SizeClass)) }),
  fc.record({ industry: fc.constantFrom(...industries) }),
  fc.record({ activityKind: fc.constantFrom(...Object.values(ActivityKind)) }),
  fc.record({ theme: fc.constantFrom(...Object.values(Theme)) }),
  fc.record({ from: fc.constantFrom('2024-06-01', '2025-01-01', '2025-09-15'), to: fc.constantFrom('2025-12-31', '2026-03-31', '2026-06-30') }),
);
const filterArb = fc.array(constraintArb, { maxLength: 3 }).map((parts) => Object.assign({}, ...parts) as IndicatorQuery);

type Section = { total: { value: number | null; suppressed: boolean }; breakdowns: { key: string; value: number | null; suppressed: boolean }[][] };
const sections = (r: ComputedIndicators): Record<string, Section> => ({
  participants: { total: r.participants.total, breakdowns: [r.participants.byGender, r.participants.byAgeBand, r.participants.byEducation, r.participants.byRegion] },
  companies: { total: r.companies.total, breakdowns: [r.companies.bySizeClass, r.companies.byRegion, r.companies.byIndustry] },
});

/** Every way this suite knows to recover a withheld count from one reply; returns what it found. */
function attackOneReply(reply: ComputedIndicators): string[] {
  const found: string[] = [];
  for (const [name, section] of Object.entries(sections(reply))) {
    if (section.total.suppressed) continue;
    section.breakdowns.forEach((cells, b) => {
      const hidden = cells.filter((cell) => cell.suppressed);
      const published = cells.reduce((sum, cell) => sum + (cell.value ?? 0), 0);
      const recovered = section.total.value! - published;
      if (hidden.length === 1) found.push(`${name} breakdown ${b}: one cell withheld, total minus the rest gives it`);
      if (hidden.length > 1 && recovered <= THRESHOLD) found.push(`${name} breakdown ${b}: the withheld cells add up to ${recovered}`);
    });
  }
  for (const [name, points] of [['participants', reply.timeSeries.MONTH.map((p) => p.participants)], ['companies', reply.timeSeries.MONTH.map((p) => p.companies)]] as const) {
    const total = sections(reply)[name]!.total;
    let last = 0;
    for (const point of points) {
      if (point.suppressed) continue;
      if (isSmall(point.value! - last)) found.push(`${name} series: a step of ${point.value! - last}`);
      last = point.value!;
    }
    if (!total.suppressed && isSmall(total.value! - last)) found.push(`${name} series: total minus last point is ${total.value! - last}`);
  }
  return found;
}

/** Differencing two replies whose filters differ by one constraint (narrow ⊂ wide). */
function attackTwoReplies(wide: ComputedIndicators, narrow: ComputedIndicators, added: IndicatorQuery): string[] {
  const found: string[] = [];
  const w = sections(wide);
  const n = sections(narrow);
  for (const name of Object.keys(w)) {
    const [a, b] = [w[name]!, n[name]!];
    if (!a.total.suppressed && !b.total.suppressed && isSmall(a.total.value! - b.total.value!)) {
      found.push(`${name} totals differ by ${a.total.value! - b.total.value!}`);
    }
    a.breakdowns.forEach((cells, i) => {
      cells.forEach((cell, j) => {
        const other = b.breakdowns[i]!.find((c) => c.key === cell.key);
        if (other && !cell.suppressed && !other.suppressed && isSmall(cell.value! - other.value!)) {
          found.push(`${name} cell ${cell.key} differs by ${cell.value! - other.value!}`);
        }
        void j;
      });
    });
    // A filter on a dimension the wide reply breaks down by publishes one of its cells as a total.
    const dimensionCells: Record<string, number> = name === 'participants' ? { region: 3 } : { sizeClass: 0, region: 1, industry: 2 };
    for (const [dim, index] of Object.entries(dimensionCells)) {
      const value = (added as Record<string, string | undefined>)[dim];
      if (!value) continue;
      const cell = a.breakdowns[index]!.find((c) => c.key === value);
      if (cell?.suppressed && !b.total.suppressed) found.push(`${name} cell ${value} withheld in one reply, published as the total of another`);
    }
  }
  return found;
}

describe.each(drivers)('disclosure control on $name', (driver) => {
  let facts: Facts;
  let dispose: () => Promise<void>;
  const compute = (query: IndicatorQuery) => computeIndicators(facts, query, THRESHOLD, SPAN, TODAY);

  beforeAll(async () => {
    const opened = await driver.open();
    dispose = opened.dispose;
    await opened.db.migrate();
    await seedProject(opened.db.em);
    await seedOrganisations(opened.db.em);
    await generateDemoData(opened.db.em.fork(), { companies: 60, participants: 700, enrolmentsPerParticipant: 2, until: TODAY, seed: 'disclosure' });
    facts = await loadFacts(opened.db.em.fork());
  });
  afterAll(async () => {
    await dispose?.();
  });

  it('withholds small counts, and the demo data has some to withhold', () => {
    const reply = compute({ municipality: '1083' });
    const all = [reply.participants.total, ...reply.participants.byGender, reply.companies.total, ...reply.companies.bySizeClass];
    expect(all.some((cell) => cell.suppressed)).toBe(true);
    for (const cell of all) {
      if (cell.suppressed) expect(cell.value).toBeNull();
      else expect(isSmall(cell.value!)).toBe(false);
    }
  });

  it('never lets one reply give a withheld count away', () => {
    fc.assert(
      fc.property(filterArb, (filter) => {
        expect(attackOneReply(compute(filter))).toEqual([]);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  });

  it('never lets two replies that differ by one filter give a withheld count away', () => {
    fc.assert(
      fc.property(filterArb, constraintArb, (filter, extra) => {
        const added = Object.fromEntries(Object.entries(extra).filter(([key]) => !(key in filter))) as IndicatorQuery;
        fc.pre(Object.keys(added).length > 0);
        const narrow = { ...filter, ...added };
        expect(attackTwoReplies(compute(filter), compute(narrow), added)).toEqual([]);
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
