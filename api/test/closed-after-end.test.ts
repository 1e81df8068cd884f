/**
 * After the project's last day its data is final (decision 0036). An outsider with a staff key
 * tries every door over HTTP: a GraphQL mutation, the CSV import, a blank correction, and a
 * partner key that names a correction. Only staff who say why they correct get through, and the
 * audit log keeps the reason.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/orm.js';
import { type RunningApi, createTestKeys, drivers, startTestApi } from './harness.js';

const CREATE_ORGANISATION = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id name } }`;
const AUDIT_LOG = `{ auditLog(first: 5) { edges { node { actor action entity } } } }`;
const COMPANIES_CSV = 'organisationsnummer;namn;region;kommunkod;sni;storleksklass;anslutet;ansvarig partner\n';

describe.each(drivers)('writes after the project has ended, on $name', (driver) => {
  let api: RunningApi;
  let db: Database;
  let dispose: () => Promise<void>;
  let keys: { partner: string; staff: string };
  const pinned = process.env.API_TODAY;

  const organisations = async () => Number((await db.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from organisation'))[0]!.n);
  const mutate = async (name: string, key: string, correction?: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(correction !== undefined ? { 'spik-correction': correction } : {}) },
      body: JSON.stringify({ query: CREATE_ORGANISATION, variables: { input: { name, kind: 'PARTNER', region: 'SKANE' } } }),
    });
    return (await response.json()) as {
      data?: { createOrganisation: { name: string } } | null;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    };
  };
  const importCompanies = (headers: Record<string, string> = {}) =>
    fetch(`${api.url}/import/companies`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${keys.staff}`, ...headers },
      body: COMPANIES_CSV,
    });

  beforeAll(async () => {
    ({ db, dispose } = await driver.open());
    api = await startTestApi(db);
    keys = await createTestKeys(db);
  });
  afterEach(() => {
    if (pinned === undefined) delete process.env.API_TODAY;
    else process.env.API_TODAY = pinned;
  });
  afterAll(async () => {
    await api?.app.close();
    await dispose?.();
  });

  it('takes writes on the last day, without any correction', async () => {
    process.env.API_TODAY = '2026-12-31';
    const written = await mutate('Sista dagen AB', keys.staff);
    expect(written.errors).toBeUndefined();
    expect(written.data?.createOrganisation.name).toBe('Sista dagen AB');
  });

  it('refuses a mutation the day after with PROJECT_ENDED, in Swedish and English, and writes nothing', async () => {
    process.env.API_TODAY = '2027-01-01';
    const before = await organisations();
    for (const correction of [undefined, '', '   ']) {
      const refused = await mutate('Efteråt AB', keys.staff, correction);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0]?.extensions.code).toBe('PROJECT_ENDED');
      expect(refused.errors?.[0]?.extensions.projectEnd).toBe('2026-12-31');
      expect(refused.errors?.[0]?.message).toContain('Projektet avslutades 31 december 2026');
      expect(refused.errors?.[0]?.message).toContain('Spik-Correction');
    }
    expect(await organisations()).toBe(before);
  });

  it('refuses a CSV import the day after with 409 PROJECT_ENDED', async () => {
    process.env.API_TODAY = '2027-01-01';
    const refused = await importCompanies();
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PROJECT_ENDED');
    expect(body.errors[0]!.message).toContain('inget har sparats');
  });

  it('lets staff correct when they say why, and the audit log keeps the reason', async () => {
    process.env.API_TODAY = '2027-01-01';
    const before = await organisations();
    const corrected = await mutate('Rättat namn AB', keys.staff, 'Fel namn i slutrapporten');
    expect(corrected.errors).toBeUndefined();
    expect(await organisations()).toBe(before + 1);
    const log = await api.graphql<{ auditLog: { edges: { node: { actor: string; entity: string } }[] } }>(AUDIT_LOG, {}, keys.staff);
    expect(log.data?.auditLog.edges[0]?.node.actor).toBe('Test Staff (rättelse efter projektets slut: Fel namn i slutrapporten)');
    const imported = await importCompanies({ 'spik-correction': 'Tom import för att pröva' });
    expect(imported.status).not.toBe(409);
  });

  it('refuses feedback from a direct caller too, correction or not: nobody is there to read it', async () => {
    process.env.API_TODAY = '2027-01-01';
    for (const correction of [undefined, 'Jag rättar']) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(correction ? { 'spik-correction': correction } : {}) },
        body: JSON.stringify({
          query: 'mutation($input: FeedbackInput!) { sendFeedback(input: $input) { received } }',
          variables: { input: { message: 'Knappen syns inte i mörkt läge.' } },
        }),
      });
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      expect(body.errors?.[0]?.extensions.code).toBe('PROJECT_ENDED');
    }
  });

  it('still refuses a partner key that names a correction: the correction opens no other door', async () => {
    process.env.API_TODAY = '2027-01-01';
    const refused = await mutate('Partnern AB', keys.partner, 'Jag vill rätta');
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
