/** Queries, inputs and helpers the staff-write tests share (writes.test.ts, writes-participants.test.ts). */
import { afterAll, beforeAll, expect } from 'vitest';
import { DataVersion } from '../src/db/data-version.js';
import type { Database } from '../src/db/orm.js';
import { type DriverUnderTest, type RunningApi, createTestKeys, startTestApi } from './harness.js';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}
export type Result = Awaited<ReturnType<RunningApi['graphql']>>;

export const fieldsOf = (result: Result): FieldProblem[] => (result.errors?.[0]?.extensions?.fields as FieldProblem[] | undefined) ?? [];
export const codesOf = (result: Result): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const f of fieldsOf(result)) (out[f.field] ??= []).push(f.code);
  return out;
};

// English words that must not be all a Swedish reader gets.
export const looksEnglish = (message: string) => /\b(must|should|invalid|required|not allowed)\b/i.test(message);

export const CREATE_ORGANISATION = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name kind region } }`;
export const CREATE_COMPANY = `mutation($input: CompanyInput!) {
  createCompany(input: $input) { id orgNumber name region municipalityCode municipality sniCode sizeClass joinedOn responsiblePartner { name } }
}`;
export const UPDATE_COMPANY = `mutation($id: ID!, $input: CompanyInput!) { updateCompany(id: $id, input: $input) { id orgNumber name } }`;
export const CREATE_PARTICIPANT = `mutation($input: ParticipantInput!) { createParticipant(input: $input) { entity id reference } }`;
export const UPDATE_PARTICIPANT = `mutation($reference: String!, $input: ParticipantInput!) { updateParticipant(reference: $reference, input: $input) { entity id reference } }`;
export const DELETE_PARTICIPANT = `mutation($reference: String!) { deleteParticipant(reference: $reference) { entity id reference } }`;
export const CREATE_ACTIVITY = `mutation($input: ActivityInput!) { createActivity(input: $input) { id code title kind theme provider { name } startsOn endsOn plannedHours courseDocumentId } }`;
export const CREATE_ENROLMENT = `mutation($input: EnrolmentInput!) { createEnrolment(input: $input) { entity id reference } }`;
export const CREATE_GAP = `mutation($input: GapAnalysisInput!) {
  createGapAnalysis(input: $input) { id analysedOn businessGoals company { orgNumber } shifts { area currentLevel targetLevel employeesConcerned priority } }
}`;
export const UPDATE_GAP = `mutation($id: ID!, $input: GapAnalysisInput!) { updateGapAnalysis(id: $id, input: $input) { id shifts { area targetLevel } } }`;
export const AUDIT_LOG = `query($first: Int, $after: String, $entity: String) {
  auditLog(first: $first, after: $after, entity: $entity) { totalCount pageInfo { hasNextPage endCursor } edges { node { id at actor action entity entityId before after } } }
}`;

export const PARTNER = 'Testpartner Syd AB';
export const company = (overrides: Record<string, unknown> = {}) => ({
  orgNumber: '556012-5790',
  name: 'Verkstaden i Malmö AB',
  region: 'SKANE',
  municipalityCode: '1280',
  sniCode: '25.620',
  sizeClass: 'SMALL',
  joinedOn: '2024-03-01',
  responsiblePartner: PARTNER,
  ...overrides,
});
export const participant = (overrides: Record<string, unknown> = {}) => ({
  reference: 'P-0001',
  companyOrgNumber: '5560125790',
  gender: 'WOMAN',
  birthYear: 1984,
  education: 'ISCED_3_4',
  enrolledOn: '2024-04-02',
  leftOn: null,
  ...overrides,
});
export const activity = (overrides: Record<string, unknown> = {}) => ({
  code: 'KURS-2024-001',
  title: 'Energieffektiv produktion',
  kind: 'COURSE',
  theme: 'ENERGY_EFFICIENCY',
  provider: PARTNER,
  startsOn: '2024-05-01',
  endsOn: '2024-06-15',
  plannedHours: 24.5,
  courseDocumentId: null,
  ...overrides,
});

/**
 * One API with a staff key on a fresh database of `driver` for a describe block, with the
 * responsible partner organisation in place and whatever `seed` writes as staff.
 */
export function useStaffWrites(
  driver: DriverUnderTest,
  seed: (staff: (query: string, variables?: Record<string, unknown>) => Promise<Result>) => Promise<void> = async () => {},
) {
  let api: RunningApi;
  let db: Database;
  let dispose: () => Promise<void>;
  let keys: { partner: string; staff: string };
  const dataVersion = new DataVersion();
  const graphql = (query: string, variables?: Record<string, unknown>, key?: string) => api.graphql(query, variables, key);
  const staff = (query: string, variables?: Record<string, unknown>) => graphql(query, variables, keys.staff);
  const sql = async <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
    db.em.fork().getConnection().execute(query, params) as Promise<T[]>;
  const countOf = async (table: string, where = 'true', params: unknown[] = []) =>
    Number((await sql<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params))[0]!.n);

  beforeAll(async () => {
    ({ db, dispose } = await driver.open());
    api = await startTestApi(db, undefined, dataVersion);
    keys = await createTestKeys(db);
    const created = await staff(CREATE_ORGANISATION, { input: { name: PARTNER, kind: 'PARTNER', region: 'SKANE' } });
    expect(created.errors).toBeUndefined();
    await seed(staff);
  });
  afterAll(async () => {
    await api?.app.close();
    await dispose?.();
  });
  return { dataVersion, graphql, staff, sql, countOf, partnerKey: () => keys.partner };
}
