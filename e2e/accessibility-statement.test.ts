/**
 * The accessibility statement and its feedback form (decision 0034), against the real stack:
 * every part DIGG requires is on the page; the form works without JavaScript and stores the
 * message in the CMS; bad input is refused in Swedish with the typed text kept and nothing stored;
 * one visitor cannot send many; the API's CMS token creates feedback and nothing else; and after
 * the project's end the form says whom to write to instead.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { useSiteSession } from './site-session.js';

const session = useSiteSession();
const FEEDBACK = '/content-manager/collection-types/api::feedback-message.feedback-message';

async function adminHeaders(email: string) {
  const { cmsUrl, cmsEnv } = session.stack;
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: cmsEnv.CMS_DEMO_ADMIN_PASSWORD }),
  });
  return { authorization: `Bearer ${((await response.json()) as { data: { token: string } }).data.token}` };
}

/** The messages in the CMS, as a Redaktör sees them in the admin. */
async function storedMessages(): Promise<{ message: string; replyEmail: string | null; page: string | null; receivedAt: string }[]> {
  const response = await fetch(`${session.stack.cmsUrl}${FEEDBACK}?pageSize=100`, { headers: await adminHeaders('redaktor.demo@spik.example') });
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: never[] }).results;
}

const sendFeedback = (input: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${session.stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'mutation($input: FeedbackInput!) { sendFeedback(input: $input) { received } }', variables: { input } }),
  }).then(
    (response) =>
      response.json() as Promise<{
        data?: unknown;
        errors?: { message: string; extensions: { code: string; fields?: { field: string; message: string }[] } }[];
      }>,
  );

const postForm = (siteUrl: string, fields: Record<string, string>) =>
  fetch(`${siteUrl}/tillganglighet`, {
    method: 'POST',
    headers: { origin: siteUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });

describe('the accessibility statement page', () => {
  it('shows every part DIGG requires, and axe finds nothing', async () => {
    const { page, status } = await session.open('/tillganglighet', { bypassCSP: true });
    expect(status).toBe(200);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toMatch(/Webbplatsen är delvis förenlig med lagen \(2018:1937\)/);
    for (const heading of [
      'Hur tillgänglig är webbplatsen?',
      'Innehåll som inte är tillgängligt',
      'Bristande förenlighet med lagkraven',
      'Innehåll som inte omfattas av lagen',
      'Rapportera brister i webbplatsens tillgänglighet',
      'Tillsyn',
      'Hur vi testat webbplatsen',
    ]) {
      expect(await page.getByRole('heading', { name: heading, exact: true }).count(), heading).toBe(1);
    }
    expect(text).toMatch(/Åtgärdas senast 20 december 2026/);
    expect(text).toMatch(/Bedömningen bygger på en egen bedömning \(självskattning\)\. Webbplatsen granskades senast 20 november 2026\./);
    expect(text).toMatch(/Redogörelsen uppdaterades senast 1 december 2026\./);
    expect(await page.getAttribute('a[href="mailto:tillganglighet@spik.example"]', 'href')).toBeTruthy();
    expect(await page.getByRole('link', { name: 'kontakta DIGG och påtala det' }).getAttribute('href')).toBe('https://www.digg.se/tdosanmalan');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('takes feedback without JavaScript, stores it in the CMS, and thanks the visitor in Swedish', async () => {
    const { page } = await session.open('/tillganglighet', { javaScriptEnabled: false, bypassCSP: true });
    await page.getByLabel('Vad fungerar inte? (obligatoriskt)').fill('Knappen Skicka på kurssidan går inte att nå med tangentbordet.');
    await page.getByLabel('Vilken sida gäller det? (frivilligt)').fill('/kurser/');
    await page.getByLabel('Din e-postadress, om du vill ha svar (frivilligt)').fill('besokare@example.org');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('status').textContent()).toMatch(/Tack! Ditt meddelande har kommit fram/);
    // axe needs JavaScript: the confirmation is checked as served, in a page that runs it.
    const checker = await session.browser.newPage({ bypassCSP: true });
    await checker.setContent(await page.content());
    expect(await axeViolations(checker)).toEqual([]);
    await Promise.all([page.close(), checker.close()]);
    expect(await storedMessages()).toEqual([
      expect.objectContaining({
        message: 'Knappen Skicka på kurssidan går inte att nå med tangentbordet.',
        replyEmail: 'besokare@example.org',
        page: '/kurser/',
        receivedAt: expect.any(String),
      }),
    ]);
  });

  it('refuses bad input with a Swedish message per field, keeps the typed text, and stores nothing', async () => {
    const before = (await storedMessages()).length;
    const refused = await sendFeedback({ message: '   ', replyEmail: 'inte en adress', page: 'x'.repeat(201) });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions.fields).toEqual([
      expect.objectContaining({ field: 'message', message: 'Skriv vad som inte fungerar, med minst 5 tecken.' }),
      expect.objectContaining({ field: 'replyEmail', message: expect.stringMatching(/"inte en adress" är inte en e-postadress/) }),
      expect.objectContaining({ field: 'page', message: expect.stringMatching(/högst 200 tecken, nu 201/) }),
    ]);
    const tooLong = await sendFeedback({ message: 'å'.repeat(4001) });
    expect(tooLong.errors?.[0]?.extensions.fields?.[0]?.message).toMatch(/^Meddelandet är för långt: högst 4\s000 tecken, nu 4\s001\.$/);

    // In the browser, a refusal marks the field, says why, and stays free of axe violations.
    const { page } = await session.open('/tillganglighet', { bypassCSP: true });
    await page.getByLabel('Vad fungerar inte? (obligatoriskt)').fill('Hjä');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.waitForLoadState();
    expect(await page.getByRole('alert').textContent()).toMatch(/Skriv vad som inte fungerar, med minst 5 tecken\./);
    expect(await page.getByLabel('Vad fungerar inte? (obligatoriskt)').inputValue()).toBe('Hjä');
    expect(await page.getByLabel('Vad fungerar inte? (obligatoriskt)').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();

    const response = await postForm(session.stack.siteUrl, { message: 'Menyn döljer texten när jag förstorar sidan.', replyEmail: 'namn@', page: '' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/Meddelandet skickades inte\. Rätta det som står nedan och skicka igen\./);
    expect(html).toMatch(/&quot;namn@&quot; är inte en e-postadress|"namn@" är inte en e-postadress/);
    expect(html).toMatch(/>Menyn döljer texten när jag förstorar sidan\.<\/textarea>/);
    expect(html).toMatch(/aria-invalid="true"/);
    expect((await storedMessages()).length).toBe(before);
  });

  it('lets one visitor send a few messages an hour, through the site or naming themselves to the API, while others still can', async () => {
    // The site's server is exempt from the API's rate limit, but each visitor it sends for is counted.
    const visitor = { 'x-spik-visitor': '203.0.113.7' };
    for (let sent = 0; sent < 5; sent++)
      expect((await sendFeedback({ message: `Meddelande ${sent} från samma besökare.` }, visitor)).data).toEqual({ sendFeedback: { received: true } });
    const refused = await sendFeedback({ message: 'Ett meddelande för mycket.' }, visitor);
    expect(refused.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/Du har skickat många meddelanden på kort tid \(högst 5 i timmen\)/);
    // The same visitor in a new IPv6 address of their /64 is still the same visitor.
    const v6 = (n: number) => ({ 'x-spik-visitor': `2001:db8:1:2::${n}` });
    for (let sent = 0; sent < 5; sent++) expect((await sendFeedback({ message: 'Från en IPv6-adress.' }, v6(sent + 1))).data).toBeTruthy();
    expect((await sendFeedback({ message: 'Från en ny adress i samma /64.' }, v6(99))).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await sendFeedback({ message: 'En annan besökare hörs fortfarande.' }, { 'x-spik-visitor': '203.0.113.8' })).data).toBeTruthy();

    // Through the site: the visitor (here 127.0.0.1, one message sent above) is refused after five, in Swedish, with the text kept.
    let last: Response | undefined;
    for (let attempt = 0; attempt < 5; attempt++) last = await postForm(session.stack.siteUrl, { message: `Försök ${attempt} genom webbplatsen.` });
    expect(last?.status).toBe(429);
    const html = await last!.text();
    expect(html).toMatch(/högst 5 i timmen/);
    expect(html).toMatch(/>Försök 4 genom webbplatsen\.<\/textarea>/);
  });

  it("lets the API's CMS token create feedback messages and nothing else, nor read them back", async () => {
    const { cmsUrl, cmsEnv } = session.stack;
    const headers = { authorization: `Bearer ${cmsEnv.CMS_API_TOKEN}`, 'content-type': 'application/json' };
    const attempt = (method: string, path: string, data?: unknown) =>
      fetch(`${cmsUrl}/api/${path}`, { method, headers, body: data === undefined ? undefined : JSON.stringify({ data }) });
    const news = { title: 'Falsk nyhet', slug: 'falsk-nyhet', lead: 'x', body: [] };
    expect((await attempt('POST', 'news-items', news)).status).toBe(403);
    expect((await attempt('POST', 'courses', { title: 'x', slug: 'x' })).status).toBe(403);
    expect((await attempt('PUT', 'about-page', { title: 'Kapad' })).status).toBe(403);
    expect((await attempt('PUT', 'accessibility-statement', { complianceStatus: 'helt_forenlig' })).status).toBe(403);
    expect((await attempt('POST', 'upload', {})).status).toBe(403);
    const stored = (await storedMessages()).length;
    expect([403, 404, 405]).toContain((await attempt('GET', 'feedback-messages')).status);
    // Its reads are as before: the published statement.
    expect((await attempt('GET', 'accessibility-statement')).status).toBe(200);
    // And the one write it has, for which the CMS stamps the time itself.
    expect((await attempt('POST', 'feedback-messages', { message: 'Direkt till CMS:et.', receivedAt: '2000-01-01T00:00:00.000Z' })).status).toBe(201);
    const messages = await storedMessages();
    expect(messages.length).toBe(stored + 1);
    expect(messages.find((message) => message.message === 'Direkt till CMS:et.')?.receivedAt).not.toMatch(/^2000/);
  });

  it('is readable in the admin by a Redaktör, not by a Skribent', async () => {
    expect((await fetch(`${session.stack.cmsUrl}${FEEDBACK}`, { headers: await adminHeaders('skribent.demo@spik.example') })).status).toBe(403);
    expect((await storedMessages()).length).toBeGreaterThan(0);
  });

  it('says after the project end date that the project has ended and whom to write to, and takes no message', async () => {
    const siteUrl = await session.stack.startSite({ today: '2027-01-15' });
    const before = (await storedMessages()).length;
    const page = await (await fetch(`${siteUrl}/tillganglighet`)).text();
    expect(page).toMatch(
      /Projektet SPIK har avslutats och formuläret är stängt\. Om något på webbplatsen inte fungerar för dig, skriv till <a href="mailto:tillganglighet@spik\.example"[^>]*>tillganglighet@spik\.example<\/a>/,
    );
    expect(page).not.toMatch(/<form method="post"/);
    const posted = await postForm(siteUrl, { message: 'Skickat efter projektets slut.' });
    expect(await posted.text()).toMatch(/Projektet SPIK har avslutats/);
    expect((await storedMessages()).length).toBe(before);
  });
});
