/**
 * Generated populations for the disclosure adversary: a few companies and participants spread
 * over every dimension the API filters or breaks down by, so that small groups (1 to 4 people or
 * companies) exist in every dimension and month. Built straight into the in-memory facts the
 * indicators are computed from, with the same record keys a database would draw.
 */
import fc from 'fast-check';
import { dayNumber, dims, indexOf, regionOfMunicipality } from '../../src/indicators/dimensions.js';
import type { EnrolmentFacts, Facts } from '../../src/indicators/facts.js';
import { profileCode } from '../../src/indicators/profile.js';

export const SPAN = { start: '2024-01-01', end: '2026-12-31' };
/** Six months of data: releases at each month end up to 2024-06-30. */
export const TODAY = '2024-07-03';
export const MONTH_STARTS = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'];
export const MONTH_ENDS = ['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31', '2024-06-30'];

export const MUNICIPALITIES = ['1280', '1283', '1080'] as const; // Malmö, Helsingborg (Skåne); Karlskrona (Blekinge)
export const SIZE_CLASSES = ['MICRO', 'SMALL'] as const;
export const INDUSTRIES = ['25', '28'] as const;
export const KINDS = ['COURSE', 'WORKSHOP'] as const;
export const THEMES = ['ENERGY_EFFICIENCY', 'DIGITALISATION'] as const;
export const AREAS = ['Svetsning', 'Energikartläggning', 'Ledarskap'] as const;

export interface Company {
  municipality: (typeof MUNICIPALITIES)[number];
  sizeClass: (typeof SIZE_CLASSES)[number];
  industry: (typeof INDUSTRIES)[number];
  month: number;
  key: number;
  /** Competence areas its Mind The Gap analysis names; null when it has none. */
  areas: (typeof AREAS)[number][] | null;
}

export interface Participant {
  company: number;
  gender: number;
  ageBand: number;
  education: number;
  /** Months after the company joined. */
  month: number;
  kinds: number;
  themes: number;
  hours: number;
  enrolments: number;
  completed: number;
  key: number;
}

export interface Population {
  companies: Company[];
  participants: Participant[];
}

// Record keys are uniform random draws in the database; shrinking them towards 0 would model
// keys that collide, which the database never produces.
const key = fc.noShrink(fc.integer({ min: 0, max: 2 ** 32 - 1 }));
const company = fc.record({
  municipality: fc.constantFrom(...MUNICIPALITIES),
  sizeClass: fc.constantFrom(...SIZE_CLASSES),
  industry: fc.constantFrom(...INDUSTRIES),
  month: fc.integer({ min: 0, max: 5 }),
  key,
  areas: fc.option(fc.subarray([...AREAS], { minLength: 1 }), { nil: null }),
});

export const populationArb: fc.Arbitrary<Population> = fc.array(company, { minLength: 6, maxLength: 12 }).chain((companies) =>
  fc
    .array(
      fc.record({
        company: fc.integer({ min: 0, max: companies.length - 1 }),
        gender: fc.integer({ min: 0, max: 1 }),
        ageBand: fc.integer({ min: 0, max: 2 }),
        education: fc.integer({ min: 0, max: 2 }),
        month: fc.integer({ min: 0, max: 5 }),
        kinds: fc.integer({ min: 1, max: 3 }),
        themes: fc.integer({ min: 1, max: 3 }),
        hours: fc.integer({ min: 2, max: 80 }),
        enrolments: fc.integer({ min: 1, max: 3 }),
        completed: fc.integer({ min: 0, max: 3 }),
        key,
      }),
      { minLength: 25, maxLength: 60 },
    )
    .map((participants) => ({
      companies,
      participants: participants.map((p) => ({
        ...p,
        month: Math.min(5, companies[p.company]!.month + p.month),
        completed: Math.min(p.completed, p.enrolments),
      })),
    })),
);

const dayOfMonth = (month: number) => dayNumber(MONTH_STARTS[month]!) + 9;
/** The bit masks facts use, from the population's small local indices. */
const kindMask = (bits: number) => KINDS.reduce((mask, kind, i) => (bits & (1 << i) ? mask | (1 << indexOf(dims.activityKind, kind)) : mask), 0);
const themeMask = (bits: number) => THEMES.reduce((mask, theme, i) => (bits & (1 << i) ? mask | (1 << indexOf(dims.theme, theme)) : mask), 0);

/** The ESF+ age groups refine the bands: a few of the youngest are under 18. */
const esfAgeGroupOf = (p: Participant) => (p.ageBand === 0 ? (p.key % 50 === 0 ? 0 : 1) : p.ageBand + 1);

/** Each participant's enrolments: one per kind and theme it took part in, and at least `enrolments`; its hours on the first. */
function enrolmentRuns(ps: Participant[]) {
  return ps.map((p) => {
    const kinds = KINDS.flatMap((kind, i) => (p.kinds & (1 << i) ? [indexOf(dims.activityKind, kind)] : []));
    const themes = THEMES.flatMap((theme, i) => (p.themes & (1 << i) ? [indexOf(dims.theme, theme)] : []));
    return Array.from({ length: Math.max(p.enrolments, kinds.length, themes.length) }, (_, j) => ({
      kind: kinds[j % kinds.length]!,
      theme: themes[j % themes.length]!,
      tenths: j === 0 ? p.hours * 10 : 0,
      completed: j < p.completed ? 1 : 0,
    }));
  });
}

function enrolmentPool(runs: ReturnType<typeof enrolmentRuns>): EnrolmentFacts {
  const all = runs.flat();
  return {
    size: all.length,
    kind: Uint8Array.from(all, (e) => e.kind),
    theme: Uint8Array.from(all, (e) => e.theme),
    hoursTenths: Int32Array.from(all, (e) => e.tenths),
    completed: Uint8Array.from(all, (e) => e.completed),
  };
}

export function factsOf(population: Population): Facts {
  const { companies: cs, participants: ps } = population;
  const c = {
    size: cs.length,
    municipality: Uint8Array.from(cs, (x) => indexOf(dims.municipality, x.municipality)),
    sizeClass: Uint8Array.from(cs, (x) => indexOf(dims.sizeClass, x.sizeClass)),
    industry: Uint8Array.from(cs, (x) => indexOf(dims.industry, x.industry)),
    joinedDay: Int16Array.from(cs, (x) => dayOfMonth(x.month)),
    recordKey: Uint32Array.from(cs, (x) => x.key),
    kinds: new Uint8Array(cs.length),
    themes: new Uint8Array(cs.length),
    rowOfId: new Map(cs.map((_, i) => [i, i])),
  };
  ps.forEach((p) => {
    c.kinds[p.company]! |= kindMask(p.kinds);
    c.themes[p.company]! |= themeMask(p.themes);
  });
  const runs = enrolmentRuns(ps);
  const firsts: number[] = [];
  runs.forEach((run, i) => firsts.push(i === 0 ? 0 : firsts[i - 1]! + runs[i - 1]!.length));
  const from = <T extends { from(values: number[]): unknown }>(type: T, pick: (p: Participant, i: number) => number) =>
    type.from(ps.map(pick)) as ReturnType<T['from']>;
  const participants = {
    size: ps.length,
    id: from(Int32Array, (_, i) => i),
    companyId: from(Int32Array, (p) => p.company),
    companyRow: from(Int32Array, (p) => p.company),
    municipality: from(Uint8Array, (p) => c.municipality[p.company]!),
    sizeClass: from(Uint8Array, (p) => c.sizeClass[p.company]!),
    industry: from(Uint8Array, (p) => c.industry[p.company]!),
    gender: from(Uint8Array, (p) => p.gender),
    ageBand: from(Uint8Array, (p) => p.ageBand),
    esfAgeGroup: from(Uint8Array, esfAgeGroupOf),
    education: from(Uint8Array, (p) => p.education),
    profile: from(Uint16Array, (p) => profileCode(p.gender, p.ageBand, esfAgeGroupOf(p), p.education, regionOfMunicipality[c.municipality[p.company]!]!)),
    enrolledDay: from(Int16Array, (p) => dayOfMonth(p.month)),
    kinds: from(Uint8Array, (p) => kindMask(p.kinds)),
    themes: from(Uint8Array, (p) => themeMask(p.themes)),
    hoursTenths: from(Uint32Array, (_, i) => runs[i]!.reduce((sum, e) => sum + e.tenths, 0)),
    enrolments: from(Uint16Array, (_, i) => runs[i]!.length),
    completed: from(Uint16Array, (p) => p.completed),
    enrolFirst: from(Int32Array, (_, i) => firsts[i]!),
    recordKey: from(Uint32Array, (p) => p.key),
  };
  const analysed = cs.flatMap((x, i) => (x.areas ? [i] : []));
  return {
    participants,
    enrolments: enrolmentPool(runs),
    rowOfParticipant: new Map(ps.map((_, i) => [i, i])),
    companies: c,
    gaps: {
      analysisCompany: Int32Array.from(analysed),
      shifts: analysed.flatMap((i) => cs[i]!.areas!.map((area) => ({ companyRow: i, area, shift: 1 + (cs[i]!.key % 3) }))),
    },
    dataIsDemo: true,
  };
}
