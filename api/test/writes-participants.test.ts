/**
 * Participants are personal data: writes answer with a receipt only, and erasure leaves no
 * personal value behind, not even in the audit log. The other staff writes are in writes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { drivers } from './harness.js';
import {
  codesOf,
  CREATE_COMPANY,
  CREATE_PARTICIPANT,
  UPDATE_PARTICIPANT,
  DELETE_PARTICIPANT,
  CREATE_ACTIVITY,
  CREATE_ENROLMENT,
  company,
  participant,
  activity,
  useStaffWrites,
} from './writes.fixtures.js';

describe.each(drivers)('staff writes of participants on $name', (driver) => {
  const { dataVersion, staff, sql, countOf } = useStaffWrites(driver, async (staff) => {
    // What the participants belong to and take part in, as the other staff-write tests create them.
    for (const [mutation, input] of [
      [CREATE_COMPANY, company()],
      [CREATE_ACTIVITY, activity()],
    ] as const) {
      expect((await staff(mutation, { input })).errors).toBeUndefined();
    }
  });

  describe('participants and erasure', () => {
    it('answers participant writes with a receipt that has no personal fields', async () => {
      const result = await staff(CREATE_PARTICIPANT, { input: participant() });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ createParticipant: { entity: 'Participant', id: expect.any(String), reference: 'P-0001' } });

      const leaky = await staff(`mutation($input: ParticipantInput!) { createParticipant(input: $input) { birthYear } }`, {
        input: participant({ reference: 'P-0002' }),
      });
      expect(leaky.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await countOf('participant')).toBe(1);

      const duplicate = await staff(CREATE_PARTICIPANT, { input: participant() });
      expect(codesOf(duplicate)).toEqual({ reference: ['DUPLICATE_REFERENCE'] });

      const updated = await staff(UPDATE_PARTICIPANT, { reference: 'P-0001', input: participant({ leftOn: '2024-12-20' }) });
      expect(updated.data).toEqual({ updateParticipant: { entity: 'Participant', id: expect.any(String), reference: 'P-0001' } });
      expect(await sql('select left_on::text as left_on from participant')).toEqual([{ left_on: '2024-12-20' }]);
    });

    it('refuses to delete a company that still has participants', async () => {
      const [row] = await sql<{ id: number }>('select id from company where org_number = ?', ['5560125790']);
      const result = await staff(`mutation($id: ID!) { deleteCompany(id: $id) { entity id } }`, { id: String(row!.id) });
      expect(result.errors?.[0]?.extensions?.code).toBe('COMPANY_HAS_PARTICIPANTS');
      expect(await countOf('company', 'id = ?', [row!.id])).toBe(1);
    });

    it('erases a participant with their enrolments, leaving no personal values in the audit log', async () => {
      const enrolled = await staff(CREATE_ENROLMENT, {
        input: { participantReference: 'P-0001', activityCode: 'KURS-2024-001', hoursAttended: 11.5, completed: false },
      });
      expect(enrolled.errors).toBeUndefined();
      expect(enrolled.data).toEqual({ createEnrolment: { entity: 'Enrolment', id: expect.any(String), reference: 'P-0001' } });
      const updated = await staff(`mutation($input: EnrolmentInput!) { updateEnrolment(input: $input) { entity } }`, {
        input: { participantReference: 'P-0001', activityCode: 'KURS-2024-001', hoursAttended: 13.5, completed: true },
      });
      expect(updated.errors).toBeUndefined();
      expect(await countOf('enrolment')).toBe(1);

      const version = dataVersion.current;
      const erased = await staff(DELETE_PARTICIPANT, { reference: 'P-0001' });
      expect(erased.errors).toBeUndefined();
      expect(erased.data).toEqual({ deleteParticipant: { entity: 'Participant', id: expect.any(String), reference: 'P-0001' } });
      expect(dataVersion.current).toBeGreaterThan(version);

      expect(await countOf('participant', 'reference = ?', ['P-0001'])).toBe(0);
      expect(await countOf('enrolment')).toBe(0);

      const entries = await sql<{ entity: string; action: string; before: unknown; after: unknown }>(
        `select entity, action, before, after from audit_entry where entity in ('Participant', 'Enrolment') order by id`,
      );
      expect(entries.map((e) => `${e.entity}:${e.action}`)).toEqual([
        'Participant:create',
        'Participant:update',
        'Enrolment:create',
        'Enrolment:update',
        'Participant:delete',
      ]);
      const erasedEntry = entries.at(-1)!;
      const before = (typeof erasedEntry.before === 'string' ? JSON.parse(erasedEntry.before) : erasedEntry.before) as Record<string, unknown>;
      expect(before).toMatchObject({ reference: '[personuppgift]', birthYear: '[personuppgift]', gender: '[personuppgift]', enrolledOn: '[personuppgift]' });
      // Write times (ISO date-times such as 10:11:11.534Z) are not personal values, and they would match "11.5" by chance.
      const everything = JSON.stringify(await sql('select * from audit_entry')).replace(
        /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}(:?\d{2})?)?/g,
        '<time>',
      );
      for (const personal of ['P-0001', '1984', 'WOMAN', 'ISCED_3_4', '2024-04-02', '2024-12-20', '11.5', '13.5']) expect(everything).not.toContain(personal);

      const gone = await staff(DELETE_PARTICIPANT, { reference: 'P-0001' });
      expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
