/**
 * The accessibility statement cannot be published without a part DIGG requires (decision 0034):
 * a Redaktör may save a draft with any part missing, but Publicera is refused with a Swedish
 * message that names the part, and the published statement stays as it was. The seeded statement
 * is complete, and a complete one publishes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms } from '../../testing/services.mjs';

let cms: Awaited<ReturnType<typeof startTestCms>>;
let headers: Record<string, string>;
const STATEMENT = '/content-manager/single-types/api::accessibility-statement.accessibility-statement';

const complete = {
  title: 'Tillgänglighetsredogörelse',
  complianceStatus: 'delvis_forenlig',
  knownProblems: [
    { description: 'Diagrammens förklaringar har för låg kontrast.', reason: 'atgardas', wcagCriteria: '1.4.11', fixBy: '2027-01-31' },
    { description: 'Gamla inskannade PDF-filer saknar text.', reason: 'utanfor_lagen', wcagCriteria: null, fixBy: null },
  ],
  assessmentMethod: 'egen_bedomning',
  assessedBy: null,
  assessedDate: '2026-11-20',
  feedbackEmail: 'tillganglighet@spik.example',
  reviewedDate: '2026-12-01',
};

beforeAll(async () => {
  cms = await startTestCms({ extraEnv: { COURSE_SYNC_NIGHTLY: 'false' } });
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redaktor.demo@spik.example', password: cms.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
  });
  const token = ((await response.json()) as { data: { token: string } }).data.token;
  headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}, 180_000);
afterAll(async () => {
  await cms?.stop();
});

const save = (data: Record<string, unknown>) => fetch(`${cms.url}${STATEMENT}?locale=sv`, { method: 'PUT', headers, body: JSON.stringify(data) });
const publish = () => fetch(`${cms.url}${STATEMENT}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' });
async function published() {
  const response = await fetch(`${cms.url}/api/accessibility-statement?locale=sv&populate=knownProblems`, {
    headers: { authorization: `Bearer ${cms.token}` },
  });
  return ((await response.json()) as { data: Record<string, unknown> }).data;
}

describe('the accessibility statement', () => {
  it('is seeded complete and published, with its parts readable by the API', async () => {
    const statement = await published();
    expect(statement).toMatchObject({ complianceStatus: 'delvis_forenlig', assessmentMethod: 'egen_bedomning', feedbackEmail: expect.stringContaining('@') });
    expect(statement.assessedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(statement.reviewedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((statement.knownProblems as unknown[]).length).toBeGreaterThan(0);
  });

  const firstProblem = complete.knownProblems[0]!;
  const incomplete: [string, Record<string, unknown>, RegExp][] = [
    ['no compliance status', { complianceStatus: null }, /saknar förenlighetsstatus.*"Förenlighet med lagkraven"/],
    ['partially compliant with no known problem', { knownProblems: [] }, /delvis förenlig, men "Kända brister" är tom/],
    ['not compliant with no known problem', { complianceStatus: 'inte_forenlig', knownProblems: [] }, /inte förenlig, men "Kända brister" är tom/],
    ['a known problem without description', { knownProblems: [{ ...firstProblem, description: '  ' }] }, /Brist 1 under "Kända brister" saknar en beskrivning/],
    ['a known problem without reason', { knownProblems: [{ ...firstProblem, reason: null }] }, /Brist 1 under "Kända brister" saknar skäl/],
    [
      'a problem being fixed without a date',
      { knownProblems: [complete.knownProblems[1], { ...firstProblem, fixBy: null }] },
      /Brist 2 under "Kända brister" ska åtgärdas men saknar datum/,
    ],
    ['fully compliant while a problem is being fixed', { complianceStatus: 'helt_forenlig' }, /kan inte vara helt förenlig/],
    ['no assessment method', { assessmentMethod: null }, /saknar hur webbplatsen har granskats.*"Granskningsmetod"/],
    [
      'a third-party assessment without the assessor',
      { assessmentMethod: 'tredje_part', assessedBy: '' },
      /saknar vem som granskade webbplatsen \("Granskad av"\)/,
    ],
    ['no assessment date', { assessedDate: null }, /saknar när webbplatsen granskades \("Granskad den"\)/],
    ['no feedback e-mail', { feedbackEmail: null }, /saknar e-postadress för synpunkter/],
    ['no last update date', { reviewedDate: null }, /saknar datum för när den senast uppdaterades \("Senast uppdaterad"\)/],
  ];

  it.each(incomplete)('with %s is saved as a draft but not published, with a Swedish message naming the part', async (_name, change, message) => {
    const before = await published();
    const saved = await save({ ...complete, ...change });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const refused = await publish();
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: { message: string; details: { errors: { path: string[] }[] } } };
    expect(body.error.message).toMatch(message);
    expect(body.error.details.errors.length).toBeGreaterThan(0);
    // Nothing of the refused publication reached the published statement.
    expect(await published()).toEqual(before);
  });

  it('publishes once it is complete, a third-party assessment with its assessor too', async () => {
    expect((await save({ ...complete, assessmentMethod: 'tredje_part', assessedBy: 'Granskningsbyrån AB (exempel)' })).status).toBe(200);
    expect((await publish()).status).toBe(200);
    const statement = await published();
    expect(statement).toMatchObject({ assessmentMethod: 'tredje_part', assessedBy: 'Granskningsbyrån AB (exempel)', assessedDate: '2026-11-20' });
    expect(statement.knownProblems).toEqual([
      expect.objectContaining({ reason: 'atgardas', fixBy: '2027-01-31' }),
      expect.objectContaining({ reason: 'utanfor_lagen' }),
    ]);
  });

  it('is fully compliant with no known problem, or with content outside the law only', async () => {
    expect((await save({ ...complete, complianceStatus: 'helt_forenlig', knownProblems: [] })).status).toBe(200);
    expect((await publish()).status).toBe(200);
    expect((await save({ ...complete, complianceStatus: 'helt_forenlig', knownProblems: [complete.knownProblems[1]] })).status).toBe(200);
    expect((await publish()).status).toBe(200);
    expect((await published()).complianceStatus).toBe('helt_forenlig');
  });
});
