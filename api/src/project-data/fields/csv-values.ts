/**
 * How a CSV cell becomes an input value. Anything that does not parse is passed on as it is, so
 * the field's rules report it in their words.
 */
import { municipalities } from '../municipalities.js';

export type Parse = (raw: string) => unknown;

/** Header names and labels match ignoring case, spaces, "-", "_" and ".". */
export const fold = (s: string): string =>
  s
    .trim()
    .toLocaleLowerCase('sv')
    .replace(/[\s_\-–.]+/g, '');

const withoutSpaces = (raw: string) => raw.replace(/[\s\u00a0]/g, '');

export const asText: Parse = (raw) => raw;

export const asInteger: Parse = (raw) => (/^[-+]?\d+$/.test(withoutSpaces(raw)) ? Number(withoutSpaces(raw)) : raw);

export const asDecimal: Parse = (raw) => {
  const s = withoutSpaces(raw).replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : raw;
};

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);
export const asYesNo: Parse = (raw) => (YES.has(fold(raw)) ? true : NO.has(fold(raw)) ? false : raw);

/** Accepts the API value (SKANE), its Swedish label (Skåne), the label without its parenthesis, or extra aliases. */
export function asOneOf(values: Record<string, string>, swedish: Record<string, string>, extra: Record<string, string> = {}): Parse {
  const lookup = new Map<string, string>();
  for (const value of Object.values(values)) {
    lookup.set(fold(value), value);
    const label = swedish[value];
    if (label) {
      lookup.set(fold(label), value);
      lookup.set(fold(label.replace(/\s*\(.*\)\s*$/, '')), value);
    }
  }
  for (const [alias, value] of Object.entries(extra)) lookup.set(fold(alias), value);
  return (raw) => lookup.get(fold(raw)) ?? raw;
}

const municipalityByName = new Map(Object.entries(municipalities).map(([code, m]) => [fold(m.name), code]));
/** A municipality by code or by name (Malmö → 1280). */
export const asMunicipality: Parse = (raw) => municipalityByName.get(fold(raw)) ?? raw;
