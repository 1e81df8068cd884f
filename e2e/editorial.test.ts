/**
 * The editors' path, end to end and without mocks: a Redaktör logs into the real Strapi admin in
 * Chromium, writes and publishes a press release, and visitors see it on the site within five
 * seconds (Strapi's webhook purges the API's cache; the site renders from the API on request).
 * A preview link signed by the CMS shows the draft; a tampered one is refused.
 */
import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { startStack } from '../testing/services.mjs';

const NEWS_CM = '/content-manager/collection-types/api::news-item.news-item';
const COURSE_CM = '/content-manager/collection-types/api::course.course';

describe('editors publishing to the site', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let browser: Browser;
  let admin: Page;
  let token: string;

  /** The admin's own API, called with the logged-in Redaktör's session from inside the admin page. */
  const adminApi = (method: string, path: string, body?: unknown) =>
    admin.evaluate(
      async ({ method, path, body, token }) => {
        const response = await fetch(path, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, json: await response.json().catch(() => null) };
      },
      { method, path, body, token },
    );

  /** A news draft written as the Redaktör; returns its document id. */
  const writeDraft = async (title: string, slug: string, lead: string, category: string): Promise<string> => {
    const files = await adminApi('GET', '/upload/files');
    const fileId = (files.json as { results: { id: number }[] }).results[0]!.id;
    const draft = await adminApi('POST', NEWS_CM, {
      title,
      slug,
      lead,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Skrivet av end-to-end-testet.' }] }],
      publishedDate: '2026-11-26',
      category,
      cover: { file: fileId, alt: 'Platshållarbild', credit: 'Foto: Platshållare (SPIK)' },
    });
    expect(draft.status, JSON.stringify(draft.json)).toBe(201);
    return (draft.json as { data: { documentId: string } }).data.documentId;
  };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    admin = await browser.newPage();
    await admin.goto(`${stack.cmsUrl}/admin/auth/login`);
    await admin.getByLabel(/e-post|email/i).fill('redaktor.demo@spik.example');
    await admin.getByLabel(/password|lösenord/i).fill(stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD!);
    await admin.getByRole('button', { name: /login|logga in/i }).click();
    await admin.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    token = await admin.evaluate(() => {
      const stored = localStorage.getItem('jwtToken');
      if (stored) return JSON.parse(stored) as string;
      return decodeURIComponent(
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('jwtToken='))
          ?.split('=')[1] ?? '',
      );
    });
    expect(token.length).toBeGreaterThan(20);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('speaks Swedish to an editor from the first visit, the login page included, and calls nobody outside', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(stack.cmsUrl) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(`${stack.cmsUrl}/admin/auth/login`);
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    await page.getByLabel(/e-post|email/i).fill('redaktor.demo@spik.example');
    await page.getByLabel(/lösenord/i).fill(stack.cmsEnv.CMS_DEMO_ADMIN_PASSWORD!);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
    await page.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::news-item.news-item`);
    await page.getByRole('link', { name: 'Skapa innehåll' }).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { name: 'Innehåll' }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    await context.close();
  });

  it('shows a press release a Redaktör writes and publishes in the admin on the site within 5 seconds', async () => {
    const title = 'Ny utbildningsomgång i cirkulär produktion';
    const visitor = await browser.newPage();
    expect((await visitor.goto(`${stack.siteUrl}/nyheter/ny-utbildningsomgang-cirkular-produktion`))?.status()).toBe(404);

    // The Content Manager's own form, as an editor fills it in, in Swedish (the media dialog's
    // Swedish is ours, as Strapi's upload plugin ships none).
    await admin.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::news-item.news-item/create`);
    // The form re-initialises once the locales have loaded; typing before that is lost.
    await admin.getByText('Svenska (sv)').first().waitFor();
    await admin.waitForLoadState('networkidle');
    await admin.locator('input[name="title"]').fill(title);
    await admin.locator('input[name="slug"]').fill('ny-utbildningsomgang-cirkular-produktion');
    await admin.locator('textarea[name="lead"]').fill('SPIK öppnar en ny omgång för anställda i Skåne och Blekinge (testnyhet från end-to-end-testet).');
    await admin.locator('[role="textbox"][contenteditable="true"]').first().click();
    await admin.keyboard.type('Anmälan öppnar i december.');
    const date = admin.locator('input[name="publishedDate"]');
    await date.click();
    // Swedish dates: year, month, day.
    await date.fill('2026-11-26');
    await admin.keyboard.press('Enter');
    expect(await date.inputValue()).toBe('2026-11-26');
    await admin.getByRole('combobox', { name: /Kategori/ }).click();
    await admin.getByRole('option', { name: 'Pressmeddelande' }).click();
    await admin.locator('input[name="cover.alt"]').fill('Platshållarbild');
    await admin.locator('input[name="cover.credit"]').fill('Foto: Platshållare (SPIK)');
    await admin
      .getByText(/click to add an asset|klicka för att lägga till en fil/i)
      .first()
      .click();
    await admin.getByRole('dialog').getByRole('checkbox').nth(1).check();
    await admin.getByRole('button', { name: /^(Finish|Slutför)$/ }).click();
    await admin.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await admin.locator('input[name="title"]').inputValue()).toBe(title);
    const publishing = admin.waitForResponse((response) => response.url().includes('/actions/publish') && response.request().method() === 'POST');
    await admin.getByRole('button', { name: /^(Publish|Publicera)$/ }).click();

    // From the moment the CMS answers the publish, the site has five seconds.
    const answer = await publishing.catch(async (error: Error) => {
      await admin.screenshot({ path: 'test-results/editorial-publish.png', fullPage: true });
      throw error;
    });
    expect(answer.status()).toBe(200);
    const publishedAt = Date.now();
    let visible = false;
    while (!visible && Date.now() - publishedAt < 5000) {
      await visitor.goto(stack.siteUrl);
      visible = await visitor.getByRole('link', { name: title }).isVisible();
    }
    expect(visible).toBe(true);
    await visitor.getByRole('link', { name: title }).click();
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await visitor.getByText('Anmälan öppnar i december.').isVisible()).toBe(true);
  });

  it("shows the draft in the admin's own preview panel, framed by the admin alone", async () => {
    const documentId = await writeDraft('Utkast i förhandsvisningspanelen', 'utkast-i-panelen', 'Syns bara för redaktörer.', 'nyhet');
    await admin.goto(`${stack.cmsUrl}/admin/content-manager/collection-types/api::news-item.news-item/${documentId}?plugins[i18n][locale]=sv`);
    await admin
      .getByRole('link', { name: 'Öppna förhandsvisning' })
      .or(admin.getByRole('button', { name: 'Öppna förhandsvisning' }))
      .first()
      .click();
    const panel = admin.frameLocator('iframe').first();
    await panel.getByRole('heading', { level: 1, name: 'Utkast i förhandsvisningspanelen' }).waitFor({ timeout: 30_000 });
    expect(await panel.getByText('Förhandsvisning av utkast – inte publicerat').isVisible()).toBe(true);
    // "Copy the preview link" gives the site's signed link, which opens the draft on its own.
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.cmsUrl });
    await admin.getByRole('button', { name: 'Kopiera webbplatsens länk till förhandsvisningen' }).click();
    await admin.getByText('Webbplatsens länk till förhandsvisningen är kopierad', { exact: false }).first().waitFor();
    const copied = await admin.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${stack.siteUrl}/forhandsvisning?type=news&documentId=${documentId}&locale=sv&expires=`)).toBe(true);
    expect((await fetch(copied)).status).toBe(200);
    // Only the preview may be framed, and only by the admin's origin; other pages stay unframeable.
    const preview = await fetch(
      await admin
        .locator('iframe')
        .first()
        .getAttribute('src')
        .then((src) => new URL(src!, stack.cmsUrl).toString()),
    );
    expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors ${new URL(stack.cmsUrl).origin}`);
    expect(preview.headers.get('x-frame-options')).toBeNull();
    const home = await fetch(stack.siteUrl);
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('x-frame-options')).toBe('DENY');
  });

  it('previews a draft through a signed link, and refuses a tampered one', async () => {
    const documentId = await writeDraft('Utkast som bara redaktörer ser', 'utkast-som-bara-redaktorer-ser', 'Det här utkastet är inte publicerat.', 'nyhet');
    const expires = Math.floor(Date.now() / 1000) + 600;
    const signature = createHmac('sha256', stack.cmsEnv.PREVIEW_SECRET!).update(`news:${documentId}:sv:${expires}`).digest('hex');
    const link = `${stack.siteUrl}/forhandsvisning?type=news&documentId=${documentId}&locale=sv&expires=${expires}&signature=${signature}`;

    const page = await browser.newPage();
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Utkast som bara redaktörer ser');
    expect(await page.getByText('Förhandsvisning av utkast – inte publicerat').isVisible()).toBe(true);

    const forged = `${signature[0] === '0' ? '1' : '0'}${signature.slice(1)}`;
    const tampered = await page.goto(link.replace(`signature=${signature}`, `signature=${forged}`));
    expect(tampered?.status()).toBe(403);
    const expired = createHmac('sha256', stack.cmsEnv.PREVIEW_SECRET!).update(`news:${documentId}:sv:1000`).digest('hex');
    expect((await page.goto(`${stack.siteUrl}/forhandsvisning?type=news&documentId=${documentId}&locale=sv&expires=1000&signature=${expired}`))?.status()).toBe(
      403,
    );
    expect((await page.goto(`${stack.siteUrl}/nyheter/utkast-som-bara-redaktorer-ser`))?.status()).toBe(404);
  });

  it('previews a course tip draft through a signed link, on the same course page visitors get', async () => {
    const draft = await adminApi('POST', COURSE_CM, {
      title: 'Utkast: Underhåll av elmotorer (exempel)',
      slug: 'utkast-underhall-av-elmotorer',
      provider: 'Exempelskolan YH Karlskrona (exempel)',
      yhPoints: 15,
      pace: 'deltid25',
      mode: 'distans',
      municipalityCode: '1080',
      region: 'blekinge',
      startDate: '2027-10-04',
      applicationDeadline: '2027-08-31',
      themes: [{ theme: 'energy_efficiency' }],
      applyUrl: 'https://example.org/spik-exempel/kurser/utkast',
      description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Ett kurstips som ännu inte är publicerat.' }] }],
      isExample: true,
    });
    expect(draft.status, JSON.stringify(draft.json)).toBe(201);
    const documentId = (draft.json as { data: { documentId: string } }).data.documentId;
    const expires = Math.floor(Date.now() / 1000) + 600;
    const sign = (type: string) => createHmac('sha256', stack.cmsEnv.PREVIEW_SECRET!).update(`${type}:${documentId}:sv:${expires}`).digest('hex');
    const link = (type: string, signature: string) =>
      `${stack.siteUrl}/forhandsvisning?type=${type}&documentId=${documentId}&locale=sv&expires=${expires}&signature=${signature}`;

    const page = await browser.newPage();
    expect((await page.goto(link('course', sign('course'))))?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Utkast: Underhåll av elmotorer (exempel)');
    expect(await page.getByText('Förhandsvisning av utkast – inte publicerat').isVisible()).toBe(true);
    expect(await page.getByText('Ett kurstips som ännu inte är publicerat.').isVisible()).toBe(true);
    // A news signature does not open a course.
    expect((await page.goto(link('course', sign('news'))))?.status()).toBe(403);
    expect((await page.goto(`${stack.siteUrl}/kurser/utkast-underhall-av-elmotorer`))?.status()).toBe(404);
  });
});
