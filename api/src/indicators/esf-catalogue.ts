/**
 * The indicator catalogue: the ESF+ common indicators of Regulation (EU) 2021/1057, Annex I, as
 * partners report them, each with its definition and its value from SPIK's data. Every value is a
 * figure the disclosure policy already made for `indicators` (compute.ts); nothing here counts.
 */
import type { BreakdownCell, SuppressibleCount } from '../disclosure/figure.types.js';
import { MAX_DEVIATION } from '../disclosure/ptable.js';
import type { Indicators } from './indicator.types.js';
import type { CatalogueIndicator, IndicatorCatalogue } from './esf-catalogue.types.js';
import type { IndicatorQuery } from './query.js';

type Definition = Omit<CatalogueIndicator, 'total' | 'byGender'> & { figures(indicators: Indicators): { total: SuppressibleCount; byGender: BreakdownCell[] } };

const PARTICIPANTS = 'deltagare';
const ENTERPRISES = 'företag';
const byKey = (cells: BreakdownCell[], key: string) => cells.find((cell) => cell.key === key)!;
/** A group's total and its cells by gender, from the crossed cells "GENDER|GROUP". */
const group = (key: string, totals: (i: Indicators) => BreakdownCell[], crossed: (i: Indicators) => BreakdownCell[]) => (i: Indicators) => ({
  total: byKey(totals(i), key),
  byGender: crossed(i).filter((cell) => cell.key.endsWith(`|${key}`)),
});
const participant = (id: string, nameSv: string, nameEn: string, definitionSv: string, definitionEn: string, figures: Definition['figures']): Definition => ({
  id,
  esfCode: id,
  nameSv,
  nameEn,
  definitionSv,
  definitionEn,
  unit: PARTICIPANTS,
  breakdowns: ['gender'],
  figures,
});
const everyone = (i: Indicators) => ({ total: i.participants.total, byGender: i.participants.byGender });
const age = (key: string) =>
  group(
    key,
    (i) => i.esf.byAgeGroup,
    (i) => i.esf.byGenderAndAgeGroup,
  );
const education = (key: string) =>
  group(
    key,
    (i) => i.participants.byEducation,
    (i) => i.esf.byGenderAndEducation,
  );
const AT_ENROLMENT = 'Räknas vid inskrivningen i SPIK, efter ålder det år deltagaren skrevs in.';
const AT_ENROLMENT_EN = 'Counted at enrolment, by age in the year of enrolment.';

export const CATALOGUE: readonly Definition[] = [
  participant(
    'EECO01',
    'Deltagare totalt',
    'Total number of participants',
    'Alla anställda som skrivits in i någon av SPIK:s insatser.',
    "Every employee enrolled in one of SPIK's activities.",
    everyone,
  ),
  participant(
    'EECO05',
    'Anställda, inklusive egenföretagare',
    'Employed, including self-employed',
    'SPIK:s deltagare är anställda i de företag projektet stödjer, så indikatorn omfattar alla deltagare och har samma värde som EECO01.',
    "SPIK's participants are employees of the enterprises it supports, so this covers every participant and equals EECO01.",
    everyone,
  ),
  participant(
    'EECO06',
    'Barn under 18 år',
    'Number of children below 18 years of age',
    `Deltagare under 18 år. ${AT_ENROLMENT}`,
    `Participants below 18. ${AT_ENROLMENT_EN}`,
    age('UNDER_18'),
  ),
  participant(
    'EECO07',
    'Unga 18–29 år',
    'Young people between 18 and 29 years of age',
    `Deltagare 18–29 år. ${AT_ENROLMENT}`,
    `Participants aged 18 to 29. ${AT_ENROLMENT_EN}`,
    age('FROM_18_TO_29'),
  ),
  participant(
    'EECO08',
    'Deltagare 55 år och äldre',
    'Number of participants of 55 years of age and above',
    `Deltagare 55 år och äldre. ${AT_ENROLMENT}`,
    `Participants aged 55 and over. ${AT_ENROLMENT_EN}`,
    age('FROM_55'),
  ),
  participant(
    'EECO09',
    'Högst förgymnasial utbildning (ISCED 0–2)',
    'Participants with lower secondary education or less (ISCED 0-2)',
    'Deltagare vars högsta avslutade utbildning är förgymnasial.',
    'Participants whose highest completed education is ISCED 0 to 2.',
    education('ISCED_0_2'),
  ),
  participant(
    'EECO10',
    'Gymnasial utbildning (ISCED 3–4)',
    'Participants with upper secondary (ISCED 3) or post-secondary education (ISCED 4)',
    'Deltagare vars högsta avslutade utbildning är gymnasial eller eftergymnasial men inte högskola.',
    'Participants whose highest completed education is ISCED 3 or 4.',
    education('ISCED_3_4'),
  ),
  participant(
    'EECO11',
    'Eftergymnasial utbildning (ISCED 5–8)',
    'Participants with tertiary education (ISCED 5 to 8)',
    'Deltagare med högskole- eller annan eftergymnasial utbildning på nivå 5–8.',
    'Participants whose highest completed education is ISCED 5 to 8.',
    education('ISCED_5_8'),
  ),
  {
    id: 'EECO19',
    esfCode: 'EECO19',
    nameSv: 'Stödda mikroföretag samt små och medelstora företag',
    nameEn: 'Number of supported micro, small and medium-sized enterprises',
    definitionSv: 'Företag med färre än 250 anställda som har gått med i SPIK. Uppdelat på storleksklass i `indicators.companies.bySizeClass`.',
    definitionEn: 'Enterprises with fewer than 250 employees that have joined SPIK. By size class in `indicators.companies.bySizeClass`.',
    unit: ENTERPRISES,
    breakdowns: [],
    figures: (i) => ({ total: i.companies.total, byGender: [] }),
  },
];

export const LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Ange källa: SPIK – Strategiskt Partnerskap för Industrins Kompetens.';
export const SOURCE = 'SPIK:s projektdata (deltagare, företag och insatser), Europeiska socialfonden+.';

/** The catalogue for a filter, from the `indicators` reply for the same filter. */
export function catalogueOf(indicators: Indicators, query: IndicatorQuery): IndicatorCatalogue {
  return {
    asOf: indicators.asOf,
    periodStart: query.from ?? '2024-01-01',
    source: SOURCE,
    protection: `Counts from 0 to ${indicators.suppressionThreshold} are withheld; the others are within ±${MAX_DEVIATION} of the true count (cell key method), except the whole project's totals. Parts need not add up to totals.`,
    licence: LICENCE,
    dataIsDemo: indicators.dataIsDemo,
    indicators: CATALOGUE.map(({ figures, ...definition }) => ({ ...definition, ...figures(indicators) })),
  };
}
