/**
 * What each demo editor's role lets them do matches what the admin offers them (issue 14): a
 * Redaktör publishes the fixed pages and contacts they edit, every media dialog can read the
 * library's settings, and the admin's favicon answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCms } from '../../testing/services.mjs';

let cms: Awaited<ReturnType<typeof startTestCms>>;
beforeAll(async () => {
  cms = await startTestCms({ extraEnv: { COURSE_SYNC_NIGHTLY: 'false' } });
});
afterAll(async () => {
  await cms?.stop();
});

async function login(email: string) {
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: cms.cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
  });
  return { authorization: `Bearer ${((await response.json()) as { data: { token: string } }).data.token}`, 'content-type': 'application/json' };
}

describe('editorial roles', () => {
  it('let a Redaktör publish the fixed pages and the contact persons they edit', async () => {
    const headers = await login('redaktor.demo@spik.example');
    const about = `${cms.url}/content-manager/single-types/api::about-page.about-page`;
    expect((await fetch(`${about}?locale=sv`, { method: 'PUT', headers, body: JSON.stringify({ title: 'Om SPIK' }) })).status).toBe(200);
    expect((await fetch(`${about}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
    const contacts = `${cms.url}/content-manager/collection-types/api::contact-person.contact-person`;
    const list = (await (await fetch(`${contacts}?locale=sv`, { headers })).json()) as { results: { documentId: string }[] };
    const id = list.results[0]!.documentId;
    expect((await fetch(`${contacts}/${id}/actions/publish?locale=sv`, { method: 'POST', headers, body: '{}' })).status).toBe(200);
    // A Skribent still cannot.
    const writer = await login('skribent.demo@spik.example');
    expect((await fetch(`${about}/actions/publish?locale=sv`, { method: 'POST', headers: writer, body: '{}' })).status).toBe(403);
  });

  it('let every media dialog read the library settings, and serve a favicon', async () => {
    for (const email of ['redaktor.demo@spik.example', 'skribent.demo@spik.example']) {
      expect((await fetch(`${cms.url}/upload/settings`, { headers: await login(email) })).status).toBe(200);
    }
    const icon = await fetch(`${cms.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\//);
  });
});
