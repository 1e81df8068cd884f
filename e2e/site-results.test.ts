/**
 * The results pages, in Chromium against the real stack: Resultat (charts, tables, print, Mind
 * The Gap) and Så gick det (the final results beside the partners' summary).
 */
import { describe, expect, it } from 'vitest';
import { useSiteSession } from './site-session.js';

const session = useSiteSession();
const { open } = session;

describe('Resultat', () => {
  it('says what the headline counts: people who took part, with the share of their enrolments completed', async () => {
    const { page } = await open('/resultat');
    const figure = page.locator('.figures .figure').first();
    expect(await figure.locator('.label').innerText()).toContain('Anställda som deltagit i kompetensutveckling');
    const note = (await figure.locator('.note').innerText()).replace(/\s+/g, ' ');
    expect(note).toMatch(/En rak linje från start till mål ger [\d\s ]+ vid samma datum\. Av deras deltaganden är \d+(,\d)?\s% avslutade\./);
    expect(await page.locator('main').innerText()).not.toMatch(/Enligt plan|kompetensutvecklats|\bi dag\b/);
  });

  it('prints Resultat on white without navigation, with the tables open and link addresses written out', async () => {
    const { page } = await open('/resultat');
    const table = page.locator('figure.chart table').first();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.site-footer nav').isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await page.locator('.site-footer').evaluate((footer) => getComputedStyle(footer).backgroundColor)).toBe('rgb(255, 255, 255)');
    const external = page.locator('main a[href^="http"]').first();
    const href = await external.getAttribute('href');
    expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
  });

  it('draws each indicator as SVG with a text summary and a data table, and explains withheld cells', async () => {
    const { page } = await open('/resultat');
    const charts = page.locator('figure.chart');
    // Two over time, three breakdowns, and Mind The Gap's competence areas.
    expect(await charts.count()).toBe(6);
    for (const chart of await charts.all()) {
      expect(await chart.locator('svg[role="img"]').count()).toBe(1);
      expect(await chart.locator('svg title').textContent()).toBeTruthy();
      const summary = (await chart.locator('figcaption > p[id$="sammanfattning"]').textContent()) ?? '';
      expect(summary.length).toBeGreaterThan(20);
      // No template left over in what a visitor reads.
      expect(summary).not.toMatch(/[$`{}]|undefined|NaN/);
      expect(summary).not.toMatch(/(^|\s)1 kvartal/);
      expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(1);
      expect(await chart.getByText('Demodata', { exact: true }).isVisible()).toBe(true);
    }
    const progress = charts.first();
    expect(await progress.locator('line.target').count()).toBe(1);
    expect(await progress.locator('path.actual').count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Varför visas inte alla siffror?' }).isVisible()).toBe(true);
    // Decision 0023 changed what is withheld (0 to 4) and added the perturbation, so the text says both.
    expect(await page.getByText(/från 0 till 4 visas inte/).isVisible()).toBe(true);
    expect(await page.getByText(/högst ±2/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Läs API-dokumentationen och prova frågor' }).count()).toBe(1);
    await page.close();
  });
});

describe('Mind The Gap on Resultat', () => {
  it('shows the competence areas most companies need to move, as bars with a table, each count protected', async () => {
    const { page } = await open('/resultat');
    expect(await page.getByRole('heading', { name: 'Vad företagen behöver: Mind The Gap' }).isVisible()).toBe(true);
    const chart = page.locator('figure.chart', { has: page.getByRole('heading', { name: /Kompetensområden som företagen behöver utveckla mest/ }) });
    const rows = chart.locator('table tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    const counts: number[] = [];
    for (const row of await rows.all()) {
      const [companies, step] = (await row.locator('td').allTextContents()).map((text) => text.trim());
      counts.push(Number(companies!.replace(/\s/g, '')));
      // Swedish decimals (1,8), or withheld; never a count from 1 to 4.
      expect(step).toMatch(/^\d,\d$|^Skyddad$/);
    }
    expect(counts.every((count) => count > 4)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await chart.locator('svg rect.bar').count()).toBe(counts.length);
    expect(await chart.getByText('Demodata', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(/Hittills har [\d\s ]+ analyser gjorts\./).isVisible()).toBe(true);
    await page.close();
  });
});

describe('Så gick det', () => {
  it('sets the outcome against the targets beside the ESF+ indicators, Mind The Gap and the partners’ summary, preliminary until the end', async () => {
    const { page } = await open('/sa-gick-det');
    for (const name of [
      'Målen och utfallet',
      'Deltagare och företag under hela projektet',
      'ESF+-indikatorerna',
      'Kompetenserna företagen behövde',
      'Partnernas sammanfattning',
    ]) {
      expect(await page.getByRole('heading', { name, level: 2 }).isVisible(), name).toBe(true);
    }
    expect(await page.getByText(/Projektet pågår till och med 31 december 2026\. .* preliminära/).isVisible()).toBe(true);
    // The ESF+ table shows what anyone can ask the API for, cell by cell.
    const api = (await (
      await fetch(`${session.stack.apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ indicatorCatalogue { indicators { esfCode total { value } } } }' }),
      })
    ).json()) as { data: { indicatorCatalogue: { indicators: { esfCode: string | null; total: { value: number | null } }[] } } };
    const eeco01 = api.data.indicatorCatalogue.indicators.find((row) => row.esfCode === 'EECO01')!.total.value!;
    const row = page.locator('tr', { has: page.getByRole('cell', { name: 'EECO01', exact: true }) });
    expect((await row.locator('td').nth(1).textContent())?.replace(/\s/g, '')).toBe(String(eeco01));
    expect(await page.locator('table tbody tr', { has: page.getByRole('cell', { name: /^EECO/ }) }).count()).toBe(
      api.data.indicatorCatalogue.indicators.filter((i) => i.esfCode).length,
    );
    expect(await page.locator('figure.chart svg rect.bar').count()).toBeGreaterThan(1);
    const summary = page.locator('section', { has: page.getByRole('heading', { name: 'Partnernas sammanfattning' }) });
    expect(await summary.getByText('Demodata', { exact: true }).isVisible()).toBe(true);
    expect(
      await summary
        .getByText(/Exempeltext/)
        .first()
        .isVisible(),
    ).toBe(true);
    await page.close();
  });

  it('drops the preliminary note after the end date', async () => {
    const ended = await session.stack.startSite({ today: '2027-01-15' });
    const page = await session.browser.newPage();
    expect((await page.goto(`${ended}/sa-gick-det`))?.status()).toBe(200);
    expect(await page.getByRole('heading', { name: 'Så gick det', level: 1 }).isVisible()).toBe(true);
    expect(await page.getByText(/preliminära/).count()).toBe(0);
    await page.close();
  });
});
