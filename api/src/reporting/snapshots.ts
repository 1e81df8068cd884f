/**
 * Frozen quarters (docs/decisions/0031-frozen-quarters.md). Staff freeze a quarter once it is
 * over and released; its ESF+ figures are then served exactly as reported, whatever is corrected
 * later, and the revision log compares them with what the same question gives today. Both sides
 * are published figures, made by the disclosure policy, so the log tells nothing new.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { recordAudit } from '../audit/audit.js';
import { InputValidationError, conflict, notFound } from '../errors/graphql-errors.js';
import { catalogueOf } from '../indicators/esf-catalogue.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import { type JsonStatDataset, toJsonStat } from '../indicators/jsonstat-export.js';
import type { IndicatorQuery } from '../indicators/query.js';
import { ReportingSnapshot } from './reporting-snapshot.entity.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The quarter's last day, or a field error naming the expected form. */
export function quarterEnd(quarter: string): string {
  const match = QUARTER.exec(quarter.trim());
  if (!match) {
    throw new InputValidationError([
      { field: 'quarter', code: 'INVALID_QUARTER', message: `”${quarter}” är inget kvartal; skriv år och kvartal, till exempel 2026-Q3.` },
    ]);
  }
  const [year, q] = [Number(match[1]), Number(match[2])];
  return new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
}

/** Everything from the project start to the quarter's end: what a quarterly report states. */
export const quarterQuery = (quarter: string): IndicatorQuery => ({ to: quarterEnd(quarter) });

export async function currentDataset(indicators: IndicatorService, quarter: string, href: string): Promise<JsonStatDataset> {
  const query = quarterQuery(quarter);
  return toJsonStat(catalogueOf(await indicators.indicators(query), query), query, href);
}

/**
 * Freezes a quarter in `em` (the write's transaction) with `dataset`, computed from `currentDataset`
 * before the transaction opens (the indicators may read the database, which PGlite's one
 * connection cannot do inside it). Refused before the quarter is released, and a second time.
 */
export async function freezeQuarter(em: SqlEntityManager, dataset: JsonStatDataset, quarter: string, actor: string): Promise<ReportingSnapshot> {
  const end = quarterEnd(quarter);
  const label = quarter.trim();
  const asOf = (dataset.extension as { asOf: string | null }).asOf;
  if (!asOf || asOf < end) {
    throw conflict(
      `Kvartalet ${label} kan frysas först när siffrorna har publicerats till och med ${end} (nu: ${asOf ?? 'ingen publicering än'}).`,
      'QUARTER_NOT_RELEASED',
    );
  }
  if (await em.count(ReportingSnapshot, { quarter: label })) {
    throw conflict(`Kvartalet ${label} är redan fryst; de rapporterade siffrorna ändras inte.`, 'QUARTER_ALREADY_FROZEN');
  }
  const snapshot = em.create(ReportingSnapshot, {
    quarter: label,
    frozenAt: new Date(),
    frozenBy: actor,
    dataset: { ...dataset, extension: { ...(dataset.extension as object), snapshot: label } },
  });
  await em.flush();
  recordAudit(em, { actor, action: 'create', entity: 'ReportingSnapshot', entityId: snapshot.id, after: { quarter: label } });
  return snapshot;
}

export async function findSnapshot(em: SqlEntityManager, quarter: string): Promise<ReportingSnapshot> {
  quarterEnd(quarter);
  const snapshot = await em.findOne(ReportingSnapshot, { quarter: quarter.trim() });
  if (!snapshot) throw notFound('Det frysta kvartalet', quarter.trim());
  return snapshot;
}

export interface Revision {
  indicator: string;
  gender: string;
  reported: number | null;
  reportedStatus: string | null;
  now: number | null;
  nowStatus: string | null;
}

/** The cells whose figure or status differs between the frozen dataset and today's answer. */
export function revisionsOf(frozen: JsonStatDataset, current: JsonStatDataset): Revision[] {
  const [indicators, genders] = (['indikator', 'kon'] as const).map(
    (id) => (frozen.dimension as Record<string, { category: { index: string[] } }>)[id]!.category.index,
  );
  const revisions: Revision[] = [];
  indicators!.forEach((indicator, i) =>
    genders!.forEach((gender, g) => {
      const cell = i * genders!.length + g;
      const [reported, now] = [frozen.value[cell] ?? null, current.value[cell] ?? null];
      const [reportedStatus, nowStatus] = [frozen.status[cell] ?? null, current.status[cell] ?? null];
      if (reported !== now || reportedStatus !== nowStatus) revisions.push({ indicator, gender, reported, reportedStatus, now, nowStatus });
    }),
  );
  return revisions;
}
