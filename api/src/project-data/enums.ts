import { registerEnumType } from 'type-graphql';

/**
 * The closed vocabularies of the project data. Values are stable API identifiers (English);
 * `label` is what a Swedish reader sees (CSV export, site).
 */
export enum Region {
  SKANE = 'SKANE',
  BLEKINGE = 'BLEKINGE',
}
export enum OrganisationKind {
  PROJECT_OWNER = 'PROJECT_OWNER',
  PARTNER = 'PARTNER',
  CO_FINANCIER = 'CO_FINANCIER',
  MAIN_FINANCIER = 'MAIN_FINANCIER',
}
export enum FinancingForm {
  CASH = 'CASH',
  IN_KIND = 'IN_KIND',
}
export enum SizeClass {
  MICRO = 'MICRO',
  SMALL = 'SMALL',
  MEDIUM = 'MEDIUM',
}
export enum Gender {
  WOMAN = 'WOMAN',
  MAN = 'MAN',
  OTHER = 'OTHER',
  NOT_STATED = 'NOT_STATED',
}
export enum AgeBand {
  UNDER_30 = 'UNDER_30',
  FROM_30_TO_54 = 'FROM_30_TO_54',
  FROM_55 = 'FROM_55',
}
export enum EducationLevel {
  ISCED_0_2 = 'ISCED_0_2',
  ISCED_3_4 = 'ISCED_3_4',
  ISCED_5_8 = 'ISCED_5_8',
}
export enum ActivityKind {
  GAP_ANALYSIS = 'GAP_ANALYSIS',
  COURSE = 'COURSE',
  WORKSHOP = 'WORKSHOP',
  NETWORK_MEETING = 'NETWORK_MEETING',
  LEADERSHIP_PROGRAMME = 'LEADERSHIP_PROGRAMME',
  DIVERSITY_AND_INCLUSION = 'DIVERSITY_AND_INCLUSION',
}
export enum Theme {
  CIRCULAR_PRODUCTION = 'CIRCULAR_PRODUCTION',
  ENERGY_EFFICIENCY = 'ENERGY_EFFICIENCY',
  CLIMATE_SMART_MATERIALS = 'CLIMATE_SMART_MATERIALS',
  GREEN_BUSINESS_MODELS = 'GREEN_BUSINESS_MODELS',
  SUSTAINABLE_PRODUCTION_AND_LEAN = 'SUSTAINABLE_PRODUCTION_AND_LEAN',
  DIGITALISATION = 'DIGITALISATION',
  LEADERSHIP_FOR_THE_TRANSITION = 'LEADERSHIP_FOR_THE_TRANSITION',
  GENDER_EQUALITY_AND_INCLUSION = 'GENDER_EQUALITY_AND_INCLUSION',
}
export enum Priority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

// The Swedish labels live in @spik/shared, where the site reads the same ones.
export { labels } from '@spik/shared';

registerEnumType(Region, { name: 'Region', description: 'The two counties SPIK works in.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'The role an organisation has in the project.' });
registerEnumType(FinancingForm, { name: 'FinancingForm', description: 'Cash, or a contribution in kind (staff time, premises).' });
registerEnumType(SizeClass, { name: 'SizeClass', description: 'EU size class by employees: micro 0–9, small 10–49, medium 50–249.' });
registerEnumType(Gender, { name: 'Gender', description: 'Gender as reported for ESF+ (woman, man, other, not stated).' });
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description:
    "Age at enrolment in SPIK's bands: under 30, 30–54, 55 and over. The ESF+ age groups (under 18, 18–29, 55 and over) are in `indicatorCatalogue`.",
});
registerEnumType(EducationLevel, { name: 'EducationLevel', description: 'Highest completed education, ISCED 2011 groups.' });
registerEnumType(ActivityKind, { name: 'ActivityKind', description: 'The kind of project activity.' });
registerEnumType(Theme, { name: 'Theme', description: 'The green-transition theme of an activity.' });
registerEnumType(Priority, { name: 'Priority', description: 'Priority of a competence shift in a gap analysis.' });

/** Age band of someone born in `birthYear`, at the date `on`. */
export function ageBandOf(birthYear: number, on: string): AgeBand {
  const age = Number(on.slice(0, 4)) - birthYear;
  if (age < 30) return AgeBand.UNDER_30;
  if (age < 55) return AgeBand.FROM_30_TO_54;
  return AgeBand.FROM_55;
}
