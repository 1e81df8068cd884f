import { Int } from 'type-graphql';
import { EducationLevel, Gender, labels } from '../enums.js';
import { choice, field, inputType } from '../fields/field.js';
import { date, notBefore, numberWhere, orgNumber, textUpTo, textWhere, whole } from '../fields/rules.js';
import { Participant } from '../participant.entity.js';
import { type EntityDescriptor, keyLookedUp } from './descriptor.js';
import { byKey } from './locators.js';

// A reference must be a pseudonym: a name or a personnummer would make it personal data in itself.
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PERSONNUMMER = /^(\d{2})?\d{6}[-+]?\d{4}$/;

const latestBirthYear = (): number => new Date().getFullYear() - 15;

const referenceRules = [
  ...textUpTo(64),
  textWhere(
    'PERSONAL_IDENTITY_NUMBER',
    'Referensen ser ut som ett personnummer. Använd en pseudonym referens, aldrig personnummer.',
    (v) => !PERSONNUMMER.test(v),
  ),
  textWhere(
    'INVALID_REFERENCE',
    'Referensen får bara innehålla bokstäverna a–z, siffror, punkt, bindestreck och understreck (inga mellanslag eller namn).',
    (v) => REFERENCE.test(v),
  ),
];

const birthYearRules = [
  whole,
  numberWhere(
    'IMPLAUSIBLE_BIRTH_YEAR',
    () => `Födelseåret måste ligga mellan 1940 och ${latestBirthYear()} (deltagare är minst 15 år).`,
    (v) => v >= 1940 && v <= latestBirthYear(),
  ),
];

export const ParticipantInput = inputType('ParticipantInput', 'A participant, known only by a pseudonymous reference. Never returned by the API.', {
  reference: field<string>(String, 'Referensen', 'Pseudonymous reference (letters, digits, . _ -), unique; never a name or personnummer.', referenceRules, {
    csv: ['referens', 'deltagarreferens'],
  }),
  companyOrgNumber: field<string>(String, 'Organisationsnumret', 'Organisationsnummer of the employer, which must already be registered.', [orgNumber], {
    csv: ['orgNumber', 'organisationsnummer', 'orgnr'],
    property: 'company',
    ref: 'company',
  }),
  gender: choice(Gender, labels.Gender, 'Kön', 'Gender, as reported for ESF+.', { extra: { k: 'WOMAN', m: 'MAN' }, csv: ['kön'] }),
  birthYear: field<number>(Int, 'Födelseåret', 'Year of birth, from 1940 to the current year minus 15.', birthYearRules, { csv: ['födelseår'] }),
  education: choice(EducationLevel, labels.EducationLevel, 'Utbildningsnivån', 'Highest completed education.', {
    extra: { 'ISCED 0-2': 'ISCED_0_2', 'ISCED 3-4': 'ISCED_3_4', 'ISCED 5-8': 'ISCED_5_8' },
    csv: ['utbildning', 'utbildningsnivå'],
  }),
  enrolledOn: field<string>(String, 'Inskrivningsdatumet', 'YYYY-MM-DD.', [date], { csv: ['inskrivningsdatum', 'inskriven', 'startdatum'] }),
  leftOn: field<string | null>(
    String,
    'Avslutsdatumet',
    'YYYY-MM-DD; not before enrolledOn.',
    [date, notBefore('enrolledOn', 'LEFT_BEFORE_ENROLLED', 'Avslutsdatumet kan inte vara före inskrivningsdatumet.')],
    {
      nullable: true,
      csv: ['avslutsdatum', 'avslutad', 'slutdatum'],
    },
  ),
});

export const participant: EntityDescriptor<Participant> = {
  name: 'Participant',
  entity: Participant,
  input: ParticipantInput,
  // Not found, without echoing the reference into messages that may end up in logs.
  locate: byKey((em, reference: string) => em.findOne(Participant, { reference: reference.trim() }), 'Det finns ingen deltagare med den referensen.'),
  key: keyLookedUp('reference', 'referens', 'participant', () => ({
    field: 'reference',
    code: 'DUPLICATE_REFERENCE',
    message: 'Det finns redan en deltagare med den referensen.',
  })),
  changes: (_em, p) => ({ participants: [p.id] }),
  fixed: { isDemo: false },
  reference: (p) => p.reference,
};
