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

export const labels = {
  Region: { SKANE: 'Skåne', BLEKINGE: 'Blekinge' },
  OrganisationKind: { PROJECT_OWNER: 'Projektägare', PARTNER: 'Partner', CO_FINANCIER: 'Delfinansiär', MAIN_FINANCIER: 'Huvudfinansiär' },
  FinancingForm: { CASH: 'Kontant', IN_KIND: 'Insats i annat än pengar' },
  SizeClass: { MICRO: 'Mikroföretag (0–9 anställda)', SMALL: 'Litet företag (10–49 anställda)', MEDIUM: 'Medelstort företag (50–249 anställda)' },
  Gender: { WOMAN: 'Kvinna', MAN: 'Man', OTHER: 'Annat', NOT_STATED: 'Ej angivet' },
  AgeBand: { UNDER_30: 'Under 30 år', FROM_30_TO_54: '30–54 år', FROM_55: '55 år och äldre' },
  EducationLevel: { ISCED_0_2: 'Förgymnasial (ISCED 0–2)', ISCED_3_4: 'Gymnasial (ISCED 3–4)', ISCED_5_8: 'Eftergymnasial (ISCED 5–8)' },
  ActivityKind: {
    GAP_ANALYSIS: 'Mind The Gap-analys',
    COURSE: 'Kurs',
    WORKSHOP: 'Workshop',
    NETWORK_MEETING: 'Nätverksträff',
    LEADERSHIP_PROGRAMME: 'Ledarskapsprogram',
    DIVERSITY_AND_INCLUSION: 'Mångfald och inkludering',
  },
  Theme: {
    CIRCULAR_PRODUCTION: 'Cirkulär produktion',
    ENERGY_EFFICIENCY: 'Energieffektivisering',
    CLIMATE_SMART_MATERIALS: 'Klimatsmarta material',
    GREEN_BUSINESS_MODELS: 'Gröna affärsmodeller',
    SUSTAINABLE_PRODUCTION_AND_LEAN: 'Hållbar produktion och lean',
    DIGITALISATION: 'Digitalisering',
    LEADERSHIP_FOR_THE_TRANSITION: 'Ledarskap för omställningen',
    GENDER_EQUALITY_AND_INCLUSION: 'Jämställdhet och inkludering',
  },
  Priority: { HIGH: 'Hög', MEDIUM: 'Medel', LOW: 'Låg' },
} as const;

registerEnumType(Region, { name: 'Region', description: 'The two counties SPIK works in.' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'The role an organisation has in the project.' });
registerEnumType(FinancingForm, { name: 'FinancingForm', description: 'Cash, or a contribution in kind (staff time, premises).' });
registerEnumType(SizeClass, { name: 'SizeClass', description: 'EU size class by employees: micro 0–9, small 10–49, medium 50–249.' });
registerEnumType(Gender, { name: 'Gender', description: 'Gender as reported for ESF+ (woman, man, other, not stated).' });
registerEnumType(AgeBand, { name: 'AgeBand', description: 'Age at enrolment, in the bands ESF+ reports: under 30, 30–54, 55 and over.' });
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
