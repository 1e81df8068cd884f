import type { KeyedCount } from '../disclosure/cell-key.js';
import type { BreakdownCell, SuppressibleCount, SuppressibleMeasure } from '../disclosure/figure.types.js';
import type { DisclosurePolicy, ParticipantTally } from '../disclosure/policy.js';
import { municipalities } from '../project-data/municipalities.js';
import { type Dimension, crossed, dayNumber, dims, indexOf, regionOfMunicipality } from './dimensions.js';
import type { Facts } from './facts.js';
import { type Month, quarterLabel } from './periods.js';
import { type IndicatorQuery, normalise } from './query.js';
import { type Breakdown, type MonthlyTally, cumulate, scanByMonth } from './scan.js';

export type Granularity = 'MONTH' | 'QUARTER';

export interface TimePointFigures {
  period: string;
  start: string;
  end: string;
  participants: SuppressibleCount;
  companies: SuppressibleCount;
}

export interface ComputedIndicators {
  participants: { total: SuppressibleCount; byGender: BreakdownCell[]; byAgeBand: BreakdownCell[]; byEducation: BreakdownCell[]; byRegion: BreakdownCell[] };
  /** Cells of the ESF+ common indicators, by gender as Annex I asks (keys "WOMAN|FROM_55"). */
  esf: { byGenderAndAgeGroup: BreakdownCell[]; byGenderAndEducation: BreakdownCell[]; byAgeGroup: BreakdownCell[] };
  companies: { total: SuppressibleCount; bySizeClass: BreakdownCell[]; byRegion: BreakdownCell[]; byIndustry: BreakdownCell[] };
  trainingHours: SuppressibleMeasure;
  completionRate: SuppressibleMeasure;
  timeSeries: Record<Granularity, TimePointFigures[]>;
  gaps: { analysesCompleted: SuppressibleCount; topCompetenceAreas: { area: string; companies: SuppressibleCount; averageShift: SuppressibleMeasure }[] };
}

/** The release every figure describes (see disclosure/release.ts), with the policy that protects it. */
export interface Release {
  policy: DisclosurePolicy;
  months: Month[];
  monthOf(day: number): number;
  /** Index of the release's month in `months`; −1 before the first release. */
  month: number;
}

/** Hours and enrolments under an activity filter, counted over the matching activities only. */
export type ActivitySums = Pick<ParticipantTally, 'hours' | 'enrolments' | 'completed'>;
export type ActivityTallies = { upTo: ActivitySums; before: ActivitySums | null };

interface Columns {
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  kinds: Uint8Array;
  themes: Uint16Array;
}

function conditionsFor(query: IndicatorQuery, table: Columns): ((row: number) => boolean)[] {
  const conditions: ((row: number) => boolean)[] = [];
  if (query.region != null) {
    const region = indexOf(dims.region, query.region);
    conditions.push((row) => regionOfMunicipality[table.municipality[row]!] === region);
  }
  const equals = (dimension: Dimension, column: Uint8Array, value: string) => {
    const target = indexOf(dimension, value);
    conditions.push((row) => column[row] === target);
  };
  if (query.municipality != null) equals(dims.municipality, table.municipality, query.municipality);
  if (query.sizeClass != null) equals(dims.sizeClass, table.sizeClass, query.sizeClass);
  if (query.industry != null) equals(dims.industry, table.industry, query.industry);
  if (query.activityKind != null) {
    const bit = 1 << indexOf(dims.activityKind, query.activityKind);
    conditions.push((row) => (table.kinds[row]! & bit) !== 0);
  }
  if (query.theme != null) {
    const bit = 1 << indexOf(dims.theme, query.theme);
    conditions.push((row) => (table.themes[row]! & bit) !== 0);
  }
  return conditions;
}

const breakdown = (dimension: Dimension, column: (row: number) => number): Breakdown & { dimension: Dimension } => ({
  name: dimension.name,
  cardinality: dimension.values.length,
  valueOf: column,
  dimension,
});

/** The months a reply covers: from the period's first month to its last, at most the release. */
function span(query: IndicatorQuery, release: Release) {
  const first = query.from != null ? Math.max(0, release.monthOf(dayNumber(query.from))) : 0;
  const last = Math.min(release.month, query.to != null ? release.monthOf(dayNumber(query.to)) : release.months.length - 1);
  return { first, last };
}

/** Counts, breakdowns, series, sums and gap figures for one query, every figure through the policy. */
export function computeIndicators(facts: Facts, rawQuery: IndicatorQuery, release: Release, activity: ActivityTallies | null): ComputedIndicators {
  const query = normalise(rawQuery);
  // A municipality in the other region selects nobody, by definition rather than by the data.
  const impossible = query.region != null && query.municipality != null && municipalities[query.municipality]?.region !== query.region;
  // A municipality lies in one region: both descriptions of the same population scan alike.
  if (query.region == null && query.municipality != null) query.region = municipalities[query.municipality]?.region ?? null;
  const { policy, months } = release;
  const { first, last } = span(query, release);
  const p = facts.participants;
  const c = facts.companies;
  // Rows that arrived after the release are left out; those before the project start count in its first month.
  const releaseEnd = release.month >= 0 ? months[release.month]!.endDay : -Infinity;
  const releaseMonthOf = (day: number) => (day > releaseEnd ? -1 : Math.max(0, release.monthOf(day)));

  const pMeasures = { hours: new Float64Array(months.length), largest: new Float64Array(months.length), enrolments: new Float64Array(months.length), completed: new Float64Array(months.length) };
  const pBreakdowns = [
    breakdown(dims.gender, (row) => p.gender[row]!),
    breakdown(dims.ageBand, (row) => p.ageBand[row]!),
    breakdown(dims.education, (row) => p.education[row]!),
    breakdown(dims.region, (row) => regionOfMunicipality[p.municipality[row]!]!),
    breakdown(crossed(dims.gender, dims.esfAgeGroup), (row) => p.gender[row]! * dims.esfAgeGroup.values.length + p.esfAgeGroup[row]!),
    breakdown(crossed(dims.gender, dims.education), (row) => p.gender[row]! * dims.education.values.length + p.education[row]!),
    breakdown(dims.esfAgeGroup, (row) => p.esfAgeGroup[row]!),
  ];
  const pTally = scanByMonth({
    size: p.size,
    conditions: conditionsFor(query, p),
    monthOf: (row) => releaseMonthOf(p.enrolledDay[row]!),
    keyOf: (row) => p.recordKey[row]!,
    months: months.length,
    breakdowns: pBreakdowns,
    onMatch: (row, month) => {
      pMeasures.hours[month]! += p.hours[row]!;
      if (p.hours[row]! > pMeasures.largest[month]!) pMeasures.largest[month] = p.hours[row]!;
      pMeasures.enrolments[month]! += p.enrolments[row]!;
      pMeasures.completed[month]! += p.completed[row]!;
    },
  });
  const cBreakdowns = [
    breakdown(dims.sizeClass, (row) => c.sizeClass[row]!),
    breakdown(dims.region, (row) => regionOfMunicipality[c.municipality[row]!]!),
    breakdown(dims.industry, (row) => c.industry[row]!),
  ];
  const inScope = new Uint8Array(c.size);
  const cTally = scanByMonth({
    size: c.size,
    conditions: conditionsFor(query, c),
    monthOf: (row) => releaseMonthOf(c.joinedDay[row]!),
    keyOf: (row) => c.recordKey[row]!,
    months: months.length,
    breakdowns: cBreakdowns,
    onMatch: (row, month) => {
      if (month >= first && month <= last) inScope[row] = 1;
    },
  });

  const empty: KeyedCount = { count: 0, keySum: 0 };
  const totals = (tally: MonthlyTally) => ({ count: cumulate(tally.count, tally.months), keySum: cumulate(tally.keySum, tally.months) });
  const at = (series: { count: Float64Array; keySum: Float64Array }, month: number): KeyedCount => (month < 0 ? empty : { count: series.count[month]!, keySum: series.keySum[month]! });
  const windowOf = (series: { count: Float64Array; keySum: Float64Array }, upTo: number, population: 'participants' | 'companies') =>
    impossible ? policy.emptyByDefinition() : last < first ? policy.count(empty, population) : policy.window(at(series, upTo), first > 0 ? at(series, first - 1) : null, population);
  /** The value a filter fixes for a breakdown dimension: every other cell is empty by definition. */
  const fixed: Record<string, string | null | undefined> = { region: query.region, sizeClass: query.sizeClass, industry: query.industry };

  const section = (tally: MonthlyTally, breakdowns: (Breakdown & { dimension: Dimension })[], population: 'participants' | 'companies') => {
    const total = windowOf(totals(tally), last, population);
    const cells = breakdowns.map((b, i) =>
      b.dimension.values.map((key, v) => {
        const byValue = tally.byBreakdown[i]!;
        const series = { count: cumulate(byValue.count, tally.months, b.cardinality, v), keySum: cumulate(byValue.keySum, tally.months, b.cardinality, v) };
        const outside = fixed[b.name] != null && fixed[b.name] !== key;
        return policy.cell(outside ? policy.emptyByDefinition() : windowOf(series, last, population), total, key, b.dimension.label(key));
      }),
    );
    return { total, cells };
  };
  const participants = section(pTally, pBreakdowns, 'participants');
  const companies = section(cTally, cBreakdowns, 'companies');

  const pTotals = totals(pTally);
  const cum = { hours: cumulate(pMeasures.hours, months.length), enrolments: cumulate(pMeasures.enrolments, months.length), completed: cumulate(pMeasures.completed, months.length) };
  const tallyAt = (month: number): ParticipantTally | null => {
    if (month < 0) return null;
    let largest = 0;
    for (let m = 0; m <= month; m++) largest = Math.max(largest, pMeasures.largest[m]!);
    return { ...at(pTotals, month), hours: cum.hours[month]!, largestHours: largest, enrolments: cum.enrolments[month]!, completed: cum.completed[month]! };
  };
  // Under an activity filter the participants are the same (facts know who took part in what);
  // only their hours and enrolments narrow to the matching activities.
  const none: ParticipantTally = { ...empty, hours: 0, largestHours: 0, enrolments: 0, completed: 0 };
  const upTo = tallyAt(last) ?? none;
  const before = first > 0 ? (tallyAt(first - 1) ?? none) : null;
  const sums = activity ? { upTo: { ...upTo, ...activity.upTo }, before: before && activity.before ? { ...before, ...activity.before } : null } : { upTo, before };

  const series = (granularity: Granularity): TimePointFigures[] => {
    const points: TimePointFigures[] = [];
    const cTotals = totals(cTally);
    for (let m = first; m <= last; m++) {
      const isQuarterEnd = (Number(months[m]!.start.slice(5, 7)) % 3 === 0) || m === last;
      if (granularity === 'QUARTER' && !isQuarterEnd) continue;
      const startMonth = granularity === 'QUARTER' ? Math.max(first, m - ((Number(months[m]!.start.slice(5, 7)) - 1) % 3)) : m;
      points.push({
        period: granularity === 'MONTH' ? months[m]!.label : quarterLabel(months[m]!),
        start: months[startMonth]!.start,
        end: months[m]!.end,
        participants: windowOf(pTotals, m, 'participants'),
        companies: windowOf(cTotals, m, 'companies'),
      });
    }
    return points;
  };

  return {
    participants: { total: participants.total, byGender: participants.cells[0]!, byAgeBand: participants.cells[1]!, byEducation: participants.cells[2]!, byRegion: participants.cells[3]! },
    esf: { byGenderAndAgeGroup: participants.cells[4]!, byGenderAndEducation: participants.cells[5]!, byAgeGroup: participants.cells[6]! },
    companies: {
      total: companies.total,
      bySizeClass: companies.cells[0]!,
      byRegion: companies.cells[1]!,
      byIndustry: companies.cells[2]!,
    },
    trainingHours: policy.hours(sums.upTo, sums.before, participants.total),
    completionRate: policy.completionRate(sums.upTo, sums.before, participants.total),
    timeSeries: { MONTH: series('MONTH'), QUARTER: series('QUARTER') },
    gaps: gapFigures(facts, inScope, policy),
  };
}

/**
 * Mind The Gap for the companies in scope: how many analyses, and the competence areas most
 * companies need. An area is listed only when its protected count is published, so no name is
 * shown on the strength of one to `threshold` companies.
 */
function gapFigures(facts: Facts, inScope: Uint8Array, policy: DisclosurePolicy): ComputedIndicators['gaps'] {
  const keys = facts.companies.recordKey;
  const analyses: KeyedCount = { count: 0, keySum: 0 };
  facts.gaps.analysisCompany.forEach((row) => {
    if (row < 0 || !inScope[row]) return;
    analyses.count += 1;
    analyses.keySum += keys[row]!;
  });
  const byArea = new Map<string, { rows: Set<number>; shiftSum: number; largest: number }>();
  for (const shift of facts.gaps.shifts) {
    if (shift.companyRow < 0 || !inScope[shift.companyRow]) continue;
    const entry = byArea.get(shift.area) ?? { rows: new Set<number>(), shiftSum: 0, largest: 0 };
    entry.rows.add(shift.companyRow);
    entry.shiftSum += shift.shift;
    entry.largest = Math.max(entry.largest, Math.abs(shift.shift));
    byArea.set(shift.area, entry);
  }
  // Each figure is protected on its own: a withheld total does not bound a direct count.
  const topCompetenceAreas = [...byArea.entries()]
    .map(([area, entry]) => {
        const cell: KeyedCount = { count: entry.rows.size, keySum: [...entry.rows].reduce((sum, row) => sum + keys[row]!, 0) };
        const count = policy.count(cell, 'other');
        return { area, companies: count, averageShift: policy.average(count, cell, entry.shiftSum, entry.largest) };
      })
      .filter((entry) => entry.companies.value !== null && entry.companies.value > 0)
      .sort((a, b) => b.companies.value! - a.companies.value! || a.area.localeCompare(b.area, 'sv'))
      .slice(0, 8);
  const analysesCompleted = policy.count(analyses, 'other');
  return { analysesCompleted, topCompetenceAreas };
}
