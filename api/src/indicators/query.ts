import { GraphQLError } from 'graphql';
import { bilingual } from '../errors/error-reply.js';
import { type ActivityKind, type Region, type SizeClass, type Theme } from '../project-data/enums.js';
import { sniDivisions } from '../project-data/industries.js';
import { municipalities } from '../project-data/municipalities.js';

/** What a caller may narrow indicators to. All fields optional; several combine with AND. */
export interface IndicatorQuery {
  region?: Region | null;
  municipality?: string | null;
  sizeClass?: SizeClass | null;
  industry?: string | null;
  activityKind?: ActivityKind | null;
  theme?: Theme | null;
  /** First day of a month. */
  from?: string | null;
  /** Last day of a month. */
  to?: string | null;
}

/** Same population, same key: absent and null filters are the same thing. */
export const normalise = (query: IndicatorQuery): IndicatorQuery => ({
  region: query.region ?? null,
  municipality: query.municipality ?? null,
  sizeClass: query.sizeClass ?? null,
  industry: query.industry ?? null,
  activityKind: query.activityKind ?? null,
  theme: query.theme ?? null,
  from: query.from ?? null,
  to: query.to ?? null,
});

/** The filter arguments in use, named as the schema names them (`period`, not from and to). */
export const activeFilters = (query: IndicatorQuery): string[] => [
  ...new Set(
    (Object.keys(query) as (keyof IndicatorQuery)[]).filter((key) => query[key] != null).map((key) => (key === 'from' || key === 'to' ? 'period' : key)),
  ),
];

const lastDayOfMonth = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * Rejects values that name nothing, saying which argument and what is allowed. Periods are whole
 * months (decision 0023): a day-sized step between two replies would isolate the few people
 * enrolled that day.
 */
export function validateQuery(query: IndicatorQuery): void {
  const fail = (argument: string, message: string) => {
    throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument: `filter.${argument}` } });
  };
  if (query.municipality != null && !Object.hasOwn(municipalities, query.municipality)) {
    fail(
      'municipality',
      bilingual(
        `”${query.municipality}” är ingen kommunkod från SCB i Skåne eller Blekinge (till exempel ”1280” för Malmö).`,
        `"${query.municipality}" is not an SCB municipality code in Skåne or Blekinge (e.g. "1280" for Malmö).`,
      ),
    );
  }
  if (query.industry != null && !Object.hasOwn(sniDivisions, query.industry)) {
    const divisions = Object.keys(sniDivisions).join(', ');
    fail(
      'industry',
      bilingual(
        `”${query.industry}” är ingen av de SNI 2007-avdelningar som används: ${divisions}.`,
        `"${query.industry}" is not one of the SNI 2007 divisions used: ${divisions}.`,
      ),
    );
  }
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value != null && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) {
      fail(key, bilingual(`”${value}” är inget datum (ÅÅÅÅ-MM-DD).`, `"${value}" is not a date (YYYY-MM-DD).`));
    }
  }
  if (query.from != null && query.to != null && query.from > query.to) {
    fail(
      'from',
      bilingual(`Perioden börjar (${query.from}) efter att den slutar (${query.to}).`, `The period starts (${query.from}) after it ends (${query.to}).`),
    );
  }
  if (query.from != null && !query.from.endsWith('-01')) {
    const first = `${query.from.slice(0, 8)}01`;
    fail(
      'from',
      bilingual(
        `Perioder är hela månader: ”from” ska vara månadens första dag, till exempel ”${first}” (fick ${query.from}).`,
        `Periods are whole months: "from" must be the first day of a month, e.g. "${first}" (got ${query.from}).`,
      ),
    );
  }
  if (query.to != null && query.to !== lastDayOfMonth(query.to)) {
    const last = lastDayOfMonth(query.to);
    fail(
      'to',
      bilingual(
        `Perioder är hela månader: ”to” ska vara månadens sista dag, till exempel ”${last}” (fick ${query.to}).`,
        `Periods are whole months: "to" must be the last day of a month, e.g. "${last}" (got ${query.to}).`,
      ),
    );
  }
}
