import { Float } from 'type-graphql';
import { Enrolment } from '../enrolment.entity.js';
import { field, inputType } from '../fields/field.js';
import { decimal, numberWhere, textUpTo, yesNo } from '../fields/rules.js';
import type { EntityDescriptor } from './descriptor.js';
import { byKey } from './locators.js';

const hoursRules = [
  decimal(1),
  numberWhere('NEGATIVE_HOURS', 'Närvarotimmarna kan inte vara negativa.', (v) => v >= 0),
  numberWhere('HOURS_TOO_MANY', 'Närvarotimmarna får vara högst 99 999.', (v) => v <= 99_999),
];

export const EnrolmentInput = inputType('EnrolmentInput', "A participant's place in an activity; the pair is the natural key.", {
  participantReference: field<string>(String, 'Deltagarreferensen', 'Pseudonymous reference of a registered participant.', textUpTo(64), {
    csv: ['reference', 'referens', 'deltagarreferens', 'deltagare'],
    property: 'participant',
    ref: 'participant',
  }),
  activityCode: field<string>(String, 'Aktivitetskoden', 'Code of an existing activity.', textUpTo(40), {
    csv: ['code', 'aktivitetskod', 'kod', 'aktivitet'],
    property: 'activity',
    ref: 'activity',
  }),
  hoursAttended: field<number>(Float, 'Närvarotimmarna', 'Hours attended, 0 or more, at most one decimal.', hoursRules, {
    default: 0,
    csv: ['närvarotimmar', 'närvaro', 'timmar'],
  }),
  completed: field<boolean>(Boolean, 'Slutförd', 'True when the participant has completed the activity.', [yesNo], {
    default: false,
    csv: ['slutförd', 'genomförd', 'avklarad'],
  }),
});

/** What names an enrolment: deleteEnrolment's arguments, or the input of updateEnrolment. */
interface EnrolmentKey {
  participantReference: string;
  activityCode: string;
}

export const enrolment: EntityDescriptor<Enrolment, typeof EnrolmentInput.fields, EnrolmentKey> = {
  name: 'Enrolment',
  entity: Enrolment,
  input: EnrolmentInput,
  locate: byKey(
    (em, key) => em.findOne(Enrolment, { participant: { reference: key.participantReference.trim() }, activity: { code: key.activityCode.trim() } }),
    'Deltagaren är inte anmäld till aktiviteten.',
  ),
  foundByInput: true,
  key: {
    fields: ['participantReference', 'activityCode'],
    label: 'kombination av deltagarreferens och aktivitetskod',
    holder: async (row, _refs, em) =>
      (await em.findOne(Enrolment, { participant: row.participantReference as number, activity: row.activityCode as number }))?.id,
    duplicate: () => ({ field: 'activityCode', code: 'DUPLICATE_ENROLMENT', message: 'Deltagaren är redan anmäld till aktiviteten.' }),
  },
  changes: (_em, e) => ({ participants: [e.participant.id] }),
  reference: (_e, source) => (source as EnrolmentKey).participantReference.trim(),
};
