import type { KeyedCount } from '../disclosure/cell-key.js';
import type { BreakdownCell, SuppressibleCount, SuppressibleMeasure } from '../disclosure/figure.types.js';
import type { DisclosurePolicy, ParticipantTally } from '../disclosure/policy.js';
import { municipalities } from '../project-data/municipalities.js';
import { type Dimension, crossed, dayNumber, dims, indexOf, regionOfMunicipality } from './dimensions.js';
import type { Facts } from './facts.js';
import { type Month, quarterLabel } from './periods.js';
import { type IndicatorQuery, normalise } from './query.js';
import { partOfProfile } from './profile.js';
import { type ActivityFilter, type Condition, scanParticipants } from './participant-scan.js';
import { type Breakdown, type MonthlyTally, cumulate, foldTally, scanByMonth } from './scan.js';

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
  /** The month each participant row counts in: −1 after the release, 0 for any before the project start. */
  participantMonth: Int8Array;
}

/** The enrolments an activity filter counts, as bit masks of kinds and themes (−1: any). */
function activityFilter(query: IndicatorQuery): ActivityFilter | null {
  if (query.activityKind == null && query.theme == null) return null;
  return {
    kinds: query.activityKind != null ? 1 << indexOf(dims.activityKind, query.activityKind) : -1,
    themes: query.theme != null ? 1 << indexOf(dims.theme, query.theme) : -1,
  };
}

interface Columns {
  municipality: Uint8Array;
  sizeClass: Uint8Array;
  industry: Uint8Array;
  kinds: Uint8Array;
  themes: Uint8Array;
}

function conditionsFor(query: IndicatorQuery, table: Columns): Condition[] {
  const conditions: Condition[] = [];
  if (query.region != null) {
    const region = indexOf(dims.region, query.region);
    conditions.push({ column: table.municipality, allowed: Uint8Array.from(regionOfMunicipality, (of) => (of === region ? 1 : 0)) });
  }
  if (query.municipality != null) conditions.push({ column: table.municipality, equals: indexOf(dims.municipality, query.municipality) });
  if (query.sizeClass != null) conditions.push({ column: table.sizeClass, equals: indexOf(dims.sizeClass, query.sizeClass) });
  if (query.industry != null) conditions.push({ column: table.industry, equals: indexOf(dims.industry, query.industry) });
  if (query.activityKind != null) conditions.push({ column: table.kinds, anyOf: 1 << indexOf(dims.activityKind, query.activityKind) });
  if (query.theme != null) conditions.push({ column: table.themes, anyOf: 1 << indexOf(dims.theme, query.theme) });
  return conditions;
}

/** A condition as a test of one row, for the small scans (companies). */
const rowTest = (condition: Condition) => (row: number) =>
  'equals' in condition
    ? condition.column[row] === condition.equals
    : 'anyOf' in condition
      ? (condition.column[row]! & condition.anyOf) !== 0
      : condition.allowed[condition.column[row]!] === 1;

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
export function computeIndicators(facts: Facts, rawQuery: IndicatorQuery, release: Release, sums = true): ComputedIndicators {
  const query = normalise(rawQuery);
  // A municipality in the other region selects nobody, by definition rather than by the data.
  const impossible = query.region != null && query.municipality != null && municipalities[query.municipality]?.region !== query.region;
  // A municipality lies in one region: both descriptions of the same population scan alike.
  if (query.region == null && query.municipality != null) query.region = municipalities[query.municipality]?.region ?? null;
  const { policy, months } = release;
  const { first, last } = span(query, release);
  const p = facts.participants;
  const c = facts.companies;
  // Companies that joined after the release are left out; any before the project start count in its first month.
  const releaseEnd = release.month >= 0 ? months[release.month]!.endDay : -Infinity;
  const releaseMonthOf = (day: number) => (day > releaseEnd ? -1 : Math.max(0, release.monthOf(day)));

  // One cell per profile code; the breakdowns are summed from those cells below. Under an activity
  // filter the participants are those who took part in such an activity, and their hours and
  // enrolments narrow to the matching activities' enrolments.
  const { tally: pTally, measures: pMeasures } = scanParticipants(
    p,
    facts.enrolments,
    release.participantMonth,
    months.length,
    conditionsFor(query, p),
    sums ? (activityFilter(query) ?? 'all') : null,
  );
  const pBreakdowns = [
    dims.gender,
    dims.ageBand,
    dims.education,
    dims.region,
    crossed(dims.gender, dims.esfAgeGroup),
    crossed(dims.gender, dims.education),
    dims.esfAgeGroup,
  ];
  const pParts = { gender: partOfProfile(dims.gender), esfAgeGroup: partOfProfile(dims.esfAgeGroup), education: partOfProfile(dims.education) };
  const valueOfProfile = [
    pParts.gender,
    partOfProfile(dims.ageBand),
    pParts.education,
    partOfProfile(dims.region),
    Uint8Array.from(pParts.gender, (gender, code) => gender * dims.esfAgeGroup.values.length + pParts.esfAgeGroup[code]!),
    Uint8Array.from(pParts.gender, (gender, code) => gender * dims.education.values.length + pParts.education[code]!),
    pParts.esfAgeGroup,
  ];
  const pByBreakdown = foldTally(
    pTally,
    valueOfProfile.map((values, i) => ({ values, cardinality: pBreakdowns[i]!.values.length })),
  );
  const cBreakdowns = [
    breakdown(dims.sizeClass, (row) => c.sizeClass[row]!),
    breakdown(dims.region, (row) => regionOfMunicipality[c.municipality[row]!]!),
    breakdown(dims.industry, (row) => c.industry[row]!),
  ];
  const inScope = new Uint8Array(c.size);
  const cTally = scanByMonth({
    size: c.size,
    conditions: conditionsFor(query, c).map(rowTest),
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
  const at = (series: { count: Float64Array; keySum: Float64Array }, month: number): KeyedCount =>
    month < 0 ? empty : { count: series.count[month]!, keySum: series.keySum[month]! };
  const windowOf = (series: { count: Float64Array; keySum: Float64Array }, upTo: number, population: 'participants' | 'companies') =>
    impossible
      ? policy.emptyByDefinition()
      : last < first
        ? policy.count(empty, population)
        : policy.window(at(series, upTo), first > 0 ? at(series, first - 1) : null, population);
  /** The value a filter fixes for a breakdown dimension: every other cell is empty by definition. */
  const fixed: Record<string, string | null | undefined> = { region: query.region, sizeClass: query.sizeClass, industry: query.industry };

  const section = (tally: MonthlyTally, breakdowns: Dimension[], population: 'participants' | 'companies') => {
    const total = windowOf(totals(tally), last, population);
    const cells = breakdowns.map((dimension, i) =>
      dimension.values.map((key, v) => {
        const byValue = tally.byBreakdown[i]!;
        const series = {
          count: cumulate(byValue.count, tally.months, dimension.values.length, v),
          keySum: cumulate(byValue.keySum, tally.months, dimension.values.length, v),
        };
        const outside = fixed[dimension.name] != null && fixed[dimension.name] !== key;
        return policy.cell(outside ? policy.emptyByDefinition() : windowOf(series, last, population), total, key, dimension.label(key));
      }),
    );
    return { total, cells };
  };
  const participants = section(pByBreakdown, pBreakdowns, 'participants');
  const companies = section(
    cTally,
    cBreakdowns.map((b) => b.dimension),
    'companies',
  );

  const pTotals = totals(pTally);
  const cum = {
    hours: cumulate(pMeasures.hours, months.length),
    enrolments: cumulate(pMeasures.enrolments, months.length),
    completed: cumulate(pMeasures.completed, months.length),
  };
  const tallyAt = (month: number): ParticipantTally | null => {
    if (month < 0) return null;
    let largest = 0;
    for (let m = 0; m <= month; m++) largest = Math.max(largest, pMeasures.largest[m]!);
    return { ...at(pTotals, month), hours: cum.hours[month]!, largestHours: largest, enrolments: cum.enrolments[month]!, completed: cum.completed[month]! };
  };
  const none: ParticipantTally = { ...empty, hours: 0, largestHours: 0, enrolments: 0, completed: 0 };
  const upTo = tallyAt(last) ?? none;
  const before = first > 0 ? (tallyAt(first - 1) ?? none) : null;
  const windows = { upTo, before };

  const series = (granularity: Granularity): TimePointFigures[] => {
    const points: TimePointFigures[] = [];
    const cTotals = totals(cTally);
    for (let m = first; m <= last; m++) {
      const isQuarterEnd = Number(months[m]!.start.slice(5, 7)) % 3 === 0 || m === last;
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
    participants: {
      total: participants.total,
      byGender: participants.cells[0]!,
      byAgeBand: participants.cells[1]!,
      byEducation: participants.cells[2]!,
      byRegion: participants.cells[3]!,
    },
    esf: { byGenderAndAgeGroup: participants.cells[4]!, byGenderAndEducation: participants.cells[5]!, byAgeGroup: participants.cells[6]! },
    companies: {
      total: companies.total,
      bySizeClass: companies.cells[0]!,
      byRegion: companies.cells[1]!,
      byIndustry: companies.cells[2]!,
    },
    // Not summed: read as withheld, never as a figure (the service asks again with sums for anyone who reads them).
    trainingHours: sums ? policy.hours(windows.upTo, windows.before, participants.total) : policy.notAsked(),
    completionRate: sums ? policy.completionRate(windows.upTo, windows.before, participants.total) : policy.notAsked(),
    timeSeries: { MONTH: series('MONTH'), QUARTER: series('QUARTER') },
    gaps: gapFigures(facts, inScope, policy),
  };
}

/** The competence area of each shift as an index, worked out once per load of the facts. */
const shiftIndexes = new WeakMap<Facts['gaps'], { areas: string[]; areaOf: Uint16Array }>();
function indexedShifts(gaps: Facts['gaps']) {
  let indexed = shiftIndexes.get(gaps);
  if (!indexed) {
    const areas = [...new Set(gaps.shifts.map((shift) => shift.area))];
    const index = new Map(areas.map((area, i) => [area, i]));
    indexed = { areas, areaOf: Uint16Array.from(gaps.shifts, (shift) => index.get(shift.area)!) };
    shiftIndexes.set(gaps, indexed);
  }
  return indexed;
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
  const { areas, areaOf } = indexedShifts(facts.gaps);
  const shifts = facts.gaps.shifts;
  const companies = areas.map(() => ({ count: 0, keySum: 0, shiftSum: 0, largest: 0 }));
  // A company counts once per area however many of its shifts name it.
  const counted = new Uint8Array(areas.length * facts.companies.size);
  for (let i = 0; i < shifts.length; i++) {
    const { companyRow, shift } = shifts[i]!;
    if (companyRow < 0 || !inScope[companyRow]) continue;
    const area = areaOf[i]!;
    const entry = companies[area]!;
    if (!counted[area * facts.companies.size + companyRow]) {
      counted[area * facts.companies.size + companyRow] = 1;
      entry.count += 1;
      entry.keySum += keys[companyRow]!;
    }
    entry.shiftSum += shift;
    entry.largest = Math.max(entry.largest, Math.abs(shift));
  }
  const byArea = new Map(areas.flatMap((area, i) => (companies[i]!.count ? [[area, companies[i]!] as const] : [])));
  // Each figure is protected on its own: a withheld total does not bound a direct count.
  const topCompetenceAreas = [...byArea.entries()]
    .map(([area, entry]) => {
      const cell: KeyedCount = { count: entry.count, keySum: entry.keySum };
      const count = policy.count(cell, 'other');
      return { area, companies: count, averageShift: policy.average(count, cell, entry.shiftSum, entry.largest) };
    })
    .filter((entry) => entry.companies.value !== null && entry.companies.value > 0)
    .sort((a, b) => b.companies.value! - a.companies.value! || a.area.localeCompare(b.area, 'sv'))
    .slice(0, 8);
  const analysesCompleted = policy.count(analyses, 'other');
  return { analysesCompleted, topCompetenceAreas };
}
