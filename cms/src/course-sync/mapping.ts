/**
 * One Susa-navet course event, with its education and provider, as a SPIK course tip, or the
 * reason it is not one. Pure, so every rule is tested without a CMS. Which events count (short
 * courses in Skåne and Blekinge) and how subjects become themes is recorded in
 * docs/decisions/0024-course-sync.md.
 */
import type { CourseFields, Theme } from '../api/course/course-fields';
import { municipalityByCode } from '@spik/shared';
import type { EducationEvent, EducationInfo, EducationProvider, LangString, LangUrl } from './susa-types';
import { decodeHTML } from 'entities';
import { DateTime } from 'luxon';

/** ISCED-F 2013 fields (detailed, or narrow where the whole field fits) that match a SPIK theme. */
export const THEME_OF_SUBJECT: Record<string, Theme> = {
  '0712': 'circular_production', // Environmental protection technology
  '0713': 'energy_efficiency', // Electricity and energy
  '0722': 'climate_smart_materials', // Materials (glass, paper, plastic and wood)
  '0715': 'sustainable_production_and_lean', // Mechanics and metal trades
  '0714': 'digitalisation', // Electronics and automation
  '061': 'digitalisation', // Information and Communication Technologies
  '0413': 'leadership_for_the_transition', // Management and administration
};

export interface CourseFromSusa extends CourseFields {
  susaEventId: string;
  susaInfoId: string;
  susaProviderId: string;
  town: string;
  endDate: string | null;
  applyUrl: string;
  description: { type: 'paragraph'; children: { type: 'text'; text: string }[] }[];
  sourceUpdatedAt: string;
  /** When Susa-navet stops offering the event; the sync takes the course down after it. */
  sourceExpiresAt: string | null;
}

/** Why an event is not a SPIK course, in Swedish, for the sync's report. */
export type Skip = { skip: string };

const SHORT = new Set(['kurs', 'kurspaket']);

/** The Swedish text of a LangString ("swe" or "sv"), else its first text. */
export function swedish(value: LangString | undefined): string {
  const strings = value?.strings ?? [];
  const chosen = strings.find((node) => /^(sv|swe)/i.test(node.lang ?? '')) ?? strings[0];
  return plainText(chosen?.content ?? chosen?.value ?? '');
}

const firstHttps = (...urls: (LangUrl | undefined)[]) =>
  urls
    .flatMap((url) => url?.urls ?? [])
    .map((node) => node.value?.trim() ?? '')
    .find((value) => /^https:\/\/[^\s/]+/.test(value)) ?? null;

/**
 * Text without markup: Susa-navet's texts may carry simple HTML. Tags go first, then every HTML
 * character reference is decoded once, by the WHATWG table (`&auml;`, `&#228;`, `&quot;`), so an
 * escaped `&amp;lt;` stays the text `&lt;` and never becomes a tag.
 */
export function plainText(text: string): string {
  const withoutTags = text.replace(/<\s*(br|\/p|\/li)\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '');
  return decodeHTML(withoutTags)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** "Lean i små företag – Malmö" → "lean-i-sma-foretag-malmo" (å, ä → a; ö → o). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Susa-navet's date-times as ISO instants; null when unreadable. A time without an offset
 * ("2025-04-24T11:39:21") is Swedish local time, whatever the server's own time zone is.
 */
export function isoInstant(value: string | undefined): string | null {
  if (!value) return null;
  const time = DateTime.fromISO(value, { zone: 'Europe/Stockholm', setZone: false });
  return time.isValid ? time.toUTC().toISO() : null;
}

const paceOf = (percentage: number): CourseFromSusa['pace'] =>
  percentage >= 88 ? 'heltid' : percentage >= 63 ? 'deltid75' : percentage >= 38 ? 'deltid50' : 'deltid25';

export function themesOf(info: EducationInfo): Theme[] {
  const themes = new Set<Theme>();
  for (const subject of info.subjects ?? []) {
    if (subject.type !== 'C_Subject_ISCED2013') continue;
    const theme = THEME_OF_SUBJECT[subject.code] ?? THEME_OF_SUBJECT[subject.code.slice(0, 3)];
    if (theme) themes.add(theme);
  }
  return [...themes];
}

/**
 * `now` is an ISO timestamp: an event whose `expires` has passed is not offered. The caller
 * decides what a skip means for a course imported earlier (it is taken down).
 */
export function toCourse(event: EducationEvent, info: EducationInfo | undefined, provider: EducationProvider | undefined, now: string): CourseFromSusa | Skip {
  if (!info) return { skip: 'utbildningen (educationInfo) saknas hos Susa-navet' };
  if (!provider) return { skip: 'anordnaren (educationProvider) saknas hos Susa-navet' };
  if (!SHORT.has(info.configuration?.code ?? '')) return { skip: `inte en kort kurs (${info.configuration?.code ?? 'okänd form'})` };
  if (event.isCancelled) return { skip: 'inställd' };
  const expires = isoInstant(event.expires);
  if (expires && expires < now) return { skip: 'utgången' };
  const location = (event.locations ?? []).find((address) => address.areaCode && municipalityByCode(address.areaCode));
  if (!location) return { skip: 'ges inte i Skåne eller Blekinge' };
  const municipality = municipalityByCode(location.areaCode!)!;
  const start = event.execution?.start?.slice(0, 10);
  if (!start) return { skip: 'saknar kursstart' };
  const deadline = event.application?.last?.slice(0, 10);
  if (!deadline) return { skip: 'saknar sista ansökningsdag' };
  if (deadline > start) return { skip: `sista ansökningsdag (${deadline}) efter kursstart (${start})` };
  const credits = info.credits?.system?.code === 'yh' ? Math.round(info.credits.credits) : null;
  if (!credits || credits < 1) return { skip: 'saknar YH-poäng' };
  if (credits > 99) return { skip: `${credits} YH-poäng, fler än en kort kurs (högst 99)` };
  const percentage = event.paceOfStudy?.percentage;
  if (typeof percentage !== 'number' || percentage <= 0) return { skip: 'saknar studietakt' };
  const applyUrl = firstHttps(event.application?.url, event.url, info.url);
  if (!applyUrl) return { skip: 'saknar en länk med https://' };
  const title = swedish(event.title) || swedish(info.title);
  if (!title) return { skip: 'saknar kursnamn' };
  const town = location.town?.trim() || municipality.name;
  const description = swedish(info.description)
    .split(/\n\s*\n|\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }));
  return {
    susaEventId: event.identifier,
    susaInfoId: info.identifier,
    susaProviderId: provider.identifier,
    title: title.slice(0, 200),
    slug: slugify(`${title} ${town} ${start.slice(0, 7)}`),
    provider: swedish(provider.name).slice(0, 200),
    yhPoints: credits,
    pace: paceOf(percentage),
    mode: !event.distance ? 'campus' : event.distance.noOfMandatorySessions ? 'blandat' : 'distans',
    municipalityCode: location.areaCode!,
    region: municipality.county,
    town,
    startDate: start,
    endDate: event.execution?.end?.slice(0, 10) ?? null,
    applicationDeadline: deadline,
    applyUrl,
    description,
    themes: themesOf(info),
    sourceUpdatedAt: isoInstant([event.lastEdited, info.lastEdited, provider.lastEdited].sort().reverse()[0]) ?? now,
    sourceExpiresAt: isoInstant(event.expires),
  };
}
