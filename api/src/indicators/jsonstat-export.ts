/**
 * The indicator catalogue as JSON-stat 2.0 (https://json-stat.org/format/), the format SCB's
 * PxWebApi 2 and Eurostat publish in: one dataset, indicator × gender, with the ESF+ codes as
 * category ids. A withheld figure is null with status "c" (confidential), a cell that does not
 * apply (an enterprise has no gender) null with status "z", the notation Eurostat uses.
 */
import type { FastifyInstance } from 'fastify';
import type { GraphQLError } from 'graphql';
import { bilingual, errorReply } from '../errors/error-reply.js';
import type { SuppressibleCount } from '../disclosure/figure.types.js';
import type { IndicatorCatalogue } from './esf-catalogue.types.js';
import { catalogueOf } from './esf-catalogue.js';
import { exportQuery } from './export-request.js';
import type { IndicatorService } from './indicator-service.js';
import type { IndicatorQuery } from './query.js';

const GENDERS = { TOTAL: 'Totalt', WOMAN: 'Kvinnor', MAN: 'Män', OTHER: 'Icke-binära och annat', NOT_STATED: 'Uppgift saknas' } as const;
const STATUS = { c: 'Konfidentiellt: röjandeskyddat och inte publicerat', z: 'Ej tillämpligt', e: 'Uppskattat: justerat med högst ±2 (cell key-metoden)' };

export type JsonStatDataset = Record<string, unknown> & { value: (number | null)[]; status: Record<string, string> };

export function toJsonStat(catalogue: IndicatorCatalogue, query: IndicatorQuery, href: string): JsonStatDataset {
  const genders = Object.keys(GENDERS) as (keyof typeof GENDERS)[];
  const value: (number | null)[] = [];
  const status: Record<string, string> = {};
  const put = (figure: SuppressibleCount | undefined) => {
    const index = value.length;
    value.push(figure?.value ?? null);
    if (!figure) status[index] = 'z';
    else if (figure.suppressed) status[index] = 'c';
    else if (!figure.exact) status[index] = 'e';
  };
  for (const indicator of catalogue.indicators) {
    for (const gender of genders) {
      if (gender === 'TOTAL') put(indicator.total);
      else put(indicator.byGender.find((cell) => cell.key === gender || cell.key.startsWith(`${gender}|`)));
    }
  }
  const ids = catalogue.indicators.map((indicator) => indicator.id);
  const filter = Object.fromEntries(Object.entries(query).filter(([, v]) => v != null));
  return {
    version: '2.0',
    class: 'dataset',
    href,
    label: 'SPIK – ESF+:s gemensamma indikatorer',
    source: catalogue.source,
    updated: catalogue.asOf ?? undefined,
    note: [
      `Uppgifterna avser läget ${catalogue.asOf ?? 'före första publiceringen'}, från ${catalogue.periodStart}.`,
      catalogue.protection,
      ...(catalogue.dataIsDemo ? ['Siffrorna är genererade demodata, inte verkliga uppgifter.'] : []),
    ],
    id: ['indikator', 'kon'],
    size: [ids.length, genders.length],
    role: { metric: ['indikator'] },
    dimension: {
      indikator: {
        label: 'Indikator (förordning (EU) 2021/1057, bilaga I)',
        category: {
          index: ids,
          label: Object.fromEntries(catalogue.indicators.map((i) => [i.id, i.nameSv])),
          note: Object.fromEntries(catalogue.indicators.map((i) => [i.id, [i.definitionSv, `${i.nameEn}. ${i.definitionEn}`]])),
          unit: Object.fromEntries(catalogue.indicators.map((i) => [i.id, { label: i.unit, decimals: 0 }])),
        },
      },
      kon: { label: 'Kön', category: { index: genders, label: GENDERS } },
    },
    value,
    status,
    extension: {
      licence: catalogue.licence,
      periodStart: catalogue.periodStart,
      asOf: catalogue.asOf,
      filter,
      status: STATUS,
      dataIsDemo: catalogue.dataIsDemo,
    },
  };
}

/**
 * GET /export/indicators.jsonstat?region=SKANE&… — partner key; the same parameters as the CSV.
 * `?snapshot=2026-Q3` alone gives a frozen quarter exactly as it was reported.
 */
export function registerJsonStatExport(
  app: FastifyInstance,
  indicators: IndicatorService,
  frozen: (quarter: string) => Promise<Record<string, unknown>>,
): void {
  app.get<{ Querystring: Record<string, string | undefined> }>('/export/indicators.jsonstat', async (request, reply) => {
    const { snapshot, ...filters } = request.query;
    const query = exportQuery(request.actor, filters, reply, 'The JSON-stat export');
    if (!query) return reply;
    reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .header('link', '<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    if (snapshot !== undefined) {
      if (Object.keys(filters).length) {
        const message = bilingual(
          'Ett fryst kvartal gäller hela projektet; ange inga andra parametrar med snapshot.',
          'A frozen quarter covers the whole project; give no other parameters with snapshot.',
        );
        return reply.code(400).send(errorReply('BAD_USER_INPUT', message, { argument: 'snapshot' }));
      }
      try {
        return reply.send(await frozen(snapshot));
      } catch (error) {
        const { message, extensions } = error as GraphQLError;
        const code = extensions?.code === 'NOT_FOUND' ? 404 : 400;
        return reply.code(code).send(errorReply(code === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT', message, { argument: 'snapshot' }));
      }
    }
    const catalogue = catalogueOf(await indicators.indicators(query), query);
    return reply.send(toJsonStat(catalogue, query, `${request.protocol}://${request.host}${request.url}`));
  });
}
