import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { bilingual, errorReply } from '../errors/error-reply.js';
import { GraphQLError } from 'graphql';
import { Role } from '../auth/api-key.entity.js';
import { hasAccess } from '../auth/actor.js';
import { ActivityKind, Region, SizeClass, Theme } from '../project-data/enums.js';
import { type IndicatorQuery, validateQuery } from './query.js';
import type { IndicatorService } from './indicator-service.js';
import type { BreakdownCell, SuppressibleCount } from '../disclosure/figure.types.js';
import type { Indicators } from './indicator.types.js';

const decimal = new Intl.NumberFormat('sv-SE', { useGrouping: false, maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat('sv-SE', { useGrouping: false, maximumFractionDigits: 1 });
/** "2024-01" becomes a date in Excel; SCB's month notation "2024M01" stays text. */
const monthKey = (period: string) => period.replace(/^(\d{4})-(\d{2})$/, '$1M$2');

const QUERY_PARAMS: Record<keyof IndicatorQuery, readonly string[] | null> = {
  region: Object.values(Region),
  municipality: null,
  sizeClass: Object.values(SizeClass),
  industry: null,
  activityKind: Object.values(ActivityKind),
  theme: Object.values(Theme),
  from: null,
  to: null,
};

function parseQuery(params: Record<string, string | undefined>): IndicatorQuery {
  const query: IndicatorQuery = {};
  for (const [name, value] of Object.entries(params)) {
    if (!(name in QUERY_PARAMS)) {
      const known = Object.keys(QUERY_PARAMS).join(', ');
      throw new GraphQLError(bilingual(`Okänd parameter ”${name}”. Kända: ${known}.`, `Unknown parameter "${name}". Known: ${known}.`), { extensions: { argument: name } });
    }
    const allowed = QUERY_PARAMS[name as keyof IndicatorQuery];
    if (value !== undefined && allowed && !allowed.includes(value)) {
      const choices = allowed.join(', ');
      throw new GraphQLError(bilingual(`”${value}” är inget giltigt värde för ${name}; välj ett av ${choices}.`, `"${value}" is not a valid ${name}; use one of ${choices}.`), {
        extensions: { argument: name },
      });
    }
    (query as Record<string, string | undefined>)[name] = value;
  }
  validateQuery(query);
  return query;
}

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
  const filterText = Object.entries(filter).filter(([, v]) => v != null).map(([k, v]) => `${k}=${v}`).join(', ') || 'inga';
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
    if (!hasAccess(request.actor, Role.PARTNER)) {
      const anonymous = request.actor.access === 'ANONYMOUS';
      return reply
        .code(anonymous ? 401 : 403)
        .send(
          errorReply(
            anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN',
            bilingual('Exporten kräver en API-nyckel för partner eller personal.', 'The CSV export requires a partner or staff API key (Authorization: Bearer spik_…).'),
            { requiredAccess: Role.PARTNER },
          ),
        );
    }
    let query: IndicatorQuery;
    try {
      query = parseQuery(request.query);
    } catch (error) {
      const { message, extensions } = error as GraphQLError;
      return reply.code(400).send(errorReply('BAD_USER_INPUT', message, { argument: extensions.argument }));
    }
    const csv = toCsv(await indicators.indicators(query), query);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="spik-indikatorer.csv"')
      .header('cache-control', 'private, no-store')
      .send(csv);
  });
}
