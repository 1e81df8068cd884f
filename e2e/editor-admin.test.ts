/**
 * The editors' admin in Chromium, as the demo users: a refused save keeps every edit and marks
 * the field, choices read in Swedish and a municipality is picked by name, a slug is made from a
 * Swedish title, unpublishing is confirmed, and a Skribent's draft reaches the Redaktör's review
 * queue (with who asked and when, stamped by the server) and comes back with a comment.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signInToAdmin } from './browser.js';
import { startStack } from '../testing/services.mjs';

const NEWS = 'api::news-item.news-item';
const COURSE = 'api::course.course';
const cm = (uid: string, documentId = '') => `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;

/** A signed-in admin page, and the admin's own API called with that editor's session. */
async function editorSession(email: string) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await signInToAdmin(page, stack.cmsUrl, email, stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD!);
  const token = await page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('jwtToken') ?? 'null') ??
      decodeURIComponent(
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('jwtToken='))
          ?.split('=')[1] ?? '',
      ),
  );
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${stack.cmsUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the admin API's replies, read loosely as a client would
    return { status: response.status, json: (await response.json().catch(() => null)) as any };
  };
  const open = async (path: string) => {
    await page.goto(`${stack.cmsUrl}/admin${path}`);
    await page.waitForLoadState('networkidle');
  };
  return { page, api, open };
}

async function pickDate(page: Page, name: string, date: string) {
  const input = page.locator(`input[name="${name}"]`);
  await input.click();
  await input.fill(date);
  await page.keyboard.press('Enter');
}

/** The Content Manager's own Delete, for a document in every locale, and the i18n plugin's, for one. */
const DELETE_DOCUMENT = 'Ta bort posten (alla språk)';
const DELETE_LOCALE = 'Ta bort posten (Svenska (sv))';

/** Every entry of the edit view's "more actions" menus, as the signed-in editor is offered them. */
async function offeredActions(page: Page): Promise<string[]> {
  const names: string[] = [];
  const menus = page.getByRole('button', { name: 'Fler åtgärder' });
  for (let i = 0; i < (await menus.count()); i++) {
    await menus.nth(i).click();
    await page.getByRole('menu').first().waitFor();
    names.push(...(await page.getByRole('menuitem').allTextContents()));
    await page.keyboard.press('Escape');
  }
  return names;
}

/** What the edit view says about a field: the texts its input is described by (hint and error). */
async function describedAs(page: Page, name: string): Promise<string> {
  const ids = ((await page.locator(`input[name="${name}"]`).getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** A news draft written through the admin's API as `who`; returns its document id. */
async function writeNewsDraft(who: Awaited<ReturnType<typeof editorSession>>, title: string, slug: string): Promise<string> {
  const files = await who.api('GET', '/upload/files');
  const created = await who.api('POST', `${cm(NEWS)}?locale=sv`, {
    title,
    slug,
    lead: 'Ett utkast från end-to-end-testet.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Brödtext.' }] }],
    publishedDate: '2026-12-01',
    category: 'nyhet',
    cover: { file: files.json.results[0].id, alt: 'Testbild', credit: 'Foto: Test' },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json.data.documentId;
}

let editor: Awaited<ReturnType<typeof editorSession>>;
let writer: Awaited<ReturnType<typeof editorSession>>;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
  editor = await editorSession('redaktor.demo@spik.example');
  writer = await editorSession('skribent.demo@spik.example');
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('a save the rules refuse', () => {
  it('keeps every edit and marks the field, and sends nothing', async () => {
    const courses = await editor.api('GET', `${cm(COURSE)}?pageSize=1&filters[source][$eq]=redaktion`);
    const course = courses.json.results[0];
    await editor.open(`${cm(COURSE, course.documentId)}?plugins[i18n][locale]=sv`);
    const saves: string[] = [];
    editor.page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes(course.documentId)) saves.push(request.url());
    });
    await editor.page.locator('input[name="title"]').fill('Ny rubrik som inte får försvinna');
    await editor.page.locator('input[name="provider"]').fill('Ny anordnare (exempel)');
    await pickDate(editor.page, 'startDate', '2027-02-01');
    await pickDate(editor.page, 'applicationDeadline', '2027-03-01');
    await editor.page.getByRole('button', { name: 'Spara' }).click();

    const message = 'Sista ansökningsdag (2027-03-01) kan inte vara efter kursstart (2027-02-01).';
    // The message sits at the deadline field, and the editor's work is all still there.
    await expect.poll(() => describedAs(editor.page, 'applicationDeadline'), { timeout: 10_000 }).toContain(message);
    expect(await editor.page.locator('input[name="title"]').inputValue()).toBe('Ny rubrik som inte får försvinna');
    expect(await editor.page.locator('input[name="provider"]').inputValue()).toBe('Ny anordnare (exempel)');
    expect(await editor.page.locator('input[name="applicationDeadline"]').inputValue()).toBe('2027-03-01');
    expect(saves).toEqual([]);
    const stored = await editor.api('GET', `${cm(COURSE, course.documentId)}?locale=sv`);
    expect(stored.json.data.title).toBe(course.title);

    // The server still refuses the same entry on its own, with the field's path.
    const direct = await editor.api('PUT', `${cm(COURSE, course.documentId)}?locale=sv`, { startDate: '2027-02-01', applicationDeadline: '2027-03-01' });
    expect(direct.status).toBe(400);
    expect(direct.json.error.message).toBe(message);
    expect(direct.json.error.details.errors[0].path).toEqual(['applicationDeadline']);
  });

  it('names the image whose alternative text is missing', async () => {
    const news = await editor.api('GET', `${cm(NEWS)}?pageSize=1`);
    const item = news.json.results[0];
    await editor.open(`${cm(NEWS, item.documentId)}?plugins[i18n][locale]=sv`);
    await editor.page.locator('input[name="cover.alt"]').fill('');
    await editor.page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(() => describedAs(editor.page, 'cover.alt'), { timeout: 10_000 }).toMatch(/Omslagsbilden \(.+\) saknar alternativtext/);
  });
});

describe('the Redaktör works in Swedish', () => {
  it('sees choices by their Swedish names and picks a municipality by name, which sets the region', async () => {
    await editor.open(`${cm(COURSE)}/create`);
    await editor.page.getByText('Svenska (sv)').first().waitFor();
    await editor.page.getByRole('combobox', { name: /Studietakt/ }).click();
    expect(await editor.page.getByRole('option', { name: 'Deltid 50 %' }).isVisible()).toBe(true);
    expect(await editor.page.getByRole('option', { name: 'deltid50' }).count()).toBe(0);
    await editor.page.getByRole('option', { name: 'Deltid 50 %' }).click();
    await editor.page.getByRole('combobox', { name: /Kommun/ }).click();
    await editor.page.getByRole('option', { name: 'Ängelholm (Skåne, 1292)' }).click();
    expect(await editor.page.getByRole('combobox', { name: /Kommun/ }).textContent()).toContain('Ängelholm');
    expect(await editor.page.getByRole('combobox', { name: /^Region/ }).textContent()).toContain('Skåne');
  });

  it('gets a slug made from a Swedish title as she types, and can still write her own', async () => {
    await editor.open(`${cm(NEWS)}/create`);
    await editor.page.getByText('Svenska (sv)').first().waitFor();
    await editor.page.locator('input[name="title"]').pressSequentially('Öppet hus på Ängelholms verkstäder', { delay: 20 });
    await expect.poll(() => editor.page.locator('input[name="slug"]').inputValue(), { timeout: 10_000 }).toBe('oppet-hus-pa-angelholms-verkstader');
    await editor.page.locator('input[name="slug"]').fill('eget-namn');
    await editor.page.locator('input[name="title"]').pressSequentially(' i maj', { delay: 20 });
    await editor.page.waitForTimeout(1000);
    expect(await editor.page.locator('input[name="slug"]').inputValue()).toBe('eget-namn');
  });

  it('lists news newest first, in Swedish, with the schedule and the Status column in view at 1440 px', async () => {
    await writeNewsDraft(editor, 'Senast ändrade nyheten (test)', 'senast-andrade-nyheten');
    await editor.open(cm(NEWS));
    await editor.page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const newest = await editor.page.locator('tbody tr').first().textContent();
    expect(newest).toContain('Senast ändrade nyheten (test)');
    // The category by its Swedish name, not the stored `nyhet`, and no English "(default)".
    expect(await editor.page.locator('tbody tr').first().locator('td').allTextContents()).toContain('Nyhet');
    expect(await editor.page.locator('table').textContent()).not.toContain('(default)');
    const headers = (await editor.page.locator('thead th').allTextContents()).map((text) => text.trim());
    expect(headers).toEqual(expect.arrayContaining(['Rubrik', 'Publiceras', 'Tas ner']));
    const status = await editor.page.locator('thead th', { hasText: /^Status$/i }).boundingBox();
    expect(status).not.toBeNull();
    expect(status!.x + status!.width).toBeLessThanOrEqual(1440);
  });

  it('is asked before a published news item is taken off the site', async () => {
    const news = await editor.api('GET', `${cm(NEWS)}?pageSize=1&sort=title:ASC`);
    const item = news.json.results[0];
    await editor.open(`${cm(NEWS, item.documentId)}?plugins[i18n][locale]=sv`);
    await editor.page
      .getByRole('button', { name: 'Fler dokumentåtgärder' })
      .or(editor.page.getByRole('button', { name: /More document actions/i }))
      .first()
      .click();
    await editor.page.getByRole('menuitem', { name: 'Avpublicera', exact: true }).click();
    const dialog = editor.page.getByRole('alertdialog').or(editor.page.getByRole('dialog'));
    await dialog.getByText('Sidan tas bort från webbplatsen').waitFor();
    await dialog.getByRole('button', { name: /Avbryt|Cancel/ }).click();
    expect((await fetch(`${stack.siteUrl}/nyheter/${item.slug}`)).status).toBe(200);
  });
});

describe('related news', () => {
  it('offers only news that has been published, as a link to a draft would lead nowhere', async () => {
    await writeNewsDraft(editor, 'Aldrig publicerat utkast (test)', 'aldrig-publicerat-utkast');
    const offered = await editor.api('GET', `/content-manager/relations/${NEWS}/relatedNews?locale=sv&pageSize=100`);
    expect(offered.status).toBe(200);
    const titles = (offered.json.results as { title: string; status: string }[]).map((relation) => relation.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain('Aldrig publicerat utkast (test)');
    expect((offered.json.results as { status: string }[]).every((relation) => relation.status !== 'draft')).toBe(true);
  });
});

describe('review', () => {
  it("puts a Skribent's ready draft in the Redaktör's queue and sends it back with a comment", async () => {
    const documentId = await writeNewsDraft(writer, 'Skribentens utkast om lödkursen (test)', 'skribentens-utkast-lodkursen');

    await writer.open(`${cm(NEWS, documentId)}?plugins[i18n][locale]=sv`);
    // A Skribent is offered nothing it cannot do: no Publish, no Unpublish, no Delete of any kind.
    expect(await writer.page.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    const writerOffered = await offeredActions(writer.page);
    expect(
      writerOffered.filter((name) => /^Ta bort|^Avpublicera/.test(name)),
      writerOffered.join(', '),
    ).toEqual([]);
    await writer.page.getByRole('button', { name: 'Klar för granskning' }).click();
    await writer.page.getByText(/Väntar på granskning\. Begärd av Demo Skribent \(exempel\)/).waitFor({ timeout: 10_000 });

    // The stamp is the server's: a Skribent cannot write someone else's name, nor send back.
    const forged = await writer.api('PUT', `${cm(NEWS, documentId)}?locale=sv`, { reviewRequestedBy: 'Någon annan' });
    expect(forged.status).toBe(200);
    expect(forged.json.data.reviewRequestedBy).toBe('Demo Skribent (exempel)');
    const selfReturn = await writer.api('PUT', `${cm(NEWS, documentId)}?locale=sv`, { reviewStatus: 'atersand', reviewComment: 'Godkänd av mig själv' });
    expect(selfReturn.status).toBe(400);

    await editor.open('');
    const queue = editor.page.getByRole('list', { name: 'Väntar på granskning' });
    await queue.waitFor({ timeout: 15_000 });
    const entry = queue.getByRole('listitem').filter({ hasText: 'Skribentens utkast om lödkursen (test)' });
    expect(await entry.textContent()).toMatch(/Nyhet · begärd av Demo Skribent \(exempel\), \d{1,2} [a-zäö]+ 2026 kl\. \d{2}\.\d{2}/);
    await entry.getByRole('link').click();
    await editor.page.getByRole('button', { name: 'Skicka tillbaka till skribenten' }).waitFor();
    expect(await offeredActions(editor.page)).toEqual(expect.arrayContaining([DELETE_DOCUMENT, DELETE_LOCALE]));
    await editor.page.getByRole('button', { name: 'Skicka tillbaka till skribenten' }).click();
    await editor.page.getByLabel(/Vad behöver ändras/).fill('Lägg till datum för kursstart.');
    const sentBack = editor.page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes(documentId));
    await editor.page.getByRole('button', { name: 'Skicka tillbaka' }).last().click();
    expect((await sentBack).status()).toBe(200);
    await editor.page.getByText(/Skickad tillbaka av en redaktör: ”Lägg till datum för kursstart\.”/).waitFor({ timeout: 20_000 });

    await writer.open(`${cm(NEWS, documentId)}?plugins[i18n][locale]=sv`);
    await writer.page.getByText('”Lägg till datum för kursstart.”', { exact: false }).waitFor({ timeout: 10_000 });
    await editor.open('');
    await editor.page.getByText('Inget väntar på granskning.').waitFor({ timeout: 15_000 });
  });
});
