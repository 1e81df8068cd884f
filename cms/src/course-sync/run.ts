/**
 * One course sync: read Susa-navet, decide, and apply everything in one transaction through
 * Strapi's document service (so the purge webhook fires and the site follows). Nothing is
 * written when Susa-navet cannot be read or the plan is implausible; the catalogue stays as it was.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../provision';
import { asCourseSync } from './context';
import { type CourseFromSusa, toCourse } from './mapping';
import { type Evaluated, implausible, planSync, type StoredCourse, type SyncPlan } from './plan';
import { SusaClient, SusaUnavailableError } from './susa-client';
import type { EducationEvent, EducationInfo, EducationProvider, Wrapped } from './susa-types';
import { formatDate, PROJECT_PERIOD, projectHasEnded, COURSE_UID as COURSE } from '@spik/shared';
import { claim } from '../scheduling/claim';
import { type SyncReport, recordRun, lastSuccess } from './status';

/** A run that has not finished after this has died; the next one may take over. */
const CLAIM_MS = 15 * 60_000;

const locale = DEFAULT_LOCALE;

export interface SyncOptions {
  susaUrl: string;
  /** How long one answer from Susa-navet may take (SUSA_NAVET_TIMEOUT_MS, default 30 s). */
  timeoutMs?: number;
  /** Read everything instead of what changed since the last successful run. */
  full?: boolean;
  /** Apply even a plan that would take down most of the catalogue. */
  force?: boolean;
  now?: Date;
}

const live = <T>(item: Wrapped<T>) => Boolean(item.content) && !/deleted|removed|borttagen/i.test(item.status ?? '');

/** Susa-navet's `updatedSince` takes local time; a margin covers edits made while we last read. */
function updatedSinceOf(lastSuccessAt: string): string {
  const since = new Date(Date.parse(lastSuccessAt) - 10 * 60_000);
  return since.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).replace(' ', 'T');
}

async function storedImports(strapi: Core.Strapi): Promise<StoredCourse[]> {
  const rows = (await strapi.db.query(COURSE as never).findMany({
    where: { source: 'skolverket', locale } as never,
    select: ['documentId', 'susaEventId', 'susaInfoId', 'susaProviderId', 'slug', 'publishedAt', 'sourceUpdatedAt', 'sourceExpiresAt', 'sourceStatus'],
  })) as (Omit<StoredCourse, 'published'> & { publishedAt: string | null })[];
  const byDocument = new Map<string, StoredCourse>();
  for (const row of rows) {
    const course = byDocument.get(row.documentId);
    const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);
    if (!course || row.publishedAt === null) {
      byDocument.set(row.documentId, {
        documentId: row.documentId,
        susaEventId: row.susaEventId,
        susaInfoId: row.susaInfoId,
        susaProviderId: row.susaProviderId,
        slug: row.slug,
        published: Boolean(course?.published) || row.publishedAt !== null,
        sourceUpdatedAt: iso(row.sourceUpdatedAt),
        sourceExpiresAt: iso(row.sourceExpiresAt),
        sourceStatus: row.sourceStatus,
      });
    } else if (row.publishedAt !== null) course.published = true;
  }
  return [...byDocument.values()];
}

/** The events to judge, and every education and provider they name (fetched one by one when the lists lack them). */
async function read(client: SusaClient, stored: StoredCourse[], updatedSince: string | undefined) {
  const [events, infos, providers] = await Promise.all([client.events(updatedSince), client.infos(updatedSince), client.providers(updatedSince)]);
  const eventMap = new Map(events.map((item) => [item.content?.identifier ?? item.id ?? '', item]));
  const infoMap = new Map(infos.filter(live).map((item) => [item.content!.identifier, item.content!]));
  const providerMap = new Map(providers.filter(live).map((item) => [item.content!.identifier, item.content!]));
  if (updatedSince) {
    // A changed education or provider changes the courses built on it, even if their events did not change.
    const changedInfos = new Set(infos.map((item) => item.content?.identifier ?? item.id));
    const changedProviders = new Set(providers.map((item) => item.content?.identifier ?? item.id));
    for (const course of stored) {
      if (eventMap.has(course.susaEventId) || !(changedInfos.has(course.susaInfoId ?? '') || changedProviders.has(course.susaProviderId ?? ''))) continue;
      const event = await client.event(course.susaEventId);
      eventMap.set(course.susaEventId, event ?? { id: course.susaEventId, status: 'deleted' });
    }
  }
  for (const item of eventMap.values()) {
    const event = item.content;
    if (!event || !live(item)) continue;
    if (!infoMap.has(event.education)) {
      const info = await client.info(event.education);
      if (info?.content) infoMap.set(event.education, info.content);
    }
    const providerId = event.providers?.[0];
    if (providerId && !providerMap.has(providerId)) {
      const provider = await client.provider(providerId);
      if (provider?.content) providerMap.set(providerId, provider.content);
    }
  }
  return { events: [...eventMap.values()], infoMap, providerMap, fetched: { events: events.length, infos: infos.length, providers: providers.length } };
}

function evaluate(events: Wrapped<EducationEvent>[], infos: Map<string, EducationInfo>, providers: Map<string, EducationProvider>, now: string): Evaluated[] {
  return events.map((item) => {
    const eventId = item.content?.identifier ?? item.id ?? '';
    if (!live(item)) return { eventId, skip: 'borttagen hos Susa-navet', status: 'borttagen' as const };
    const event = item.content!;
    const result = toCourse(event, infos.get(event.education), providers.get(event.providers?.[0] ?? ''), now);
    if ('skip' in result)
      return {
        eventId,
        skip: result.skip,
        status: result.skip === 'inställd' ? ('installd' as const) : result.skip === 'utgången' ? ('utgangen' as const) : null,
      };
    return { eventId, course: result };
  });
}

/** What the sync writes on every run; the slug is set once, and themes are merged with the editors'. */
const sourceData = (course: CourseFromSusa) => {
  const fields: Partial<CourseFromSusa> = { ...course };
  delete fields.themes;
  delete fields.slug;
  return { ...fields, source: 'skolverket', sourceStatus: 'aktiv' };
};

async function apply(strapi: Core.Strapi, plan: SyncPlan): Promise<number> {
  const courses = strapi.documents(COURSE as never);
  const taken = new Set(((await strapi.db.query(COURSE as never).findMany({ select: ['slug'] })) as { slug: string }[]).map((row) => row.slug));
  const uniqueSlug = (slug: string) => {
    let candidate = slug;
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
    taken.add(candidate);
    return candidate;
  };
  return strapi.db.transaction(() =>
    asCourseSync(async () => {
      for (const course of plan.create) {
        await courses.create({
          locale,
          status: 'published',
          data: { ...sourceData(course), slug: uniqueSlug(course.slug), themes: course.themes.map((theme) => ({ theme })), isExample: false },
        } as never);
      }
      for (const { stored, course } of plan.update) {
        const draft = (await courses.findOne({ documentId: stored.documentId, locale, status: 'draft', populate: ['themes'] } as never)) as {
          themes?: { theme: string }[];
        } | null;
        // Themes an editor added stay; the source's themes are added to them.
        const themes = [...new Set([...(draft?.themes ?? []).map((item) => item.theme), ...course.themes])];
        await courses.update({ documentId: stored.documentId, locale, data: { ...sourceData(course), themes: themes.map((theme) => ({ theme })) } } as never);
        await courses.publish({ documentId: stored.documentId, locale } as never);
      }
      for (const { stored, status } of plan.takeDown) {
        await courses.update({ documentId: stored.documentId, locale, data: { sourceStatus: status } } as never);
        await courses.unpublish({ documentId: stored.documentId, locale } as never);
      }
      // The example tips stand in only until the first real course is listed.
      const real = await courses.count({ locale, status: 'published', filters: { source: 'skolverket' } } as never);
      if (!real) return 0;
      const examples = (await courses.findMany({ locale, status: 'published', filters: { isExample: true }, fields: ['documentId'] } as never)) as {
        documentId: string;
      }[];
      for (const example of examples) await courses.unpublish({ documentId: example.documentId, locale } as never);
      return examples.length;
    }),
  );
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

export async function runCourseSync(strapi: Core.Strapi, options: SyncOptions): Promise<SyncReport> {
  const now = options.now ?? new Date();
  const previous = await lastSuccess(strapi);
  const full = options.full || !previous;
  const report: SyncReport = {
    outcome: 'misslyckades',
    mode: full ? 'full' : 'incremental',
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    source: options.susaUrl,
    fetched: { events: 0, infos: 0, providers: 0 },
    created: 0,
    updated: 0,
    takenDown: 0,
    unchanged: 0,
    examplesTakenDown: 0,
    skipped: {},
    takenDownReasons: {},
  };
  // After the project the course tips stand as they were, for the archive (decision 0036).
  const day = process.env.CMS_TODAY || stockholmDay.format(now);
  if (projectHasEnded(day)) {
    const stopped: SyncReport = {
      ...report,
      outcome: 'vagrade',
      message: `Projektet avslutades ${formatDate(PROJECT_PERIOD.end)}: kurssynken är stoppad och kurstipsen står kvar som de var.`,
    };
    await recordRun(strapi, stopped);
    return stopped;
  }
  // Several CMS instances each run the nightly task; only one of them syncs.
  const release = await claim(strapi, 'course-sync', CLAIM_MS);
  if (!release) return { ...report, outcome: 'vagrade', message: 'En annan synk pågår redan. Försök igen om några minuter.' };
  try {
    const stored = await storedImports(strapi);
    const { events, infoMap, providerMap, fetched } = await read(
      new SusaClient({ baseUrl: options.susaUrl, timeoutMs: options.timeoutMs ?? (Number(process.env.SUSA_NAVET_TIMEOUT_MS) || undefined) }),
      stored,
      full ? undefined : updatedSinceOf(previous!),
    );
    report.fetched = fetched;
    const plan = planSync(evaluate(events, infoMap, providerMap, now.toISOString()), stored, { full, now: now.toISOString() });
    report.skipped = Object.fromEntries(plan.skipped);
    report.takenDownReasons = plan.takeDown.reduce<Record<string, number>>(
      (counts, item) => ({ ...counts, [item.reason]: (counts[item.reason] ?? 0) + 1 }),
      {},
    );
    report.unchanged = plan.unchanged;
    const refusal = options.force ? null : implausible(plan, stored);
    if (refusal) {
      report.outcome = 'vagrade';
      report.message = refusal;
    } else {
      report.examplesTakenDown = await apply(strapi, plan);
      report.created = plan.create.length;
      report.updated = plan.update.length;
      report.takenDown = plan.takeDown.length;
      report.outcome = 'lyckades';
    }
  } catch (error) {
    report.outcome = 'misslyckades';
    report.message =
      error instanceof SusaUnavailableError
        ? `Susa-navet kunde inte läsas: ${error.message}. Kurserna är oförändrade; nästa synk försöker igen.`
        : `Synken misslyckades: ${(error as Error).message}. Inget har ändrats.`;
    strapi.log.warn(`Course sync failed: ${(error as Error).message}`);
  } finally {
    report.finishedAt = new Date().toISOString();
    await recordRun(strapi, report);
    await release();
  }
  return report;
}
