import { Company } from '../company.entity.js';
import { Region, SizeClass, labels } from '../enums.js';
import { asMunicipality } from '../fields/csv-values.js';
import { choice, field, inputType } from '../fields/field.js';
import { date, orgNumber, rule, textUpTo } from '../fields/rules.js';
import { normaliseSni } from '../industries.js';
import { isMunicipalityCode, municipalities } from '../municipalities.js';
import { formatOrgNumber, normaliseOrgNumber } from '../org-number.js';
import { type EntityDescriptor, keyLookedUp } from './descriptor.js';
import { byId, refuseWhileUsed } from './locators.js';

const inRegion = (code: unknown, region: unknown) =>
  typeof code !== 'string' || !isMunicipalityCode(code) || !Object.values(Region).includes(region as Region) || municipalities[code]!.region === region;

const municipalityRules = [
  rule(
    'UNKNOWN_MUNICIPALITY',
    (v) => `Kommunkoden ”${String(v)}” är inte en av SCB:s koder för Skånes och Blekinges 38 kommuner (t.ex. 1280 för Malmö).`,
    (v) => typeof v === 'string' && isMunicipalityCode(v),
  ),
  rule(
    'MUNICIPALITY_NOT_IN_REGION',
    (v, o) =>
      `Kommunen ${municipalities[String(v)]?.name} (${String(v)}) ligger i ${labels.Region[municipalities[String(v)]!.region]}, inte i ${labels.Region[o.region as Region]}.`,
    (v, o) => inRegion(v, o.region),
  ),
];

const sniRule = rule(
  'INVALID_SNI',
  'SNI-koden måste vara 2–5 siffror enligt SNI 2007, t.ex. 25.620.',
  (v) => typeof v === 'string' && normaliseSni(v) !== null,
);

export const CompanyInput = inputType('CompanyInput', 'A company the project supports. orgNumber is the natural key.', {
  orgNumber: field<string>(String, 'Organisationsnumret', 'Organisationsnummer, "556012-5790" or "5560125790"; the check digit is verified.', [orgNumber], {
    csv: ['organisationsnummer', 'orgnr'],
    store: (value) => normaliseOrgNumber(value),
  }),
  name: field<string>(String, 'Företagsnamnet', 'Company name, at most 200 characters.', textUpTo(200), { csv: ['namn', 'företagsnamn', 'företag'] }),
  region: choice(Region, labels.Region, 'Regionen', 'The region (county) the company is in; must contain municipalityCode.', { csv: ['län'] }),
  municipalityCode: field<string>(String, 'Kommunkoden', "SCB's four-digit municipality code, in the given region.", municipalityRules, {
    csv: ['municipality', 'kommunkod', 'kommun'],
    read: asMunicipality,
  }),
  sniCode: field<string>(String, 'SNI-koden', 'SNI 2007 code, 2–5 digits; dots are allowed ("25.620").', [sniRule], {
    csv: ['sni', 'snikod', 'branschkod'],
    store: normaliseSni,
  }),
  sizeClass: choice(SizeClass, labels.SizeClass, 'Storleksklassen', 'EU size class by number of employees.', {
    extra: { mikro: 'MICRO', litet: 'SMALL', småföretag: 'SMALL', medelstort: 'MEDIUM' },
    csv: ['storleksklass', 'storlek'],
  }),
  joinedOn: field<string>(String, 'Anslutningsdatumet', 'Date the company joined, YYYY-MM-DD.', [date], { csv: ['anslutningsdatum', 'ansluten'] }),
  responsiblePartner: field<string>(String, 'Den ansvariga partnern', 'The responsible partner organisation, by id or exact name.', textUpTo(200), {
    csv: ['ansvarigPartner', 'partner'],
    ref: 'organisation',
  }),
});

export const company: EntityDescriptor<Company> = {
  name: 'Company',
  entity: Company,
  input: CompanyInput,
  locate: byId(Company, 'Företaget'),
  key: keyLookedUp('orgNumber', 'organisationsnummer', 'company', (row) => ({
    field: 'orgNumber',
    code: 'DUPLICATE_ORG_NUMBER',
    message: row
      ? `Det finns redan ett företag med organisationsnummer ${formatOrgNumber(row.orgNumber as string)}.`
      : 'Det finns redan ett företag med det organisationsnumret.',
  })),
  changes: (_em, c) => ({ companies: [c.id] }),
  // Removing a company would cascade to its participants; erasing people must be explicit (deleteParticipant).
  deleteGuards: [
    refuseWhileUsed(
      'select count(*) as n from participant where company_id = ?',
      'COMPANY_HAS_PARTICIPANTS',
      (n) => `Företaget har ${n} deltagare. Ta bort deltagarna först (deleteParticipant) om de ska raderas.`,
    ),
  ],
  fixed: { isDemo: false },
  populate: ['responsiblePartner'],
  reference: (c) => formatOrgNumber(c.orgNumber),
};
