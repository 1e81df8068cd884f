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
  activityKind: enumDimension('activityKind', ActivityKind, labels.ActivityKind),
  theme: enumDimension('theme', Theme, labels.Theme),
} as const;

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
