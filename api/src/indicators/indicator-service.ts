import type { SqlEntityManager } from '@mikro-orm/sql';
import { LRUCache } from 'lru-cache';
import { Project } from '../project-data/project.entity.js';
import { SPIK } from '../project-data/project.seed.js';
import { MAX_DEVIATION } from '../disclosure/ptable.js';
import { type Release, computeIndicators } from './compute.js';
import { dateOfDay, dayNumber } from './dimensions.js';
import { releaseOf } from './release-of.js';
import type { IndicatorQuery } from './query.js';
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
  private readonly cache = new LRUCache<string, Omit<Indicators, 'progress'> & { hasSums: boolean }>({ max: 1000 });
  private readonly progressCache = new LRUCache<string, Progress>({ max: 10 });
  private readonly releases = new LRUCache<string, Release>({ max: 4 });
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
    this.releases.clear();
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

  /** The release the figures describe today, and the policy that protects it (decision 0023). */
  async release(): Promise<Release> {
    const facts = await this.facts();
    return this.releaseFor(facts, this.today());
  }

  private releaseFor(facts: LoadedFacts, today: string): Release {
    const key = `${this.factsVersion}|${today}`;
    let release = this.releases.get(key);
    if (!release) {
      release = releaseOf(facts, facts.project.period, today, this.threshold);
      this.releases.set(key, release);
    }
    return release;
  }

  /**
   * The indicators for `query`. `sums: false` says the caller reads neither training hours nor
   * completion: the reply is computed without them (they read as withheld), and a reply with them
   * serves such a caller as well.
   */
  async indicators(query: IndicatorQuery, { sums = true }: { sums?: boolean } = {}): Promise<Indicators> {
    const facts = await this.facts();
    const today = this.today();
    const release = this.releaseFor(facts, today);
    const key = `${this.factsVersion}|${today}|${JSON.stringify(query)}`;
    let reply = this.cache.get(key);
    if (!reply || (sums && !reply.hasSums)) {
      const computed = computeIndicators(facts, query, release, sums);
      reply = {
        suppressionThreshold: this.threshold,
        maxDeviation: MAX_DEVIATION,
        asOf: release.month >= 0 ? release.months[release.month]!.end : null,
        dataIsDemo: facts.dataIsDemo,
        participants: computed.participants,
        companies: computed.companies,
        trainingHours: computed.trainingHours,
        completionRate: computed.completionRate,
        gaps: computed.gaps,
        series: computed.timeSeries,
        esf: computed.esf,
        hasSums: sums,
      };
      this.cache.set(key, reply);
    }
    let progress = this.progressCache.get(today);
    if (!progress) {
      progress = this.progress(facts, release);
      this.progressCache.set(today, progress);
    }
    return { ...reply, progress };
  }

  /**
   * Exact progress against the targets: the latest exact whole-project count (disclosure/release.ts),
   * which for companies may lag the release by a month or two when few companies joined.
   */
  private progress(facts: LoadedFacts, release: Release): Progress {
    const { start, end } = facts.project.period;
    const totalDays = dayNumber(end) - dayNumber(start) + 1;
    const elapsedAt = (date: string) => Math.min(totalDays, Math.max(0, dayNumber(date) - dayNumber(start) + 1));
    const releaseDate = release.month >= 0 ? release.months[release.month]!.end : dateOfDay(dayNumber(start) - 1);
    const figure = (population: 'participants' | 'companies', target: number, days: Int16Array, size: number) => {
      const latest = release.policy.latestExact(population, release.month);
      const asOf = latest ? release.months[latest.month]!.end : releaseDate;
      const achieved = latest?.count ?? 0;
      const at = dayNumber(asOf);
      let recent = 0;
      for (let i = 0; i < size; i++) if (days[i]! > at - RECENT_DAYS && days[i]! <= at) recent++;
      return {
        target,
        achieved,
        asOf,
        share: Math.round((achieved / target) * 1000) / 1000,
        expectedByNow: Math.round(target * (elapsedAt(asOf) / totalDays) * 10) / 10,
        // Rounded to tens, so the exact number of recent arrivals cannot be worked back from it.
        forecastAtEnd: Math.round((achieved + (recent / RECENT_DAYS) * (totalDays - elapsedAt(asOf))) / 10) * 10,
        forecastMethod: `Recent pace: achieved + (arrivals in the last ${RECENT_DAYS} days / ${RECENT_DAYS}) × days left in the period, rounded to tens.`,
      };
    };
    return {
      employeesTrained: figure('participants', facts.project.targets.employeesTrained, facts.participants.enrolledDay, facts.participants.size),
      companiesSupported: figure('companies', facts.project.targets.companiesSupported, facts.companies.joinedDay, facts.companies.size),
      periodElapsedShare: Math.round((elapsedAt(releaseDate) / totalDays) * 1000) / 1000,
      asOf: releaseDate,
    };
  }
}
