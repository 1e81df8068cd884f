import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import type { IndicatorQuery } from './query.js';
import { exportQuery } from './export-request.js';
import { LICENCE } from './esf-catalogue.js';
import type { IndicatorService } from './indicator-service.js';
import type { BreakdownCell, SuppressibleCount } from '../disclosure/figure.types.js';
import type { Indicators } from './indicator.types.js';

const decimal = new Intl.NumberFormat('sv-SE', { useGrouping: false, maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat('sv-SE', { useGrouping: false, maximumFractionDigits: 1 });
/** "2024-01" becomes a date in Excel; SCB's month notation "2024M01" stays text. */
const monthKey = (period: string) => period.replace(/^(\d{4})-(\d{2})$/, '$1M$2');

/**
 * Text that Excel or LibreOffice would run as a formula (OWASP: CSV injection) gets a leading
 * apostrophe, which the spreadsheet shows as plain text. Staff type free text such as
 * competence-area names, so every text cell goes through this.
 */
export const formulaSafe = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The same figures as `indicators` (same suppression), as a CSV that Swedish Excel opens as is. */
export function toCsv(indicators: Indicators, filter: IndicatorQuery): string {
  const rows: (string | number)[][] = [['Avsnitt', 'Nyckel', 'Etikett', 'Värde', 'Undertryckt']];
  const value = (count: { value: number | null; suppressed: boolean }) => (count.value === null ? '' : decimal.format(count.value));
  const flag = (count: { suppressed: boolean }) => (count.suppressed ? 'ja' : 'nej');
  const count = (section: string, label: string, c: SuppressibleCount) => rows.push([section, 'total', label, value(c), flag(c)]);
  const cells = (section: string, list: BreakdownCell[]) => list.forEach((cell) => rows.push([section, cell.key, cell.label, value(cell), flag(cell)]));

  // What the figures describe and how they are protected come first, where a reader starts.
  const filterText =
    Object.entries(filter)
      .filter(([, v]) => v != null)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ') || 'inga';
  rows.push(['Avser', 'läget', `Uppgifterna avser läget ${indicators.asOf ?? 'före första publiceringen'}`, indicators.asOf ?? '', '']);
  rows.push(['Urval', 'filter', filterText, '', '']);
  rows.push(['Skydd', 'tröskel', `Antal från 0 till ${indicators.suppressionThreshold} visas inte`, indicators.suppressionThreshold, '']);
  rows.push([
    'Skydd',
    'avvikelse',
    `Övriga antal är justerade med högst ±${indicators.maxDeviation} (cell key-metoden), utom projektets totaler; delarna summerar därför inte alltid till totalen`,
    indicators.maxDeviation,
    '',
  ]);
  rows.push(['Licens', 'licens', LICENCE, '', '']);
  rows.push([
    'Metadata',
    'jsonstat',
    'Samma urval som JSON-stat med ESF+-koder, definitioner och enheter: /export/indicators.jsonstat med samma parametrar',
    '',
    '',
  ]);
  if (indicators.dataIsDemo) rows.push(['Obs', 'demodata', 'Siffrorna är genererade demodata, inte verkliga uppgifter', '', '']);
  count('Deltagare', 'Totalt', indicators.participants.total);
  cells('Deltagare per kön', indicators.participants.byGender);
  cells('Deltagare per åldersgrupp', indicators.participants.byAgeBand);
  cells('Deltagare per utbildningsnivå', indicators.participants.byEducation);
  cells('Deltagare per region', indicators.participants.byRegion);
  count('Företag', 'Totalt', indicators.companies.total);
  cells('Företag per storleksklass', indicators.companies.bySizeClass);
  cells('Företag per region', indicators.companies.byRegion);
  cells('Företag per bransch (SNI)', indicators.companies.byIndustry);
  rows.push(['Utbildningstimmar', 'total', 'Närvarotimmar', value(indicators.trainingHours), flag(indicators.trainingHours)]);
  const rate = indicators.completionRate;
  rows.push(['Genomförandegrad', 'total', 'Andel avslutade deltaganden, procent', rate.value === null ? '' : percent.format(rate.value * 100), flag(rate)]);
  for (const point of indicators.series.MONTH) {
    rows.push(['Deltagare ackumulerat per månad', monthKey(point.period), point.end, value(point.participants), flag(point.participants)]);
  }
  for (const point of indicators.series.MONTH) {
    rows.push(['Företag ackumulerat per månad', monthKey(point.period), point.end, value(point.companies), flag(point.companies)]);
  }
  count('Mind The Gap-analyser', 'Genomförda', indicators.gaps.analysesCompleted);
  for (const need of indicators.gaps.topCompetenceAreas) {
    rows.push(['Kompetensområden (antal företag)', need.area, need.area, value(need.companies), flag(need.companies)]);
  }
  return stringify(rows, { delimiter: ';', bom: true, record_delimiter: 'windows', cast: { string: formulaSafe } });
}

/** GET /export/indicators.csv?municipality=1280&… — partner key required. */
export function registerIndicatorExport(app: FastifyInstance, indicators: IndicatorService): void {
  app.get<{ Querystring: Record<string, string | undefined> }>('/export/indicators.csv', async (request, reply) => {
    const query = exportQuery(request.actor, request.query, reply, 'The CSV export');
    if (!query) return reply;
    const csv = toCsv(await indicators.indicators(query), query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="spik-indikatorer.csv"')
      .header('cache-control', 'private, no-store')
      .send(csv);
  });
}
