import type { SqlEntityManager } from '@mikro-orm/sql';
import { GraphQLError } from 'graphql';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { bilingual } from '../errors/error-reply.js';
import { Project } from './project.entity.js';
import { SPIK } from './project.seed.js';

/**
 * After the project's last day its data is final: the ESF+ report and the archive are made from it
 * (docs/decisions/0036-closed-after-the-end.md). Every write, GraphQL mutation and CSV import
 * alike, asks this module first. Staff may still correct a mistake, but only by saying so: the
 * request carries a `Spik-Correction` header with the reason, which every audit entry of that
 * write then records.
 */
export const CORRECTION_HEADER = 'spik-correction';

const MAX_REASON = 200;
const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const swedishDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Today in Stockholm; `API_TODAY` (YYYY-MM-DD) pins it, as `SITE_TODAY` does for the site. */
export function projectToday(): string {
  const pinned = process.env.API_TODAY;
  return pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned) ? pinned : stockholmDay.format(new Date());
}

/** The reason a correction header gives, or null when there is none (blank counts as none). */
export function correctionOf(header: string | string[] | undefined): string | null {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  return value ? value.slice(0, MAX_REASON) : null;
}

export class ProjectEndedError extends GraphQLError {
  constructor(end: string) {
    const day = swedishDate.format(new Date(`${end}T00:00:00Z`));
    super(
      bilingual(
        `Projektet avslutades ${day} och tar inte emot nya uppgifter: inget har sparats. Personal som behöver rätta ett fel anger skälet i rubriken Spik-Correction.`,
        `The project ended on ${end} and takes no new data: nothing was saved. Staff correcting a mistake give the reason in the Spik-Correction header.`,
      ),
      { extensions: { code: 'PROJECT_ENDED', projectEnd: end, correctionHeader: 'Spik-Correction' } },
    );
  }
}

/**
 * Refuses a write after the project's end unless it is an explicit correction. Returns the
 * correction's reason when one lets the write through, so the caller can record it.
 */
export async function assertOpenForWrites(em: SqlEntityManager, correction: string | null): Promise<string | null> {
  const project = await em.findOne(Project, { key: SPIK.key });
  if (!project || projectToday() <= project.period.end) return null;
  if (!correction) throw new ProjectEndedError(project.period.end);
  return correction;
}

/** Marks every audit entry of the write in `em` as a correction, with its reason. */
export function markCorrection(em: SqlEntityManager, reason: string): void {
  const unitOfWork = em.getUnitOfWork();
  // Entries not yet flushed are on the persist stack, flushed ones in the identity map.
  for (const entity of new Set([...unitOfWork.getPersistStack(), ...unitOfWork.getIdentityMap().values()])) {
    if (entity instanceof AuditEntry) entity.actor = `${entity.actor} (rättelse efter projektets slut: ${reason})`.slice(0, 200);
  }
}
