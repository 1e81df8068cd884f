import { ActivityKind, AgeBand, EducationLevel, Gender, Region, SizeClass, Theme, labels } from '../project-data/enums.js';
import { sniDivisions } from '../project-data/industries.js';
import { municipalities } from '../project-data/municipalities.js';

/**
 * Every dimension indicators can be filtered or broken down by, as a list of values. Facts store
 * the index of a value, so a scan compares small integers.
 */
export interface Dimension {
  name: string;
  values: readonly string[];
  label(value: string): string;
}

const enumDimension = <T extends Record<string, string>>(name: string, values: T, names: Record<string, string>): Dimension => ({
  name,
  values: Object.values(values),
  label: (value) => names[value] ?? value,
});

const municipalityCodes = Object.keys(municipalities).sort();
const divisionCodes = [...Object.keys(sniDivisions).sort(), 'OTHER'];

export const dims = {
  region: enumDimension('region', Region, labels.Region),
  municipality: { name: 'municipality', values: municipalityCodes, label: (code: string) => municipalities[code]?.name ?? code } as Dimension,
  sizeClass: enumDimension('sizeClass', SizeClass, labels.SizeClass),
  industry: { name: 'industry', values: divisionCodes, label: (code: string) => sniDivisions[code] ?? 'Övriga branscher' } as Dimension,
  gender: enumDimension('gender', Gender, labels.Gender),
  ageBand: enumDimension('ageBand', AgeBand, labels.AgeBand),
  education: enumDimension('education', EducationLevel, labels.EducationLevel),
  esfAgeGroup: {
    name: 'esfAgeGroup',
    values: ['UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_54', 'FROM_55'],
    label: (value: string) => ({ UNDER_18: 'Under 18 år', FROM_18_TO_29: '18–29 år', FROM_30_TO_54: '30–54 år', FROM_55: '55 år och äldre' })[value] ?? value,
  } as Dimension,
  activityKind: enumDimension('activityKind', ActivityKind, labels.ActivityKind),
  theme: enumDimension('theme', Theme, labels.Theme),
} as const;

/** The ESF+ age groups (Regulation (EU) 2021/1057, Annex I) by age in the year of enrolment, as the age bands are. */
export function esfAgeGroupIndex(birthYear: number, enrolledOn: string): number {
  const age = Number(enrolledOn.slice(0, 4)) - birthYear;
  return age < 18 ? 0 : age < 30 ? 1 : age < 55 ? 2 : 3;
}

/** Two dimensions crossed, value by value ("WOMAN|FROM_55"), for cells broken down by both. */
export function crossed(a: Dimension, b: Dimension): Dimension {
  return {
    name: `${a.name}×${b.name}`,
    values: a.values.flatMap((x) => b.values.map((y) => `${x}|${y}`)),
    label: (value) =>
      value
        .split('|')
        .map((part, i) => (i === 0 ? a : b).label(part))
        .join(', '),
  };
}

export const regionOfMunicipality = Uint8Array.from(municipalityCodes, (code) => (municipalities[code]!.region === Region.SKANE ? 0 : 1));
export const indexOf = (dimension: Dimension, value: string): number => dimension.values.indexOf(value);
export const divisionIndex = (sniCode: string): number => {
  const index = divisionCodes.indexOf(sniCode.slice(0, 2));
  return index === -1 ? divisionCodes.length - 1 : index;
};

/** Days are counted from the project's first day, so a date fits a 16-bit integer. */
export const EPOCH = Date.UTC(2024, 0, 1);
export const dayNumber = (isoDate: string): number => Math.round((Date.parse(`${isoDate}T00:00:00Z`) - EPOCH) / 86_400_000);
export const dateOfDay = (day: number): string => new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);
