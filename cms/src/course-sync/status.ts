/**
 * The sync's memory, kept in the CMS database so it survives restarts: the last successful run
 * (the next run reads only what changed after it) and the last run's report in the single type "Kurssynk", where editors read it.
 */
import type { Core } from '@strapi/strapi';

export interface SyncReport {
  outcome: 'lyckades' | 'vagrade' | 'misslyckades';
  mode: 'full' | 'incremental';
  startedAt: string;
  finishedAt: string;
  source: string;
  fetched: { events: number; infos: number; providers: number };
  created: number;
  updated: number;
  takenDown: number;
  unchanged: number;
  examplesTakenDown: number;
  /** Events not imported, by reason. */
  skipped: Record<string, number>;
  takenDownReasons: Record<string, number>;
  message?: string;
}

const STORE = { type: 'core' as const, name: 'spik' };
const LAST_SUCCESS = 'course-sync-last-success';
const STATUS = 'api::course-sync-status.course-sync-status';

export async function lastSuccess(strapi: Core.Strapi): Promise<string | null> {
  return ((await strapi.store(STORE).get({ key: LAST_SUCCESS })) as string | null) ?? null;
}

const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${count} ${reason}`)
    .join('; ');

/** The report in Swedish, as editors and the CLI read it. */
export function describeRun(report: SyncReport): string {
  const outcome = { lyckades: 'Synken lyckades', vagrade: 'Synken vägrade', misslyckades: 'Synken misslyckades' }[report.outcome];
  const lines = [
    `${outcome} (${report.mode === 'full' ? 'full läsning' : 'ändringar sedan förra synken'}), ${report.finishedAt}.`,
    `Hämtat från Susa-navet: ${report.fetched.events} utbildningstillfällen, ${report.fetched.infos} utbildningar, ${report.fetched.providers} anordnare.`,
    `Nya: ${report.created}. Uppdaterade: ${report.updated}. Nedtagna: ${report.takenDown}${report.takenDown ? ` (${counted(report.takenDownReasons)})` : ''}. Oförändrade: ${report.unchanged}.`,
  ];
  if (report.examplesTakenDown) lines.push(`Exempelkurser tagna ner: ${report.examplesTakenDown}.`);
  if (Object.keys(report.skipped).length) lines.push(`Inte importerade: ${counted(report.skipped)}.`);
  if (report.message) lines.push(report.message);
  return lines.join('\n');
}

export async function recordRun(strapi: Core.Strapi, report: SyncReport): Promise<void> {
  if (report.outcome === 'lyckades') await strapi.store(STORE).set({ key: LAST_SUCCESS, value: report.startedAt });
  const data = {
    lastRunAt: report.finishedAt,
    outcome: report.outcome,
    summary: describeRun(report),
    ...(report.outcome === 'lyckades' && { lastSuccessAt: report.startedAt }),
  };
  const statuses = strapi.documents(STATUS as never);
  const existing = (await statuses.findFirst({} as never)) as { documentId: string } | null;
  if (existing) await statuses.update({ documentId: existing.documentId, data } as never);
  else await statuses.create({ data } as never);
}
