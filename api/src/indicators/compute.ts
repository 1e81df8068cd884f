import { GraphQLError } from 'graphql';
import { type ActivityKind, type Region, type SizeClass, type Theme } from '../project-data/enums.js';
import { sniDivisions } from '../project-data/industries.js';
import { municipalities } from '../project-data/municipalities.js';
import { type Dimension, dayNumber, dims, indexOf, regionOfMunicipality } from './dimensions.js';
import { type Disclosure, decideDisclosure } from './disclosure.js';
import type { CompanyFacts, Facts, ParticipantFacts } from './facts.js';
import { type Breakdown, type Constraint, type ScanResult, scan } from './scan.js';
import { suppressCumulativeSeries } from './suppression.js';

/** What a caller may narrow indicators to. All fields optional; several combine with AND. */
export interface IndicatorQuery {
  region?: Region | null;
  municipality?: string | null;
  sizeClass?: SizeClass | null;
  industry?: string | null;
  activityKind?: ActivityKind | null;
  theme?: Theme | null;
  from?: string | null;
  to?: string | null;
}

export interface Count {
  value: number | null;
  suppressed: boolean;
}
export interface BreakdownCell extends Count {
  key: string;
  label: string;
}
export type Granularity = 'MONTH' | 'QUARTER';

export interface ComputedIndicators {
  participants: { total: Count; byGender: BreakdownCell[]; byAgeBand: BreakdownCell[]; byEducation: BreakdownCell[]; byRegion: BreakdownCell[] };
  companies: { total: Count; bySizeClass: BreakdownCell[]; byRegion: BreakdownCell[]; byIndustry: BreakdownCell[] };
  /** Sums over the participants in scope, suppressed with their total. */
  participantSums: { hours: number; enrolments: number; completed: number; suppressed: boolean };
  timeSeries: Record<Granularity, { period: string; start: string; end: string; participants: Count; companies: Count }[]>;
  gaps: { analysesCompleted: Count; topCompetenceAreas: { area: string; companies: Count; averageShift: number | null; suppressed: boolean }[] };
}

export interface ProjectSpan {
  start: string;
  end: string;
}

/** Same population, same key: absent and null filters are the same thing. */
const normalise = (query: IndicatorQuery): IndicatorQuery => ({
  region: query.region ?? null,
  municipality: query.municipality ?? null,
  sizeClass: query.sizeClass ?? null,
  industry: query.industry ?? null,
  activityKind: query.activityKind ?? null,
  theme: query.theme ?? null,
  from: query.from ?? null,
  to: query.to ?? null,
});

export const activeFilters = (query: IndicatorQuery): string[] =>
  (Object.keys(query) as (keyof IndicatorQuery)[]).filter((key) => query[key] !== undefined && query[key] !== null);

/** Rejects values that name nothing, saying which argument and what is allowed. */
export function validateQuery(query: IndicatorQuery): void {
  const fail = (argument: string, message: string) => {
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: `filter.${argument}` } });
  };
  if (query.municipality != null && !Object.hasOwn(municipalities, query.municipality)) {
    fail('municipality', `"${query.municipality}" is not an SCB municipality code in Skåne or Blekinge (e.g. "1280" for Malmö).`);
  }
  if (query.industry != null && !Object.hasOwn(sniDivisions, query.industry)) {
    fail('industry', `"${query.industry}" is not one of the SNI 2007 divisions used: ${Object.keys(sniDivisions).join(', ')}.`);
  }
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value != null && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) fail(key, `"${value}" is not a date (YYYY-MM-DD).`);
  }
  if (query.from != null && query.to != null && query.from > query.to) fail('from', `The period starts (${query.from}) after it ends (${query.to}).`);
}

interface Table {
  size: number;
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  kinds: Uint8Array;
  themes: Uint16Array;
  day: Int16Array;
}

function constraintsFor(query: IndicatorQuery, table: Table): Constraint[] {
  const constraints: Constraint[] = [];
  const single = (dimension: Dimension, column: (row: number) => number, value: string) =>
    constraints.push({ dim: dimension.name, cardinality: dimension.values.length, partitions: true, target: indexOf(dimension, value), valueOf: column });
  const member = (dim: string, test: (row: number) => boolean) =>
    constraints.push({ dim, cardinality: 2, partitions: false, target: 1, valueOf: (row) => (test(row) ? 1 : 0) });

  // A municipality lies in one region; saying so explicitly makes both descriptions of the same
  // population get the same constraints, hence the same suppression.
  const region = query.region ?? (query.municipality != null ? municipalities[query.municipality]?.region : null);
  if (region != null) single(dims.region, (row) => regionOfMunicipality[table.municipality[row]!]!, region);
  if (query.municipality != null) single(dims.municipality, (row) => table.municipality[row]!, query.municipality);
  if (query.sizeClass != null) single(dims.sizeClass, (row) => table.sizeClass[row]!, query.sizeClass);
  if (query.industry != null) single(dims.industry, (row) => table.industry[row]!, query.industry);
  if (query.activityKind != null) {
    const bit = 1 << indexOf(dims.activityKind, query.activityKind);
    member('activityKind', (row) => (table.kinds[row]! & bit) !== 0);
  }
  if (query.theme != null) {
    const bit = 1 << indexOf(dims.theme, query.theme);
    member('theme', (row) => (table.themes[row]! & bit) !== 0);
  }
  if (query.from != null || query.to != null) {
    const from = query.from != null ? dayNumber(query.from) : -Infinity;
    const to = query.to != null ? dayNumber(query.to) : Infinity;
    member('period', (row) => table.day[row]! >= from && table.day[row]! <= to);
  }
  return constraints;
}

const breakdown = (dimension: Dimension, column: (row: number) => number): Breakdown & { dimension: Dimension } => ({
  name: dimension.name,
  cardinality: dimension.values.length,
  valueOf: column,
  dimension,
});

function periodsOf(span: ProjectSpan, today: string, granularity: Granularity) {
  const last = today < span.end ? today : span.end;
  const periods: { period: string; start: string; end: string; endDay: number }[] = [];
  const step = granularity === 'MONTH' ? 1 : 3;
  for (let date = new Date(`${span.start}T00:00:00Z`); date.toISOString().slice(0, 10) <= last; date.setUTCMonth(date.getUTCMonth() + step)) {
    const start = date.toISOString().slice(0, 10);
    const endDate = new Date(date);
    endDate.setUTCMonth(endDate.getUTCMonth() + step, 0);
    const end = endDate.toISOString().slice(0, 10);
    const year = start.slice(0, 4);
    const label = granularity === 'MONTH' ? start.slice(0, 7) : `${year}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
    periods.push({ period: label, start, end, endDay: dayNumber(end < last ? end : last) });
  }
  return periods;
}

interface Section {
  result: ScanResult;
  disclosure: Disclosure;
  days: number[];
}
interface Scanned {
  participants: Section & { sums: { hours: number; enrolments: number; completed: number } };
  companies: Section & { inScope: Uint8Array };
}

/** Breakdowns that are also filters: a cell of one reply is the total of another (see `consistent`). */
const FILTER_BREAKDOWNS = { participants: { region: 3 }, companies: { sizeClass: 0, region: 1, industry: 2 } } as const;

function scanBoth(facts: Facts, query: IndicatorQuery, threshold: number): Scanned {
  const p: ParticipantFacts = facts.participants;
  const c: CompanyFacts = facts.companies;
  const pConstraints = constraintsFor(query, { ...p, day: p.enrolledDay });
  const sums = { hours: 0, enrolments: 0, completed: 0 };
  const pDays: number[] = [];
  const pResult = scan(p.size, pConstraints, participantBreakdowns(p), (row) => {
    sums.hours += p.hours[row]!;
    sums.enrolments += p.enrolments[row]!;
    sums.completed += p.completed[row]!;
    pDays.push(p.enrolledDay[row]!);
  });
  const cConstraints = constraintsFor(query, { ...c, day: c.joinedDay });
  const cDays: number[] = [];
  const inScope = new Uint8Array(c.size);
  const cResult = scan(c.size, cConstraints, companyBreakdowns(c), (row) => {
    cDays.push(c.joinedDay[row]!);
    inScope[row] = 1;
  });
  return {
    participants: { result: pResult, disclosure: decideDisclosure(pResult, pConstraints, participantBreakdowns(p), threshold), days: pDays, sums },
    companies: { result: cResult, disclosure: decideDisclosure(cResult, cConstraints, companyBreakdowns(c), threshold), days: cDays, inScope },
  };
}

/**
 * A filtered total is withheld whenever the reply without that filter withholds the matching
 * breakdown cell, so no two replies disagree about the same population. Recursion ends because
 * each step drops a filter; results are memoised per query.
 */
function consistent(facts: Facts, query: IndicatorQuery, threshold: number, memo: Map<string, Scanned>): Scanned {
  const key = JSON.stringify(query);
  const cached = memo.get(key);
  if (cached) return cached;
  const scanned = scanBoth(facts, query, threshold);
  for (const section of ['participants', 'companies'] as const) {
    const disclosure = scanned[section].disclosure;
    for (const [dim, index] of Object.entries(FILTER_BREAKDOWNS[section])) {
      const value = dim === 'region' ? (query.region ?? (query.municipality != null ? municipalities[query.municipality]?.region : null)) : query[dim as 'sizeClass' | 'industry'];
      if (value == null || disclosure.totalSuppressed) continue;
      // Dropping a region that a municipality filter implies leaves the same population.
      if (dim === 'region' && query.municipality != null && municipalities[query.municipality]?.region === value) continue;
      const wider = consistent(facts, { ...query, [dim]: null, ...(dim === 'region' ? { municipality: null } : {}) }, threshold, memo)[section].disclosure;
      const dimension = dims[dim as 'region' | 'sizeClass' | 'industry'];
      if (wider.totalSuppressed || wider.suppressed[index]![indexOf(dimension, value)]) disclosure.totalSuppressed = true;
    }
    if (disclosure.totalSuppressed) disclosure.suppressed = disclosure.suppressed.map((flags) => flags.map(() => true));
  }
  memo.set(key, scanned);
  return scanned;
}

const participantBreakdowns = (p: ParticipantFacts) => [
  breakdown(dims.gender, (row) => p.gender[row]!),
  breakdown(dims.ageBand, (row) => p.ageBand[row]!),
  breakdown(dims.education, (row) => p.education[row]!),
  breakdown(dims.region, (row) => regionOfMunicipality[p.municipality[row]!]!),
];
const companyBreakdowns = (c: CompanyFacts) => [
  breakdown(dims.sizeClass, (row) => c.sizeClass[row]!),
  breakdown(dims.region, (row) => regionOfMunicipality[c.municipality[row]!]!),
  breakdown(dims.industry, (row) => c.industry[row]!),
];

/** Counts, breakdowns, series and gap figures for one query, with suppression applied. */
export function computeIndicators(facts: Facts, query: IndicatorQuery, threshold: number, span: ProjectSpan, today: string): ComputedIndicators {
  const scanned = consistent(facts, normalise(query), threshold, new Map());
  const pBreakdowns = participantBreakdowns(facts.participants);
  const cBreakdowns = companyBreakdowns(facts.companies);
  const { result: pResult, disclosure: pDisclosure, days: pDays, sums } = scanned.participants;
  const { result: cResult, disclosure: cDisclosure, days: cDays, inScope } = scanned.companies;

  const count = (value: number, suppressed: boolean): Count => ({ value: suppressed ? null : value, suppressed });
  const cells = (b: (typeof pBreakdowns)[number], counts: Float64Array, flags: boolean[]): BreakdownCell[] =>
    b.dimension.values.map((key, i) => ({ key, label: b.dimension.label(key), ...count(counts[i]!, flags[i]!) }));

  // Cumulative series: suppressed as a chain so no period's newcomers can be read off.
  const series = (granularity: Granularity) => {
    const periods = periodsOf(span, today, granularity);
    const cumulative = (days: number[]) => {
      const sorted = Float64Array.from(days).sort();
      let j = 0;
      return periods.map(({ endDay }) => {
        while (j < sorted.length && sorted[j]! <= endDay) j++;
        return j;
      });
    };
    const pPoints = cumulative(pDays);
    const cPoints = cumulative(cDays);
    const pPublished = pDisclosure.totalSuppressed ? pPoints.map(() => false) : suppressCumulativeSeries(pPoints, pResult.total, threshold);
    const cPublished = cDisclosure.totalSuppressed ? cPoints.map(() => false) : suppressCumulativeSeries(cPoints, cResult.total, threshold);
    return periods.map(({ period, start, end }, i) => ({
      period,
      start,
      end,
      participants: count(pPoints[i]!, !pPublished[i]),
      companies: count(cPoints[i]!, !cPublished[i]),
    }));
  };

  // Gap analyses of the companies in scope: how many, and the competence areas most companies need.
  const analyses = Array.prototype.filter.call(facts.gaps.analysisCompany, (row: number) => row >= 0 && inScope[row] === 1).length;
  const byArea = new Map<string, { companies: Set<number>; shiftSum: number; shifts: number }>();
  for (const shift of facts.gaps.shifts) {
    if (shift.companyRow < 0 || !inScope[shift.companyRow]) continue;
    const entry = byArea.get(shift.area) ?? { companies: new Set<number>(), shiftSum: 0, shifts: 0 };
    entry.companies.add(shift.companyRow);
    entry.shiftSum += shift.shift;
    entry.shifts += 1;
    byArea.set(shift.area, entry);
  }
  const topCompetenceAreas = [...byArea.entries()]
    .map(([area, entry]) => ({ area, companies: entry.companies.size, averageShift: entry.shiftSum / entry.shifts }))
    .sort((a, b) => b.companies - a.companies || a.area.localeCompare(b.area, 'sv'))
    .slice(0, 8)
    .map(({ area, companies, averageShift }) => {
      const suppressed = cDisclosure.totalSuppressed || (companies >= 1 && companies <= threshold);
      return { area, companies: count(companies, suppressed), averageShift: suppressed ? null : Math.round(averageShift * 100) / 100, suppressed };
    });
  const analysesSuppressed = cDisclosure.totalSuppressed || (analyses >= 1 && analyses <= threshold);

  return {
    participants: {
      total: count(pResult.total, pDisclosure.totalSuppressed),
      byGender: cells(pBreakdowns[0]!, pResult.byBreakdown[0]!, pDisclosure.suppressed[0]!),
      byAgeBand: cells(pBreakdowns[1]!, pResult.byBreakdown[1]!, pDisclosure.suppressed[1]!),
      byEducation: cells(pBreakdowns[2]!, pResult.byBreakdown[2]!, pDisclosure.suppressed[2]!),
      byRegion: cells(pBreakdowns[3]!, pResult.byBreakdown[3]!, pDisclosure.suppressed[3]!),
    },
    companies: {
      total: count(cResult.total, cDisclosure.totalSuppressed),
      bySizeClass: cells(cBreakdowns[0]!, cResult.byBreakdown[0]!, cDisclosure.suppressed[0]!),
      byRegion: cells(cBreakdowns[1]!, cResult.byBreakdown[1]!, cDisclosure.suppressed[1]!),
      byIndustry: cells(cBreakdowns[2]!, cResult.byBreakdown[2]!, cDisclosure.suppressed[2]!).filter((cell) => cell.value !== 0),
    },
    participantSums: { ...sums, suppressed: pDisclosure.totalSuppressed },
    timeSeries: { MONTH: series('MONTH'), QUARTER: series('QUARTER') },
    gaps: { analysesCompleted: count(analyses, analysesSuppressed), topCompetenceAreas },
  };
}

