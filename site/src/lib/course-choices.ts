/**
 * What a visitor chose on /kurser/, read from the address. Only known values are used; anything
 * else is reported back as a rejected choice, so the page can say what it ignored instead of
 * silently showing something else than was asked for.
 */
import type { CourseFilter, CourseMode, Region, Theme } from '@spik/shared';
import { formatDate } from '@spik/shared';
import { monthBounds } from './calendar';
import { courseModeLabel, regionLabel, themeLabel } from './labels';

export interface CourseChoices {
  region: Region | null;
  theme: Theme | null;
  mode: CourseMode | null;
  /** YYYY-MM, one of the months that upcoming courses start in. */
  month: string | null;
  search: string;
}

/** A value from the address that the page did not use, and why, in Swedish. */
export interface RejectedChoice {
  field: string;
  reason: string;
}

/** The filter parameters with the name a visitor sees for each. */
export const FIELD_NAMES = { region: 'Region', tema: 'Tema', form: 'Studieform', start: 'Startmånad', sok: 'Sök' } as const;

/** The longest value the site accepts for each filter parameter (the request guard cuts the rest). */
export const FIELD_MAX_LENGTHS: Record<keyof typeof FIELD_NAMES, number> = { region: 20, tema: 60, form: 20, start: 7, sok: 100 };

export const monthName = (month: string) => formatDate(`${month}-01`).replace(/^1 /, '');

/** `offeredMonths` are the start months of upcoming courses; a month outside them cannot match. */
export function readCourseChoices(params: URLSearchParams, offeredMonths: string[], today: string): { chosen: CourseChoices; rejected: RejectedChoice[] } {
  const rejected: RejectedChoice[] = [];
  const pick = <T extends string>(name: keyof typeof FIELD_NAMES, allowed: Record<T, string>): T | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (Object.hasOwn(allowed, value)) return value as T;
    rejected.push({ field: FIELD_NAMES[name], reason: `”${value}” finns inte bland valen` });
    return null;
  };
  const region = pick<Region>('region', regionLabel);
  const theme = pick<Theme>('tema', themeLabel);
  const mode = pick<CourseMode>('form', courseModeLabel);
  const month = (() => {
    const value = params.get('start');
    if (value === null || value === '') return null;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) {
      rejected.push({ field: FIELD_NAMES.start, reason: `”${value}” är ingen månad (skriv till exempel 2027-03)` });
      return null;
    }
    if (offeredMonths.includes(value)) return value;
    const passed = value < today.slice(0, 7);
    rejected.push({ field: FIELD_NAMES.start, reason: passed ? `${monthName(value)} har redan varit` : `inga kurser startar i ${monthName(value)}` });
    return null;
  })();
  const chosen: CourseChoices = {
    region,
    theme,
    mode,
    month,
    search: (params.get('sok') ?? '').trim().slice(0, 100),
  };
  return { chosen, rejected };
}

/** Each active choice with the address that drops just that one, for "remove a filter" hints. */
export function choiceRemovals(chosen: CourseChoices): { label: string; href: string }[] {
  const all: [keyof typeof FIELD_NAMES, string | null, string | null][] = [
    ['sok', chosen.search || null, chosen.search ? `”${chosen.search}”` : null],
    ['region', chosen.region, chosen.region && regionLabel[chosen.region]],
    ['tema', chosen.theme, chosen.theme && themeLabel[chosen.theme]],
    ['form', chosen.mode, chosen.mode && courseModeLabel[chosen.mode]],
    ['start', chosen.month, chosen.month && monthName(chosen.month)],
  ];
  const active = all.filter(([, value]) => value !== null);
  return active.map(([name, , shown]) => {
    const params = new URLSearchParams(active.filter(([other]) => other !== name).map(([other, value]) => [other, value!]));
    return { label: `${FIELD_NAMES[name]}: ${shown}`, href: `/kurser/${params.size ? `?${params}` : ''}` };
  });
}

/** The API filter for the choices: upcoming courses only, whatever month is chosen. */
export function courseFilterOf(chosen: CourseChoices, today: string): CourseFilter {
  const month = chosen.month ? monthBounds(chosen.month) : null;
  return {
    region: chosen.region,
    theme: chosen.theme,
    mode: chosen.mode,
    startsFrom: month && month.first > today ? month.first : today,
    startsUntil: month?.last ?? null,
    search: chosen.search || null,
  };
}

/** The choices as the list's own query string, without the page number: for links and feeds. */
export function choiceParams(chosen: CourseChoices): URLSearchParams {
  return new URLSearchParams(
    Object.entries({ sok: chosen.search, region: chosen.region, tema: chosen.theme, form: chosen.mode, start: chosen.month }).filter(
      (entry): entry is [string, string] => Boolean(entry[1]),
    ),
  );
}

/** The choices a feed's address makes; a feed has no page to report rejected values on, so they are dropped. */
export function readFeedChoices(params: URLSearchParams, today: string): CourseChoices {
  const month = params.get('start') ?? '';
  return readCourseChoices(params, month >= today.slice(0, 7) ? [month] : [], today).chosen;
}
