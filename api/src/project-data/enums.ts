import { type EnumValue, enumOfKeys } from '../graphql/enum-type.js';
import { labels } from '@spik/shared';

/**
 * The closed vocabularies of the project data. Values are stable API identifiers (English), and
 * each list is written once: as the keys of its Swedish labels in @spik/shared, which the site,
 * the CSV export and the API's breakdowns read.
 */
export { labels };

export const Region = enumOfKeys('Region', labels.Region, 'The two counties SPIK works in.');
export const OrganisationKind = enumOfKeys('OrganisationKind', labels.OrganisationKind, 'The role an organisation has in the project.');
export const FinancingForm = enumOfKeys('FinancingForm', labels.FinancingForm, 'Cash, or a contribution in kind (staff time, premises).');
export const SizeClass = enumOfKeys('SizeClass', labels.SizeClass, 'EU size class by employees: micro 0–9, small 10–49, medium 50–249.');
export const Gender = enumOfKeys('Gender', labels.Gender, 'Gender as reported for ESF+ (woman, man, other, not stated).');
export const AgeBand = enumOfKeys(
  'AgeBand',
  labels.AgeBand,
  "Age at enrolment in SPIK's bands: under 30, 30–54, 55 and over. The ESF+ age groups (under 18, 18–29, 55 and over) are in `indicatorCatalogue`.",
);
export const EducationLevel = enumOfKeys('EducationLevel', labels.EducationLevel, 'Highest completed education, ISCED 2011 groups.');
export const ActivityKind = enumOfKeys('ActivityKind', labels.ActivityKind, 'The kind of project activity.');
export const Theme = enumOfKeys('Theme', labels.Theme, 'The green-transition theme of an activity.');
export const Priority = enumOfKeys('Priority', labels.Priority, 'Priority of a competence shift in a gap analysis.');

// Each enum is also the union of its values, for annotations.
export type Region = EnumValue<typeof Region>;
export type OrganisationKind = EnumValue<typeof OrganisationKind>;
export type FinancingForm = EnumValue<typeof FinancingForm>;
export type SizeClass = EnumValue<typeof SizeClass>;
export type Gender = EnumValue<typeof Gender>;
export type AgeBand = EnumValue<typeof AgeBand>;
export type EducationLevel = EnumValue<typeof EducationLevel>;
export type ActivityKind = EnumValue<typeof ActivityKind>;
export type Theme = EnumValue<typeof Theme>;
export type Priority = EnumValue<typeof Priority>;

/** Age band of someone born in `birthYear`, at the date `on`. */
export function ageBandOf(birthYear: number, on: string): AgeBand {
  const age = Number(on.slice(0, 4)) - birthYear;
  if (age < 30) return AgeBand.UNDER_30;
  if (age < 55) return AgeBand.FROM_30_TO_54;
  return AgeBand.FROM_55;
}
