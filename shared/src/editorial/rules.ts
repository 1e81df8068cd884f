/**
 * SPIK's editorial rules, as pure functions over an entry's values. The CMS server refuses a
 * save that breaks one (its lifecycles), and the admin's edit view runs the very same functions
 * before it sends the save, so an editor's work is never thrown away by a refusal
 * (docs/decisions/0028-editorial-rules-in-the-edit-view.md).
 */
import { countyNames, municipalityByCode, type County } from '../municipalities.js';
import { COURSE_UID } from './content-types.js';

/** What is wrong, and where: `path` is the field's path in the entry (`['cover', 'alt']`). */
export type RuleProblem = { readonly path: readonly (string | number)[]; readonly message: string };

type Values = Record<string, unknown>;

const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A date as YYYY-MM-DD, whatever form the database, the form or the request gave it in. */
export function isoDate(value: unknown): string | null {
  if (blank(value)) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

export function httpsLinkProblems(value: unknown, path: RuleProblem['path'], label: string): RuleProblem[] {
  if (blank(value)) return [];
  try {
    const url = new URL(String(value));
    if (url.protocol === 'https:' && url.hostname) return [];
  } catch {
    // not a URL at all: the same answer as a non-https one
  }
  return [{ path, message: `${label} måste vara en fullständig webbadress som börjar med https:// (nu: "${value}").` }];
}

/** Where a course is, when it starts and closes, where to apply, and what it is about. */
export function courseProblems(values: Values): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const code = values.municipalityCode;
  if (!blank(code)) {
    const municipality = municipalityByCode(String(code));
    const region = values.region as County | null | undefined;
    if (!municipality) {
      problems.push({
        path: ['municipalityCode'],
        message: `Kommunkoden ${code} är inte en kommun i Skåne eller Blekinge. Välj kommunen i listan, till exempel Malmö (1280) eller Karlskrona (1080).`,
      });
    } else if (region && region !== municipality.county) {
      const wanted = countyNames[municipality.county];
      problems.push({
        path: ['region'],
        message: `${municipality.name} (${code}) ligger i ${wanted}, men regionen är satt till ${countyNames[region] ?? region}. Välj ${wanted} som region.`,
      });
    }
  }
  const deadline = isoDate(values.applicationDeadline);
  const start = isoDate(values.startDate);
  if (deadline && start && deadline > start) {
    problems.push({ path: ['applicationDeadline'], message: `Sista ansökningsdag (${deadline}) kan inte vara efter kursstart (${start}).` });
  }
  problems.push(...httpsLinkProblems(values.applyUrl, ['applyUrl'], 'Länken till ansökan'));
  // An editor's own tip needs a theme; a course from Skolverket may fit none of SPIK's.
  if ((values.source ?? 'redaktion') === 'redaktion' && Array.isArray(values.themes) && values.themes.length === 0) {
    problems.push({ path: ['themes'], message: 'Välj minst ett av SPIK:s teman för kurstipset.' });
  }
  return problems;
}

type Image = { alt?: unknown; credit?: unknown; file?: { name?: unknown } | null } | null | undefined;

/**
 * An image's alternative text and photo credit. `which` names the image in the message
 * ("Omslagsbilden", "Bild 2"), so the editor knows which one of several is meant.
 */
export function imageProblems(image: Image, path: RuleProblem['path'], which: string, options: { needsCredit?: boolean } = {}): RuleProblem[] {
  if (!image) return [];
  const fileName = typeof image.file?.name === 'string' ? ` (${image.file.name})` : '';
  const problems: RuleProblem[] = [];
  if (blank(image.alt)) {
    problems.push({
      path: [...path, 'alt'],
      message: `${which}${fileName} saknar alternativtext. Beskriv kort vad bilden visar, så att den som inte ser bilden ändå får informationen.`,
    });
  }
  if (options.needsCredit && !/^Foto: \S/.test(typeof image.credit === 'string' ? image.credit : '')) {
    problems.push({
      path: [...path, 'credit'],
      message: `${which}${fileName} behöver en fotobyline som börjar med "Foto: ", till exempel "Foto: Maja Brand".`,
    });
  }
  return problems;
}

export function newsItemProblems(values: Values): RuleProblem[] {
  const images = Array.isArray(values.images) ? (values.images as Image[]) : [];
  return [
    ...imageProblems(values.cover as Image, ['cover'], 'Omslagsbilden', { needsCredit: true }),
    ...images.flatMap((image, index) => imageProblems(image, ['images', index], `Bild ${index + 1}`, { needsCredit: true })),
  ];
}

export function organisationProblems(values: Values): RuleProblem[] {
  return [...httpsLinkProblems(values.website, ['website'], 'Webbplatsen'), ...imageProblems(values.logo as Image, ['logo'], 'Logotypen')];
}

/** A phone number in E.164 (+46732345158), from the ways Swedish numbers are usually written. */
export function phoneE164(input: string): string | null {
  let compact = input
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-./()]/g, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  let e164: string | null = null;
  if (/^\+[1-9]\d{6,14}$/.test(compact)) e164 = compact;
  else if (/^0[1-9]\d{6,8}$/.test(compact)) e164 = `+46${compact.slice(1)}`;
  if (!e164 || (e164.startsWith('+46') && !/^\+46[1-9]\d{6,8}$/.test(e164))) return null;
  return e164;
}

export const phoneMessage = (raw: string) =>
  `Telefonnumret "${raw}" kunde inte tolkas. Skriv ett svenskt nummer med riktnummer, till exempel 073-234 51 58, eller ett internationellt nummer som börjar med +.`;

export function contactProblems(values: Values): RuleProblem[] {
  const phone = values.phone;
  if (blank(phone) || phoneE164(String(phone))) return [];
  return [{ path: ['phone'], message: phoneMessage(String(phone).trim()) }];
}

/** The rules of each content type editors write, by Strapi's uid. */
const RULES_BY_TYPE: Record<string, (values: Values) => RuleProblem[]> = {
  [COURSE_UID]: courseProblems,
  'api::news-item.news-item': newsItemProblems,
  'api::organisation-profile.organisation-profile': organisationProblems,
  'api::contact-person.contact-person': contactProblems,
};

/** Everything wrong with an entry of content type `uid` (none for a type without rules). */
export function editorialProblems(uid: string, values: Values): RuleProblem[] {
  return RULES_BY_TYPE[uid]?.(values) ?? [];
}
