import { describe, expect, it } from 'vitest';
import { drivers } from './harness.js';
import {
  fieldsOf,
  codesOf,
  looksEnglish,
  CREATE_ORGANISATION,
  CREATE_COMPANY,
  UPDATE_COMPANY,
  CREATE_PARTICIPANT,
  DELETE_PARTICIPANT,
  CREATE_ACTIVITY,
  CREATE_GAP,
  UPDATE_GAP,
  AUDIT_LOG,
  PARTNER,
  company,
  participant,
  activity,
  useStaffWrites,
} from './writes.fixtures.js';

describe.each(drivers)('staff writes on $name', (driver) => {
  const { dataVersion, graphql, staff, sql, countOf, partnerKey } = useStaffWrites(driver);

  describe('authorisation', () => {
    it('refuses mutations and the audit log to anonymous callers and partner keys, with FORBIDDEN', async () => {
      const before = await countOf('organisation');
      for (const key of [undefined, partnerKey()]) {
        const write = await graphql(CREATE_ORGANISATION, { input: { name: 'Obehörig AB', kind: 'PARTNER' } }, key);
        expect(write.data ?? null).toBeNull();
        expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(write.errors?.[0]?.message).toContain('personalbehörighet');

        const erase = await graphql(DELETE_PARTICIPANT, { reference: 'P-0001' }, key);
        expect(erase.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

        const log = await graphql(AUDIT_LOG, { first: 5 }, key);
        expect(log.data ?? null).toBeNull();
        expect(log.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await countOf('organisation')).toBe(before);
    });

    it('lets staff write and read the audit log', async () => {
      const write = await staff(CREATE_ORGANISATION, { input: { name: 'Region Testlän', kind: 'CO_FINANCIER', region: null } });
      expect(write.errors).toBeUndefined();
      expect(write.data).toMatchObject({ createOrganisation: { name: 'Region Testlän', kind: 'CO_FINANCIER', region: null } });
      const log = await staff(AUDIT_LOG, { first: 5, entity: 'Organisation' });
      expect(log.errors).toBeUndefined();
      const nodes = (log.data as { auditLog: { edges: { node: Record<string, unknown> }[] } }).auditLog.edges.map((e) => e.node);
      expect(nodes[0]).toMatchObject({
        actor: 'Test Staff',
        action: 'create',
        entity: 'Organisation',
        after: { name: 'Region Testlän', kind: 'CO_FINANCIER' },
      });
    });
  });

  describe('organisationsnummer', () => {
    it('accepts valid check digits, stores ten digits and answers NNNNNN-NNNN', async () => {
      const dashed = await staff(CREATE_COMPANY, { input: company({ orgNumber: '556012-5790' }) });
      expect(dashed.errors).toBeUndefined();
      expect(dashed.data).toMatchObject({
        createCompany: { orgNumber: '556012-5790', municipality: 'Malmö', sniCode: '25620', responsiblePartner: { name: PARTNER } },
      });

      const digits = await staff(CREATE_COMPANY, {
        input: company({ orgNumber: '5565475489', name: 'Plåt & Svets i Karlskrona AB', region: 'BLEKINGE', municipalityCode: '1080' }),
      });
      expect(digits.errors).toBeUndefined();
      expect(digits.data).toMatchObject({ createCompany: { orgNumber: '556547-5489', region: 'BLEKINGE', municipality: 'Karlskrona' } });

      const stored = await sql<{ org_number: string }>('select org_number from company order by org_number');
      expect(stored.map((r) => r.org_number)).toEqual(['5560125790', '5565475489']);
    });

    it('rejects a wrong check digit with a Swedish message', async () => {
      const result = await staff(CREATE_COMPANY, { input: company({ orgNumber: '556012-5791' }) });
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field: 'orgNumber', code: 'INVALID_ORG_NUMBER', message: expect.stringContaining('kontrollsiffran stämmer inte') }]);
      expect(await countOf('company', 'org_number = ?', ['5560125791'])).toBe(0);
    });

    it('refuses a second company with the same number, however it is written', async () => {
      const before = await countOf('company');
      const result = await staff(CREATE_COMPANY, { input: company({ orgNumber: '5560125790', name: 'Dubblett AB' }) });
      expect(codesOf(result)).toEqual({ orgNumber: ['DUPLICATE_ORG_NUMBER'] });
      expect(fieldsOf(result)[0]!.message).toBe('Det finns redan ett företag med organisationsnummer 556012-5790.');
      expect(await countOf('company')).toBe(before);
    });
  });

  describe('validation', () => {
    it('reports every bad field of a company at once, with codes and Swedish messages, and writes nothing', async () => {
      const companies = await countOf('company');
      const audits = await countOf('audit_entry');
      const version = dataVersion.current;
      const result = await staff(CREATE_COMPANY, {
        input: company({
          orgNumber: '556012-5791',
          name: '   ',
          region: 'BLEKINGE',
          municipalityCode: '1280',
          sniCode: 'verkstad',
          joinedOn: '2024-02-30',
          responsiblePartner: 'Finns Inte AB',
        }),
      });
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(codesOf(result)).toEqual({
        orgNumber: ['INVALID_ORG_NUMBER'],
        name: ['REQUIRED'],
        municipalityCode: ['MUNICIPALITY_NOT_IN_REGION'],
        sniCode: ['INVALID_SNI'],
        joinedOn: ['INVALID_DATE'],
        responsiblePartner: ['UNKNOWN_ORGANISATION'],
      });
      const messages = Object.fromEntries(fieldsOf(result).map((f) => [f.field, f.message]));
      expect(messages.municipalityCode).toBe('Kommunen Malmö (1280) ligger i Skåne, inte i Blekinge.');
      expect(messages.name).toBe('Företagsnamnet måste anges.');
      expect(messages.joinedOn).toContain('ÅÅÅÅ-MM-DD');
      for (const message of Object.values(messages)) expect(looksEnglish(message)).toBe(false);
      expect(result.errors?.[0]?.message).toContain('Inget har sparats');

      expect(await countOf('company')).toBe(companies);
      expect(await countOf('audit_entry')).toBe(audits);
      expect(dataVersion.current).toBe(version);
    });

    it('checks participants: pseudonymous reference, plausible birth year, dates in order, known company', async () => {
      const result = await staff(CREATE_PARTICIPANT, {
        input: participant({ reference: '19840315-1234', companyOrgNumber: '5591000012', birthYear: 1900, enrolledOn: '2024-05-01', leftOn: '2024-04-30' }),
      });
      expect(codesOf(result)).toEqual({
        reference: ['PERSONAL_IDENTITY_NUMBER'],
        companyOrgNumber: ['UNKNOWN_COMPANY'],
        birthYear: ['IMPLAUSIBLE_BIRTH_YEAR'],
        leftOn: ['LEFT_BEFORE_ENROLLED'],
      });
      const tooYoung = await staff(CREATE_PARTICIPANT, { input: participant({ reference: 'Anna Svensson', birthYear: new Date().getFullYear() - 14 }) });
      expect(codesOf(tooYoung)).toEqual({ reference: ['INVALID_REFERENCE'], birthYear: ['IMPLAUSIBLE_BIRTH_YEAR'] });
      expect(await countOf('participant')).toBe(0);
    });

    it('checks activities: dates in order, hours above zero, known provider', async () => {
      const result = await staff(CREATE_ACTIVITY, {
        input: activity({ code: 'KURS 1', startsOn: '2024-06-01', endsOn: '2024-05-01', plannedHours: 0, provider: '999999' }),
      });
      expect(codesOf(result)).toEqual({
        code: ['INVALID_CODE'],
        provider: ['UNKNOWN_ORGANISATION'],
        endsOn: ['ENDS_BEFORE_START'],
        plannedHours: ['HOURS_NOT_POSITIVE'],
      });
      expect(await countOf('activity')).toBe(0);
    });

    it('names the nested competence shift that is wrong', async () => {
      const result = await staff(CREATE_GAP, {
        input: {
          companyOrgNumber: '5560125790',
          analysedOn: '2024-04-10',
          businessGoals: 'Halvera energianvändningen per producerad enhet.',
          shifts: [
            { area: 'Energikartläggning', currentLevel: 1, targetLevel: 3, employeesConcerned: 4, priority: 'HIGH' },
            { area: 'Lean', currentLevel: 0, targetLevel: 6, employeesConcerned: 0, priority: 'LOW' },
            { area: 'Cirkulär design', currentLevel: 4, targetLevel: 2, employeesConcerned: 2, priority: 'MEDIUM' },
          ],
        },
      });
      expect(codesOf(result)).toEqual({
        'shifts[1].currentLevel': ['LEVEL_OUT_OF_RANGE'],
        'shifts[1].targetLevel': ['LEVEL_OUT_OF_RANGE'],
        'shifts[1].employeesConcerned': ['TOO_FEW_EMPLOYEES'],
        'shifts[2].targetLevel': ['TARGET_BELOW_CURRENT'],
      });
      expect(await countOf('gap_analysis')).toBe(0);
      expect(await countOf('competence_shift')).toBe(0);
    });

    it('explains a wrongly typed variable per field, in Swedish', async () => {
      const result = await staff(CREATE_ORGANISATION, { input: { name: 'Felaktig typ AB', kind: 'FRIEND' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([{ field: 'kind', code: 'INVALID_ENUM', message: expect.stringContaining('tillåtna värdena') }]);
    });
  });

  describe('non-personal entities', () => {
    it('stores a financing amount given in kronor as öre', async () => {
      const result = await staff(`mutation($input: FinancingInput!) { createFinancing(input: $input) { id amountSek form isDemo financier { name } } }`, {
        input: { financier: PARTNER, amountSek: 1234567.89, form: 'IN_KIND', isDemo: false },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ createFinancing: { amountSek: 1234567.89, form: 'IN_KIND', isDemo: false, financier: { name: PARTNER } } });
      const id = (result.data as { createFinancing: { id: string } }).createFinancing.id;
      expect(await sql('select amount_ore::text as ore from financing where id = ?', [Number(id)])).toEqual([{ ore: '123456789' }]);

      const bad = await staff(`mutation($input: FinancingInput!) { createFinancing(input: $input) { id } }`, {
        input: { financier: PARTNER, amountSek: 10.005, form: 'CASH' },
      });
      expect(codesOf(bad)).toEqual({ amountSek: ['INVALID_NUMBER'] });
    });

    it('updates a company and logs only what changed', async () => {
      const [row] = await sql<{ id: number }>('select id from company where org_number = ?', ['5560125790']);
      const result = await staff(UPDATE_COMPANY, { id: String(row!.id), input: company({ name: 'Verkstaden i Malmö Holding AB', sizeClass: 'MEDIUM' }) });
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ updateCompany: { orgNumber: '556012-5790', name: 'Verkstaden i Malmö Holding AB' } });

      const log = await staff(AUDIT_LOG, { first: 1, entity: 'Company' });
      const entry = (log.data as { auditLog: { edges: { node: Record<string, unknown> }[] } }).auditLog.edges[0]!.node;
      expect(entry).toMatchObject({ action: 'update', entityId: String(row!.id) });
      expect(entry.before).toEqual({ name: 'Verkstaden i Malmö AB', sizeClass: 'SMALL' });
      expect(entry.after).toEqual({ name: 'Verkstaden i Malmö Holding AB', sizeClass: 'MEDIUM' });

      const missing = await staff(UPDATE_COMPANY, { id: '987654', input: company() });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('creates and replaces a gap analysis with its shifts, in one transaction', async () => {
      const created = await staff(CREATE_GAP, {
        input: {
          companyOrgNumber: '556012-5790',
          analysedOn: '2024-04-10',
          businessGoals: 'Halvera energianvändningen per producerad enhet.',
          shifts: [
            { area: 'Energikartläggning', currentLevel: 1, targetLevel: 3, employeesConcerned: 4, priority: 'HIGH' },
            { area: 'Lean', currentLevel: 2, targetLevel: 4, employeesConcerned: 12, priority: 'MEDIUM' },
          ],
        },
      });
      expect(created.errors).toBeUndefined();
      const analysis = (created.data as { createGapAnalysis: { id: string; company: unknown; shifts: unknown[] } }).createGapAnalysis;
      expect(analysis.company).toEqual({ orgNumber: '556012-5790' });
      expect(analysis.shifts).toHaveLength(2);

      const replaced = await staff(UPDATE_GAP, {
        id: analysis.id,
        input: {
          companyOrgNumber: '5560125790',
          analysedOn: '2024-04-10',
          businessGoals: 'Halvera energianvändningen.',
          shifts: [{ area: 'Cirkulär design', currentLevel: 1, targetLevel: 2, employeesConcerned: 3, priority: 'LOW' }],
        },
      });
      expect(replaced.errors).toBeUndefined();
      expect(replaced.data).toEqual({ updateGapAnalysis: { id: analysis.id, shifts: [{ area: 'Cirkulär design', targetLevel: 2 }] } });
      expect(await countOf('competence_shift')).toBe(1);

      const refused = await staff(UPDATE_GAP, {
        id: analysis.id,
        input: {
          companyOrgNumber: '5560125790',
          analysedOn: '2024-04-10',
          businessGoals: 'x',
          shifts: [{ area: '', currentLevel: 1, targetLevel: 2, employeesConcerned: 1, priority: 'LOW' }],
        },
      });
      expect(codesOf(refused)).toEqual({ 'shifts[0].area': ['REQUIRED'] });
      expect(await sql('select area from competence_shift')).toEqual([{ area: 'Cirkulär design' }]);
    });

    it('returns activities with their provider, and refuses a duplicate code', async () => {
      const result = await staff(CREATE_ACTIVITY, { input: activity() });
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ createActivity: { code: 'KURS-2024-001', provider: { name: PARTNER }, plannedHours: 24.5 } });
      const again = await staff(CREATE_ACTIVITY, { input: activity({ title: 'Samma kod igen' }) });
      expect(codesOf(again)).toEqual({ code: ['DUPLICATE_CODE'] });
    });
  });

  describe('audit log', () => {
    it('pages newest first and filters by entity', async () => {
      const first = await staff(AUDIT_LOG, { first: 2 });
      expect(first.errors).toBeUndefined();
      const page = (
        first.data as { auditLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }
      ).auditLog;
      expect(page.totalCount).toBe(await countOf('audit_entry'));
      expect(page.pageInfo.hasNextPage).toBe(true);
      expect(Number(page.edges[0]!.node.id)).toBeGreaterThan(Number(page.edges[1]!.node.id));

      const second = await staff(AUDIT_LOG, { first: 2, after: page.pageInfo.endCursor });
      const next = (second.data as { auditLog: { edges: { node: { id: string } }[] } }).auditLog.edges;
      expect(Number(next[0]!.node.id)).toBeLessThan(Number(page.edges[1]!.node.id));

      const gaps = await staff(AUDIT_LOG, { first: 10, entity: 'GapAnalysis' });
      const actions = (gaps.data as { auditLog: { edges: { node: { action: string; entity: string } }[] } }).auditLog.edges.map(
        (e) => `${e.node.entity}:${e.node.action}`,
      );
      expect(actions).toEqual(['GapAnalysis:update', 'GapAnalysis:create']);
    });
  });
});
