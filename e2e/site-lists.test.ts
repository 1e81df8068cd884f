/**
 * The site's lists as a visitor uses them, in Chromium against the real stack: paging with bounds
 * and a way back, course filters with and without JavaScript, values in the address that cannot be
 * used, empty results, a phone-sized window, and addresses that cannot be decoded.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COURSE, HEADLINE, useSiteSession } from './site-session.js';

const session = useSiteSession();
const { open } = session;
const cardTitles = (page: Page) => page.locator('#kursresultat article').getByRole('heading', { level: 2 }).allTextContents();
const status = async (path: string) => {
  const response = await fetch(`${session.stack.siteUrl}${path}`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
};

describe('news pages', () => {
  it('pages through the list two at a time, and filters by category, without JavaScript', async () => {
    const { page } = await open('/nyheter/', { javaScriptEnabled: false });
    const titles: string[] = [];
    for (let pageNumber = 1; ; pageNumber++) {
      expect(await page.getByText(`Sida ${pageNumber} av 3`).isVisible()).toBe(true);
      titles.push(...(await page.getByRole('heading', { level: 2 }).allTextContents()));
      // The first page has no way back; every later one does, to the page before it.
      expect(await page.getByRole('link', { name: '← Föregående sida' }).count()).toBe(pageNumber === 1 ? 0 : 1);
      const older = page.getByRole('link', { name: 'Nästa sida →' });
      if (!(await older.count())) break;
      await older.click();
    }
    expect(titles).toHaveLength(5);
    expect(new Set(titles).size).toBe(5);
    await page.getByRole('navigation', { name: 'Kategorier' }).getByRole('link', { name: 'Pressmeddelande' }).click();
    expect(new URL(page.url()).searchParams.get('kategori')).toBe('pressmeddelande');
    expect(await page.getByRole('link', { name: HEADLINE }).isVisible()).toBe(true);
    expect(await page.getByText(/^\d+ nyhet(er)?$/).textContent()).toMatch(/^[1-2] nyhet/);
    await page.close();
  });

  it('sends a page past the end to the last page and a page that is not a number to the first, and drops old cursor links', async () => {
    expect(await status('/nyheter/?sida=99')).toMatchObject({ status: 302, location: '/nyheter/?sida=3' });
    expect(await status('/nyheter/?kategori=pressmeddelande&sida=4')).toMatchObject({ status: 302, location: '/nyheter/?kategori=pressmeddelande' });
    expect(await status('/nyheter/?sida=0')).toMatchObject({ status: 302, location: '/nyheter/' });
    expect(await status('/nyheter/?sida=abc')).toMatchObject({ status: 302, location: '/nyheter/' });
    expect((await status('/nyheter/?efter=bzox&sida=2')).location).toBe('/nyheter/?sida=2');
    expect((await status('/kurser/?sida=9')).location).toBe('/kurser/?sida=3');
  });
});

describe('short YH courses', () => {
  it('lists upcoming courses only, highlights a deadline within 14 days, and pages', async () => {
    const { page } = await open('/kurser/', { javaScriptEnabled: false });
    expect(await page.locator('#kursantal').innerText()).toBe('6 kurser');
    const first = page.locator('#kursresultat article').first();
    expect(await first.getByText('Sista ansökningsdag snart:').isVisible()).toBe(true);
    expect(await first.getByText('(om 6 dagar)', { exact: false }).isVisible()).toBe(true);
    const seen = [...(await cardTitles(page))];
    while (await page.getByRole('link', { name: 'Nästa sida →' }).count()) {
      await page.getByRole('link', { name: 'Nästa sida →' }).click();
      seen.push(...(await cardTitles(page)));
    }
    expect(seen).toHaveLength(6);
    // Both seeded courses that started in September and October 2026 have dropped out.
    expect(seen.some((title) => title.startsWith('Gröna affärsmodeller') || title.startsWith('Jämställd'))).toBe(false);
    await page.close();
  });

  it('narrows the list with the plain GET form when JavaScript is off', async () => {
    const { page } = await open('/kurser/', { javaScriptEnabled: false });
    await page.getByLabel('Region').selectOption('BLEKINGE');
    await page.getByRole('button', { name: 'Visa kurser' }).click();
    await page.waitForURL(/region=BLEKINGE/);
    expect(await page.locator('#kursantal').innerText()).toBe('2 kurser matchar valen');
    expect((await page.locator('#kursresultat article').allTextContents()).every((text) => text.includes('Blekinge'))).toBe(true);

    await page.goto(`${session.stack.siteUrl}/kurser/`);
    await page.getByLabel('Sök').fill('lean');
    await page.getByLabel('Startmånad').selectOption('2027-03');
    await page.getByRole('button', { name: 'Visa kurser' }).click();
    await page.waitForURL(/sok=lean/);
    expect(await cardTitles(page)).toEqual(['Lean och hållbar produktion för operatörer (exempel)']);
    await page.close();
  });

  it('narrows the list as the visitor chooses when JavaScript is on, without reloading the page', async () => {
    const { page } = await open('/kurser/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByLabel('Tema').selectOption('ENERGY_EFFICIENCY');
    await expect.poll(() => page.locator('#kursantal').textContent()).toBe('2 kurser matchar valen');
    expect(new URL(page.url()).searchParams.get('tema')).toBe('ENERGY_EFFICIENCY');
    await page.getByLabel('Studieform').selectOption('MIXED');
    await expect.poll(() => page.url()).toContain('form=MIXED');
    expect(await page.locator('#kursantal').textContent()).toBe('2 kurser matchar valen');
    await page.getByLabel('Sök').fill('digital');
    await expect.poll(() => cardTitles(page)).toEqual(['Digitalisering och dataanalys i produktionen (exempel)']);
    expect(await page.locator('#kursbesked').textContent()).toBe('1 kurs matchar valen');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await page.close();
  });

  it('shows a course page that says the course is an example and links to the school', async () => {
    const { page } = await open(COURSE);
    expect(await page.getByText('Exempel:', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText('40 YH-poäng', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /^Ansök hos/ }).getAttribute('href')).toMatch(/^https:\/\//);
    await page.close();
  });
});

describe('course search as people type', () => {
  it.each([
    ['CIRKULÄR', ['Cirkulär produktion i praktiken (exempel)']],
    ['produktion cirkulär', ['Cirkulär produktion i praktiken (exempel)']],
    ['HÅLLBAR operatörer', ['Lean och hållbar produktion för operatörer (exempel)']],
    ['omställningen - för arbetsledare', ['Leda i omställningen – för arbetsledare (exempel)']],
  ])('finds %s, in any case, word order and dash, with JavaScript off', async (search, expected) => {
    const { page } = await open(`/kurser/?${new URLSearchParams({ sok: search })}`, { javaScriptEnabled: false });
    expect(await cardTitles(page)).toEqual(expected);
    expect(await page.getByLabel('Sök').inputValue()).toBe(search);
    await page.close();
  });
});

describe('course filters a visitor cannot use', () => {
  it('says which values in the address it ignored, shows every course instead, and resets the form to match', async () => {
    const { page } = await open('/kurser/?region=skane&start=2027-06&tema=ENERGY_EFFICIENCY', { javaScriptEnabled: false });
    const notice = page.locator('#kursresultat [role="status"]');
    expect(await notice.innerText()).toContain('Några val i adressen kunde inte användas');
    expect(await notice.locator('li').allInnerTexts()).toEqual(['Region: ”skane” finns inte bland valen.', 'Startmånad: inga kurser startar i juni 2027.']);
    // What was usable is used; what was not shows as "all" in the form.
    expect(await page.locator('#kursantal').innerText()).toBe('2 kurser matchar valen');
    expect(await page.getByLabel('Region').inputValue()).toBe('');
    expect(await page.getByLabel('Startmånad').inputValue()).toBe('');
    expect(await page.getByLabel('Tema').inputValue()).toBe('ENERGY_EFFICIENCY');
    await page.goto(`${session.stack.siteUrl}/kurser/?start=2024-05`);
    expect(await page.locator('#kursresultat [role="status"] li').allInnerTexts()).toEqual(['Startmånad: maj 2024 har redan varit.']);
    expect(await page.locator('#kursantal').innerText()).toBe('6 kurser');
    await page.close();
  });

  it('offers to drop one choice at a time when nothing matches', async () => {
    const { page } = await open('/kurser/?sok=lean&region=SKANE', { javaScriptEnabled: false });
    expect(await page.locator('#kursantal').innerText()).toBe('Inga kurser matchar valen.');
    const removals = page.locator('#kursresultat').getByRole('link', { name: /^Ta bort/ });
    expect(await removals.allInnerTexts()).toEqual(['Ta bort Sök: ”lean”', 'Ta bort Region: Skåne']);
    await page.getByRole('link', { name: 'Ta bort Region: Skåne' }).click();
    expect(new URL(page.url()).search).toBe('?sok=lean');
    expect(await cardTitles(page)).toEqual(['Lean och hållbar produktion för operatörer (exempel)']);
    await page.close();
  });

  it('keeps what a choice gave in sight on a phone, and takes the visitor to the results on "Visa kurser"', async () => {
    const { page } = await open('/kurser/', { width: 375, height: 667 });
    const status = page.locator('#kursbesked');
    await page.getByLabel('Region').selectOption('BLEKINGE');
    await expect.poll(() => status.textContent()).toBe('2 kurser matchar valen');
    const box = (await status.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(667);
    await page.getByRole('button', { name: 'Visa kurser' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kursantal');
    const count = (await page.locator('#kursantal').boundingBox())!;
    expect(count.y + count.height).toBeLessThanOrEqual(667);
    await page.close();
  });
});

describe('an address that cannot be decoded', () => {
  it.each(['/nyheter/%E0%A4%A', '/kurser/?sok=100%', '/%'])("answers %s with 400 and the site's own Swedish page", async (path) => {
    const answer = await status(path);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<h1>Adressen är felaktig</h1>');
    expect(answer.text).toContain('<html lang="sv"');
    expect(answer.text).toContain('aria-label="Huvudmeny"');
    expect(answer.text).not.toContain('Bad request');
  });
});
