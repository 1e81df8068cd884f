import { ValidationError } from './errors';
import { municipalities, regionNames, type CourseRegion } from './municipalities';

/** Pure validation and normalisation rules shared by the lifecycles (and unit-tested directly). */

type Data = Record<string, unknown>;

/** A date attribute as YYYY-MM-DD, whatever form the database or the request gave it in. */
export function isoDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

export function checkHttpsUrl(value: unknown, fieldLabel: string) {
  if (value === null || value === undefined || value === '') return;
  let ok = false;
  try {
    const url = new URL(String(value));
    ok = url.protocol === 'https:' && Boolean(url.hostname);
  } catch {
    ok = false;
  }
  if (!ok) throw new ValidationError(`${fieldLabel} måste vara en fullständig webbadress som börjar med https:// (nu: "${value}").`);
}

/** Cross-field rules for a course; `data` is the stored entry merged with the incoming change. */
export function validateCourse(data: Data) {
  const code = data.municipalityCode;
  if (code !== null && code !== undefined && code !== '') {
    const municipality = municipalities[String(code)];
    if (!municipality) {
      throw new ValidationError(
        `Kommunkoden ${code} är inte en kommun i Skåne eller Blekinge. Ange SCB:s fyrsiffriga kommunkod, till exempel 1280 för Malmö eller 1080 för Karlskrona.`,
      );
    }
    const region = data.region as CourseRegion | null | undefined;
    if (region && region !== municipality.region) {
      throw new ValidationError(
        `${municipality.name} (${code}) ligger i ${regionNames[municipality.region]}, men regionen är satt till ${regionNames[region] ?? region}. Välj ${regionNames[municipality.region]} som region.`,
      );
    }
  }
  const deadline = isoDate(data.applicationDeadline);
  const start = isoDate(data.startDate);
  if (deadline && start && deadline > start) {
    throw new ValidationError(`Sista ansökningsdag (${deadline}) kan inte vara efter kursstart (${start}).`);
  }
  checkHttpsUrl(data.applyUrl, 'Länken till ansökan');
}

/**
 * Normalises a phone number to E.164. Swedish numbers may be written the usual ways
 * ("073-234 51 58", "042-37 70 83", "+46 (0)73 234 51 58", "0046 73 234 51 58").
 */
export function toE164(input: string): string {
  const raw = input.trim();
  let compact = raw.replace(/\(0\)/g, '').replace(/[\s\-./()]/g, '');
  if (compact.startsWith('00')) compact = `+${compact.slice(2)}`;
  let e164: string | null = null;
  if (/^\+[1-9]\d{6,14}$/.test(compact)) {
    e164 = compact;
  } else if (/^0[1-9]\d{6,8}$/.test(compact)) {
    e164 = `+46${compact.slice(1)}`;
  }
  if (!e164 || (e164.startsWith('+46') && !/^\+46[1-9]\d{6,8}$/.test(e164))) {
    throw new ValidationError(
      `Telefonnumret "${raw}" kunde inte tolkas. Skriv ett svenskt nummer med riktnummer, till exempel 073-234 51 58, eller ett internationellt nummer som börjar med +.`,
    );
  }
  return e164;
}

type Block = { type?: string; text?: string; children?: Block[] };

/** All text in a blocks value (Strapi's rich text), however deeply nested. */
export function blocksText(value: unknown): string {
  let blocks: unknown = value;
  if (typeof blocks === 'string') {
    try {
      blocks = JSON.parse(blocks);
    } catch {
      return blocks as string;
    }
  }
  if (!Array.isArray(blocks)) return '';
  const parts: string[] = [];
  const walk = (nodes: Block[]) => {
    for (const node of nodes) {
      if (typeof node?.text === 'string') parts.push(node.text);
      if (Array.isArray(node?.children)) walk(node.children);
    }
  };
  walk(blocks as Block[]);
  return parts.join(' ');
}

export const WORDS_PER_MINUTE = 200;

/** Reading time in whole minutes at about 200 words a minute, never below 1. */
export function readingMinutes(lead: unknown, body: unknown): number {
  const text = `${typeof lead === 'string' ? lead : ''} ${blocksText(body)}`;
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
