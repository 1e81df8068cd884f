import { Float } from 'type-graphql';
import { Activity } from '../activity.entity.js';
import { ActivityKind, Theme, labels } from '../enums.js';
import { choice, field, inputType } from '../fields/field.js';
import { date, decimal, notBefore, numberWhere, textUpTo, textWhere } from '../fields/rules.js';
import { type EntityDescriptor, keyLookedUp } from './descriptor.js';
import { byId, refuseWhileUsed } from './locators.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const codeRule = textWhere('INVALID_CODE', 'Aktivitetskoden får bara innehålla bokstäverna a–z, siffror, punkt, bindestreck och understreck.', (v) =>
  CODE.test(v),
);
const plannedHoursRules = [
  decimal(1),
  numberWhere('HOURS_NOT_POSITIVE', 'De planerade timmarna måste vara fler än 0.', (v) => v > 0),
  numberWhere('HOURS_TOO_MANY', 'De planerade timmarna får vara högst 99 999.', (v) => v <= 99_999),
];
const documentIdRules = [...textUpTo(64), textWhere('INVALID_DOCUMENT_ID', 'Kursdokumentets id får inte innehålla mellanslag.', (v) => !/\s/.test(v))];

export const ActivityInput = inputType('ActivityInput', 'A project activity. code is the natural key.', {
  code: field<string>(String, 'Aktivitetskoden', 'Stable code, e.g. "KURS-2024-017" (letters, digits, . _ -).', [...textUpTo(40), codeRule], {
    csv: ['kod', 'aktivitetskod'],
  }),
  title: field<string>(String, 'Titeln', 'Title, at most 200 characters.', textUpTo(200), { csv: ['titel', 'namn', 'benämning'] }),
  kind: choice(ActivityKind, labels.ActivityKind, 'Aktivitetstypen', 'The kind of activity.', { csv: ['typ', 'aktivitetstyp'] }),
  theme: choice(Theme, labels.Theme, 'Temat', 'The green-transition theme of the activity.', { csv: ['tema'] }),
  provider: field<string>(String, 'Anordnaren', 'The organisation that runs the activity, by id or exact name.', textUpTo(200), {
    csv: ['anordnare', 'utförare'],
    ref: 'organisation',
  }),
  startsOn: field<string>(String, 'Startdatumet', 'YYYY-MM-DD.', [date], { csv: ['startdatum', 'start'] }),
  endsOn: field<string>(
    String,
    'Slutdatumet',
    'YYYY-MM-DD; not before startsOn.',
    [date, notBefore('startsOn', 'ENDS_BEFORE_START', 'Slutdatumet kan inte vara före startdatumet.')],
    {
      csv: ['slutdatum', 'slut'],
    },
  ),
  plannedHours: field<number>(Float, 'De planerade timmarna', 'Planned hours, more than 0, at most one decimal.', plannedHoursRules, {
    csv: ['planeradeTimmar', 'timmar'],
  }),
  courseDocumentId: field<string | null>(String, 'Kursdokumentets id', 'Document id of the course tip in the CMS, if any.', documentIdRules, {
    nullable: true,
    csv: ['kursdokument', 'kursId'],
  }),
});

export const activity: EntityDescriptor<Activity> = {
  name: 'Activity',
  entity: Activity,
  input: ActivityInput,
  locate: byId(Activity, 'Aktiviteten'),
  key: keyLookedUp('code', 'aktivitetskod', 'activity', () => ({
    field: 'code',
    code: 'DUPLICATE_CODE',
    message: 'Det finns redan en aktivitet med den koden.',
  })),
  // The facts keep each enrolment's kind and theme: the activity's participants are re-read.
  changes: async (em, a) => ({
    participants: (await em.execute<{ id: number }[]>('select participant_id as id from enrolment where activity_id = ?', [a.id])).map((r) => Number(r.id)),
  }),
  deleteGuards: [
    refuseWhileUsed(
      'select count(*) as n from enrolment where activity_id = ?',
      'ACTIVITY_HAS_ENROLMENTS',
      (n, a) => `Aktiviteten ${a.code} har ${n} deltaganden. Ta bort dem först (deleteEnrolment).`,
    ),
  ],
  fixed: { isDemo: false },
  populate: ['provider'],
  reference: (a) => a.code,
};
