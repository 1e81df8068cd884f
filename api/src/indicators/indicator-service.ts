import type { SqlEntityManager } from '@mikro-orm/sql';
import { LRUCache } from 'lru-cache';
import { Project } from '../project-data/project.entity.js';
import { SPIK } from '../project-data/project.seed.js';
import { type ComputedIndicators, type IndicatorQuery, computeIndicators } from './compute.js';
import { dayNumber } from './dimensions.js';
import type { DataChange, DataVersion } from '../db/data-version.js';
import { type Facts, loadFacts, patchFacts } from './facts.js';
import type { Indicators, Progress } from './indicator.types.js';

export interface IndicatorOptions {
  /** Counts from 1 to this are withheld (default 4). */
  threshold?: number;
  /** Today's date; injectable so tests and demo figures are reproducible. */
  today?: () => string;
}

const RECENT_DAYS = 180;

type LoadedFacts = Facts & { project: Project };

/**
 * Owns the in-memory facts and a cache of computed replies, both keyed on the data version: a
 * write bumps the version, the next request reloads the facts once and recomputes.
 */
export class IndicatorService {
  private factsVersion = -1;
  private factsPromise: Promise<LoadedFacts> | null = null;
  /** What writes since the last load said they touched; null once any write could not say. */
  private pending: DataChange[] | null = [];
  /** Newest audit entry seen when the facts were loaded; a newer one means another process wrote. */
  private auditMark: string | null = null;
  private lastExternalCheck = 0;
  /** True once the facts have been loaded: the first indicators reply no longer waits for the load. */
  loadedOnce = false;
  /** Audit entries written through this process, which its data version already reflects. */
  private readonly localAudit = new Set<string>();
  private readonly cache = new LRUCache<string, Omit<Indicators, 'progress'>>({ max: 1000 });
  private readonly progressCache = new LRUCache<string, Progress>({ max: 10 });
  readonly threshold: number;
  private readonly today: () => string;

  constructor(
    private readonly em: SqlEntityManager,
    private readonly dataVersion: DataVersion,
    options: IndicatorOptions = {},
  ) {
    this.threshold = options.threshold ?? 4;
    if (!Number.isInteger(this.threshold) || this.threshold < 1) throw new Error(`The suppression threshold must be a whole number ≥ 1, got ${this.threshold}`);
    this.today = options.today ?? (() => new Date().toISOString().slice(0, 10));
    this.dataVersion.onChange((_version, change, auditIds) => {
      if (change && this.pending) this.pending.push(change);
      else this.pending = null;
      for (const id of auditIds) this.localAudit.add(id);
    });
  }

  /**
   * Writes through this process bump the data version directly. Every write also adds an audit
   * entry, so a newer entry than the facts have seen means a CLI import or another API instance
   * wrote: checked at most every two seconds, at the cost of one indexed max().
   */
  /** A check of the audit log for other processes' writes, shared by everyone asking meanwhile. */
  private externalCheck: Promise<void> | null = null;

  private async noticeExternalWrites(): Promise<void> {
    if (this.externalCheck) return this.externalCheck;
    if (Date.now() - this.lastExternalCheck < 2000 || this.auditMark === null) return;
    this.externalCheck = this.checkExternalWrites().finally(() => {
      this.externalCheck = null;
    });
    return this.externalCheck;
  }

  private async checkExternalWrites(): Promise<void> {
    // Figures that cannot be checked against the database are not served: until a check succeeds,
    // every request asks again (and its reply says the data is temporarily unavailable).
    const newer = await this.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id::text as id from audit_entry where id > ? order by id limit 100', [this.auditMark]);
    this.lastExternalCheck = Date.now();
    if (newer.some(({ id }) => !this.localAudit.has(id))) {
      this.dataVersion.bump();
    } else if (newer.length) {
      this.auditMark = newer.at(-1)!.id;
      for (const { id } of newer) this.localAudit.delete(id);
    }
  }

  private async newestAuditEntry(): Promise<string> {
    const [row] = await this.em.fork().getConnection().execute<{ id: string }[]>('select coalesce(max(id), 0)::text as id from audit_entry');
    return row?.id ?? '0';
  }

  private async facts(): Promise<LoadedFacts> {
    await this.noticeExternalWrites();
    const version = this.dataVersion.current;
    if (this.factsPromise && this.factsVersion === version) return this.factsPromise;
    const previous = this.factsPromise;
    const changes = this.pending;
    this.pending = [];
    this.factsVersion = version;
    this.cache.clear();
    this.progressCache.clear();
    const load = async (): Promise<LoadedFacts> => {
      const fork = this.em.fork();
      const mark = await this.newestAuditEntry();
      let loaded: LoadedFacts;
      if (previous && changes) {
        // Writes that named their rows: patch the facts in place, row by row.
        loaded = await previous;
        for (const change of changes) await patchFacts(fork, loaded, change);
      } else {
        const [facts, project] = await Promise.all([loadFacts(fork), fork.findOneOrFail(Project, { key: SPIK.key })]);
        loaded = { ...facts, project };
      }
      this.auditMark = mark;
      this.lastExternalCheck = Date.now();
      this.loadedOnce = true;
      return loaded;
    };
    this.factsPromise = load();
    // A failed load must not stick: the next request loads everything again.
    this.factsPromise.catch(() => {
      if (this.factsVersion === version) {
        this.factsPromise = null;
        this.pending = null;
      }
    });
    return this.factsPromise;
  }

  /**
   * Loads the facts ahead of the first request (at 1 000 000 participants the load takes seconds,
   * longer than the execution timeout); the API is not ready until this has succeeded once.
   * Resolves with the milliseconds it took.
   */
  async warmUp(): Promise<number> {
    const started = performance.now();
    await this.facts();
    return performance.now() - started;
  }

  /** The version replies are computed for, after noticing writes by other processes; changes with the date. */
  async version(): Promise<string> {
    await this.noticeExternalWrites();
    return `${this.dataVersion.current}|${this.today()}`;
  }

  async dataIsDemo(): Promise<boolean> {
    return (await this.facts()).dataIsDemo;
  }

  async indicators(query: IndicatorQuery): Promise<Indicators> {
    const facts = await this.facts();
    const today = this.today();
    const key = `${this.factsVersion}|${today}|${JSON.stringify(query)}`;
    let reply = this.cache.get(key);
    if (!reply) {
      const computed = computeIndicators(facts, query, this.threshold, facts.project.period, today);
      const sums = query.activityKind != null || query.theme != null ? await this.activitySums(query, computed) : computed.participantSums;
      reply = this.toReply(computed, sums, facts.dataIsDemo);
      this.cache.set(key, reply);
    }
    let progress = this.progressCache.get(today);
    if (!progress) {
      progress = this.progress(facts, today);
      this.progressCache.set(today, progress);
    }
    return { ...reply, progress };
  }

  private toReply(computed: ComputedIndicators, sums: ComputedIndicators['participantSums'], dataIsDemo: boolean): Omit<Indicators, 'progress'> {
    const measure = (value: number) => ({ value: sums.suppressed ? null : value, suppressed: sums.suppressed });
    return {
      suppressionThreshold: this.threshold,
      dataIsDemo,
      participants: computed.participants,
      companies: computed.companies,
      trainingHours: measure(Math.round(sums.hours)),
      completionRate: measure(sums.enrolments ? Math.round((sums.completed / sums.enrolments) * 1000) / 1000 : 0),
      gaps: {
        analysesCompleted: computed.gaps.analysesCompleted,
        topCompetenceAreas: computed.gaps.topCompetenceAreas.map((area) => ({
          area: area.area,
          companies: area.companies,
          averageShift: { value: area.averageShift, suppressed: area.suppressed },
        })),
      },
      series: computed.timeSeries,
    };
  }

  /** Hours and completion under an activity filter count only the matching activities' enrolments. */
  private async activitySums(query: IndicatorQuery, computed: ComputedIndicators): Promise<ComputedIndicators['participantSums']> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause);
    };
    if (query.activityKind != null) add('a.kind = ?', query.activityKind);
    if (query.theme != null) add('a.theme = ?', query.theme);
    if (query.region != null) add('c.region = ?', query.region);
    if (query.municipality != null) add('c.municipality_code = ?', query.municipality);
    if (query.sizeClass != null) add('c.size_class = ?', query.sizeClass);
    if (query.industry != null) add('left(c.sni_code, 2) = ?', query.industry);
    if (query.from != null) add('p.enrolled_on >= ?', query.from);
    if (query.to != null) add('p.enrolled_on <= ?', query.to);
    const [row] = await this.em.fork().getConnection().execute<{ hours: string | null; enrolments: number; completed: number }[]>(
      `select sum(e.hours_attended) as hours, count(*)::int as enrolments, count(*) filter (where e.completed)::int as completed
       from enrolment e join activity a on a.id = e.activity_id join participant p on p.id = e.participant_id join company c on c.id = p.company_id
       where ${where.join(' and ')}`,
      params,
    );
    return { hours: Number(row?.hours ?? 0), enrolments: row?.enrolments ?? 0, completed: row?.completed ?? 0, suppressed: computed.participantSums.suppressed };
  }

  private progress(facts: LoadedFacts, today: string): Progress {
    const { start, end } = facts.project.period;
    const totalDays = dayNumber(end) - dayNumber(start) + 1;
    const elapsedDays = Math.min(totalDays, Math.max(0, dayNumber(today) - dayNumber(start) + 1));
    const elapsed = elapsedDays / totalDays;
    const remaining = totalDays - elapsedDays;
    const todayNumber = dayNumber(today);
    const figure = (target: number, days: Int16Array, achieved: number) => {
      let recent = 0;
      for (let i = 0; i < achieved; i++) if (days[i]! > todayNumber - RECENT_DAYS && days[i]! <= todayNumber) recent++;
      return {
        target,
        achieved,
        share: Math.round((achieved / target) * 1000) / 1000,
        expectedByNow: Math.round(target * elapsed * 10) / 10,
        forecastAtEnd: Math.round(achieved + (recent / RECENT_DAYS) * remaining),
        forecastMethod: `Recent pace: achieved + (arrivals in the last ${RECENT_DAYS} days / ${RECENT_DAYS}) × days left in the period.`,
      };
    };
    return {
      employeesTrained: figure(facts.project.targets.employeesTrained, facts.participants.enrolledDay, facts.participants.size),
      companiesSupported: figure(facts.project.targets.companiesSupported, facts.companies.joinedDay, facts.companies.size),
      periodElapsedShare: Math.round(elapsed * 1000) / 1000,
      asOf: today,
    };
  }
}
