/**
 * The adversary of decision 0023. It asks every question the API allows over a generated
 * population, as a partner could: no filter, every filter and pair of filters, every whole-month
 * period, both series, every breakdown and Mind The Gap (analyses and areas, by every filter). It knows the method (threshold, maximum
 * deviation, which figures are derived from two others) and what the questions mean: which
 * questions describe the same group, and that a group minus a narrower one is the rest of it
 * (Skåne minus Malmö is the other Skåne municipalities; up to May minus up to April is May). It
 * does not know who is behind a figure. From every figure and every difference of nested groups
 * it bounds each group's true count, round after round; a count from 1 to the threshold that it
 * pins down is a leak, reported with the replies that gave it away.
 */
import { MAX_DEVIATION } from '../../src/disclosure/ptable.js';
import type { SuppressibleCount } from '../../src/disclosure/figure.types.js';
import { type Release, computeIndicators } from '../../src/indicators/compute.js';
import { dims } from '../../src/indicators/dimensions.js';
import type { IndicatorQuery } from '../../src/indicators/query.js';
import { municipalities } from '../../src/project-data/municipalities.js';
import { AREAS, INDUSTRIES, KINDS, MONTH_ENDS, MONTH_STARTS, MUNICIPALITIES, type Population, SIZE_CLASSES, THEMES, factsOf } from './population.js';

type Universe = 'participants' | 'companies';
/** A group as its definition: for each dimension, the set of values allowed (bit i: value i). */
type Group = bigint[];

const all = (n: number) => (1n << BigInt(n)) - 1n;
/** Single-bit masks, made once: the adversary tests membership millions of times. */
const BITS = Array.from({ length: 128 }, (_, i) => 1n << BigInt(i));
const bit = (i: number) => BITS[i]!;
const MUNIS = dims.municipality.values;
const regionMask = (region: string) => MUNIS.reduce((mask, code, i) => (municipalities[code]?.region === region ? mask | bit(i) : mask), 0n);
/**
 * Dimensions: municipality, size class, industry, has COURSE, has WORKSHOP, has theme 1, has
 * theme 2, months; then for participants gender, age band, education, and for companies has a Mind
 * The Gap analysis and names each area.
 */
const COMMON = [MUNIS.length, dims.sizeClass.values.length, dims.industry.values.length, 2, 2, 2, 2, MONTH_ENDS.length];
const SIZES: Record<Universe, number[]> = {
  participants: [...COMMON, dims.gender.values.length, dims.ageBand.values.length, dims.education.values.length],
  companies: [...COMMON, 2, ...AREAS.map(() => 2)],
};
const MONTHS = 7;
const ANALYSED = 8;
const AREA = (area: string) => 9 + AREAS.indexOf(area as never);

/** Every filter of at most two dimensions, and every whole-month period. */
export function questions(): IndicatorQuery[] {
  const singles: [keyof IndicatorQuery, readonly string[]][] = [
    ['region', ['SKANE', 'BLEKINGE']],
    ['municipality', MUNICIPALITIES],
    ['sizeClass', SIZE_CLASSES],
    ['industry', INDUSTRIES],
    ['activityKind', KINDS],
    ['theme', THEMES],
  ];
  const filters: IndicatorQuery[] = [{}];
  singles.forEach(([dim, values], i) => {
    for (const value of values) {
      filters.push({ [dim]: value });
      for (const [other, others] of singles.slice(i + 1)) for (const second of others) filters.push({ [dim]: value, [other]: second });
    }
  });
  const periods: { from?: string; to?: string }[] = [{}];
  MONTH_ENDS.forEach((to) => periods.push({ to }));
  MONTH_STARTS.forEach((from, f) => {
    periods.push({ from });
    MONTH_ENDS.slice(f).forEach((to) => periods.push({ from, to }));
  });
  return filters.flatMap((filter) => periods.map((period) => ({ ...filter, ...period }) as IndicatorQuery));
}

function groupOf(universe: Universe, query: IndicatorQuery, first: number, last: number): Group {
  const group = SIZES[universe].map(all);
  if (query.region) group[0]! &= regionMask(query.region);
  if (query.municipality) group[0]! &= bit(MUNIS.indexOf(query.municipality));
  if (query.sizeClass) group[1] = bit(dims.sizeClass.values.indexOf(query.sizeClass));
  if (query.industry) group[2] = bit(dims.industry.values.indexOf(query.industry));
  if (query.activityKind) group[3 + KINDS.indexOf(query.activityKind as never)] = bit(1);
  if (query.theme) group[5 + THEMES.indexOf(query.theme as never)] = bit(1);
  let months = 0n;
  for (let m = first; m <= last; m++) months |= bit(m);
  group[MONTHS] = months;
  return group;
}

/** The records of a group, as a bit set: the truth the adversary is scored against, never shown to it. */
function membersOf(population: Population) {
  const { companies: cs, participants: ps } = population;
  const companyBits = (i: number) => {
    const kinds = ps.filter((p) => p.company === i).reduce((mask, p) => mask | p.kinds, 0);
    const themes = ps.filter((p) => p.company === i).reduce((mask, p) => mask | p.themes, 0);
    const c = cs[i]!;
    const names = (area: string) => ((c.areas ?? []).includes(area as never) ? 1 : 0);
    return [
      MUNIS.indexOf(c.municipality),
      dims.sizeClass.values.indexOf(c.sizeClass),
      dims.industry.values.indexOf(c.industry),
      kinds & 1 ? 1 : 0,
      kinds & 2 ? 1 : 0,
      themes & 1 ? 1 : 0,
      themes & 2 ? 1 : 0,
      c.month,
      c.areas ? 1 : 0,
      ...AREAS.map(names),
    ];
  };
  const companyRows = cs.map((_, i) => companyBits(i));
  const participantRows = ps.map((p) => {
    const c = companyRows[p.company]!;
    return [
      c[0]!,
      c[1]!,
      c[2]!,
      p.kinds & 1 ? 1 : 0,
      p.kinds & 2 ? 1 : 0,
      p.themes & 1 ? 1 : 0,
      p.themes & 2 ? 1 : 0,
      p.month,
      p.gender,
      p.ageBand,
      p.education,
    ];
  });
  return (universe: Universe, group: Group): number =>
    (universe === 'participants' ? participantRows : companyRows).filter((row) => row.every((value, d) => (group[d]! & bit(value)) !== 0n)).length;
}

interface Bounds {
  universe: Universe;
  group: Group;
  /** The universe's initial, then one character per dimension naming its mask: the group's key. */
  key: string;
  lo: number;
  hi: number;
  why: string[];
}

/** A reason, or a way to make one: reasons are only spelled out when they narrow a bound. */
type Why = string | (() => string);

/** A group as people read it in a report: its masks in base 36. */
const idOf = (universe: Universe, group: Group) => `${universe}:${group.map((mask) => mask.toString(36)).join(',')}`;

/**
 * Short keys for groups: each dimension's masks numbered as they are first seen, one character
 * each (from U+0100, so that '*' can stand for "any mask" in a key). Keys are made hundreds of
 * thousands of times per population; spelling out the masks made the attack ten times slower.
 */
class GroupKeys {
  private readonly codes: Map<bigint, string>[] = [];
  private code(d: number, mask: bigint): string {
    const codes = (this.codes[d] ??= new Map());
    let code = codes.get(mask);
    if (code === undefined) codes.set(mask, (code = String.fromCharCode(0x100 + codes.size)));
    return code;
  }
  of(universe: Universe, group: Group): string {
    let key = universe[0]!;
    for (let d = 0; d < group.length; d++) key += this.code(d, group[d]!);
    return key;
  }
  /** `key` with dimension d's mask replaced. */
  with(key: string, d: number, mask: bigint | '*'): string {
    return key.slice(0, d + 1) + (mask === '*' ? '*' : this.code(d, mask)) + key.slice(d + 2);
  }
}

/** Asks everything and returns the leaks found, each saying which replies gave it away. */
export function attack(population: Population, release: Release, threshold: number): string[] {
  const facts = factsOf(population);
  const truth = membersOf(population);
  const T = threshold;
  const D = MAX_DEVIATION;
  const bounds = new Map<string, Bounds>();
  const keys = new GroupKeys();
  const problems: string[] = [];
  const narrow = (universe: Universe, group: Group, lo: number, hi: number, why: Why, key = keys.of(universe, group)) => {
    let known = bounds.get(key);
    if (!known) {
      known = { universe, group, key, lo: 0, hi: Infinity, why: [] };
      bounds.set(key, known);
    }
    if (lo > known.lo || hi < known.hi) known.why.push(typeof why === 'string' ? why : why());
    known.lo = Math.max(known.lo, lo);
    known.hi = Math.min(known.hi, hi);
    if (known.lo > known.hi) problems.push(`figures contradict the documented method for ${idOf(universe, group)}: ${known.why.join(' | ')}`);
  };
  // What the method documents: withheld means a true count from 0 to T + D (a window: anything);
  // published means above T, within D of the figure (2D for a window derived from two figures).
  const read = (universe: Universe, group: Group, figure: SuppressibleCount, derived: boolean, source: string) => {
    if (figure.exact) narrow(universe, group, figure.value!, figure.value!, source);
    else if (figure.suppressed) narrow(universe, group, 0, derived ? Infinity : T + D, source);
    else narrow(universe, group, Math.max(T + 1, figure.value! - (derived ? 2 : 1) * D), figure.value! + (derived ? 2 : 1) * D, source);
  };

  for (const query of questions()) {
    const reply = computeIndicators(facts, query, release);
    const first = query.from ? MONTH_STARTS.indexOf(query.from) : 0;
    const last = query.to ? MONTH_ENDS.indexOf(query.to) : MONTH_ENDS.length - 1;
    const derived = first > 0;
    const label = JSON.stringify(query);
    for (const universe of ['participants', 'companies'] as const) {
      const scope = groupOf(universe, query, first, last);
      read(universe, scope, reply[universe].total, derived, `${label} ${universe}.total`);
      const breakdowns =
        universe === 'participants'
          ? ([
              ['byGender', 8, dims.gender],
              ['byAgeBand', 9, dims.ageBand],
              ['byEducation', 10, dims.education],
              ['byRegion', 0, dims.region],
            ] as const)
          : ([
              ['bySizeClass', 1, dims.sizeClass],
              ['byRegion', 0, dims.region],
              ['byIndustry', 2, dims.industry],
            ] as const);
      for (const [field, d, dimension] of breakdowns) {
        for (const cell of (reply[universe] as unknown as Record<string, (SuppressibleCount & { key: string })[]>)[field]!) {
          const group = [...scope];
          group[d]! &= d === 0 ? regionMask(cell.key) : bit(dimension.values.indexOf(cell.key));
          read(universe, group, cell, derived, `${label} ${universe}.${field}[${cell.key}]`);
        }
      }
      if (universe === 'participants') {
        // The ESF+ cells, by gender crossed with education, and with the age groups the bands
        // model (30–54 and 55+; under 18 and 18–29 refine the youngest band, which this model
        // does not split).
        const crossedCells = [
          ...reply.esf.byGenderAndEducation.map((cell) => ({
            cell,
            dims: [
              [8, dims.gender],
              [10, dims.education],
            ] as const,
          })),
          ...reply.esf.byGenderAndAgeGroup
            .filter((cell) => /\|FROM_(30_TO_54|55)$/.test(cell.key))
            .map((cell) => ({
              cell,
              dims: [
                [8, dims.gender],
                [9, dims.ageBand],
              ] as const,
            })),
        ];
        for (const { cell, dims: parts } of crossedCells) {
          const group = [...scope];
          cell.key.split('|').forEach((value, i) => {
            const [d, dimension] = parts[i]!;
            group[d]! &= bit(dimension.values.indexOf(value));
          });
          read(universe, group, cell, derived, `${label} esf[${cell.key}]`);
        }
      }
      for (const granularity of ['MONTH', 'QUARTER'] as const) {
        for (const point of reply.timeSeries[granularity]) {
          read(
            universe,
            groupOf(universe, query, first, MONTH_ENDS.indexOf(point.end)),
            point[universe],
            derived,
            `${label} series ${granularity} ${point.period} ${universe}`,
          );
        }
      }
    }
    // Mind The Gap counts companies in scope directly (not as a window of two figures).
    const companies = groupOf('companies', query, first, last);
    const analysed = [...companies];
    analysed[ANALYSED] = bit(1);
    read('companies', analysed, reply.gaps.analysesCompleted, false, `${label} gaps.analysesCompleted`);
    for (const need of reply.gaps.topCompetenceAreas) {
      const naming = [...analysed];
      naming[AREA(need.area)] = bit(1);
      read('companies', naming, need.companies, false, `${label} gaps[${need.area}]`);
    }
  }
  solve(bounds, keys, narrow);
  for (const known of bounds.values()) {
    if (known.lo !== known.hi) continue;
    const n = truth(known.universe, known.group);
    if (n >= 1 && n <= T) problems.push(`${known.universe}: a group of ${n} is pinned down by ${known.why.slice(0, 4).join(' ; ')}`);
  }
  return problems;
}

/**
 * Differences of nested groups: B is A narrowed in one dimension, so A minus B is A with the
 * values of B taken out there. Each round bounds the rest from A and B, and B from A and the rest.
 */
function solve(
  bounds: Map<string, Bounds>,
  keys: GroupKeys,
  narrow: (universe: Universe, group: Group, lo: number, hi: number, why: Why, key?: string) => void,
): void {
  for (let round = 0; round < 2; round++) {
    const known = [...bounds.values()];
    for (let d = 0; d < Math.max(SIZES.participants.length, SIZES.companies.length); d++) {
      const byRest = new Map<string, Bounds[]>();
      for (const b of known) {
        if (d >= b.group.length) continue;
        const rest = keys.with(b.key, d, '*');
        const siblings = byRest.get(rest);
        if (siblings) siblings.push(b);
        else byRest.set(rest, [b]);
      }
      for (const siblings of byRest.values()) {
        for (const a of siblings) {
          for (const b of siblings) {
            const [outer, inner] = [a.group[d]!, b.group[d]!];
            if (outer === inner || (outer & inner) !== inner || inner === 0n) continue;
            const restMask = outer & ~inner;
            const restKey = keys.with(a.key, d, restMask);
            // Only a bound that would narrow is handed on: most pairs teach nothing new, and
            // making their groups and reasons anyway was most of the attack's time.
            let r = bounds.get(restKey);
            const [lo, hi] = [Math.max(0, a.lo - b.hi), a.hi - b.lo];
            if (!r || lo > r.lo || hi < r.hi) {
              const rest = r?.group ?? a.group.map((mask, i) => (i === d ? restMask : mask));
              narrow(a.universe, rest, lo, hi, () => `(${a.why[0]}) − (${b.why[0]})`, restKey);
              r = bounds.get(restKey)!;
            }
            const [bLo, bHi] = [Math.max(0, a.lo - r.hi), a.hi - r.lo];
            if (bLo > b.lo || bHi < b.hi) narrow(b.universe, b.group, bLo, bHi, () => `(${a.why[0]}) − rest`, b.key);
          }
        }
      }
    }
  }
}
