/**
 * The one way project data is written, by a mutation, a CSV import or a frozen quarter alike:
 *  - one transaction for the change and its audit entries, so a failure leaves nothing behind;
 *  - after the project's end only an explicit correction gets through, and its audit entries say
 *    so (closed-after-end.ts);
 *  - a write without an audit entry is refused: the log is how other processes notice writes;
 *  - after commit the data version moves, with what the write noted it changed (`noteChange`), so
 *    the indicators patch those rows only. A write that noted nothing reloads everything.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { type DataVersion, notedChange } from '../db/data-version.js';
import { type FieldError, InputValidationError } from '../errors/graphql-errors.js';
import { assertOpenForWrites, markCorrection } from './closed-after-end.js';

/** Who writes, and where: a resolver's context, or an import's options. */
export interface Writer {
  em: SqlEntityManager;
  actor: { name: string };
  /** The reason a staff write after the project's end gives, or null. */
  correction: string | null;
  /** Absent only where nothing caches derived figures. */
  dataVersion?: DataVersion;
}

function auditEntriesOf(em: SqlEntityManager): AuditEntry[] {
  const unitOfWork = em.getUnitOfWork();
  // Entries not yet flushed are on the persist stack, flushed ones in the identity map.
  return [...new Set([...unitOfWork.getPersistStack(), ...unitOfWork.getIdentityMap().values()])].filter((entity) => entity instanceof AuditEntry);
}

/** `onDuplicate`: the field error for a natural key someone else took between our check and our insert. */
export async function write<T>(writer: Writer, work: (em: SqlEntityManager) => Promise<T>, onDuplicate?: () => FieldError): Promise<T> {
  let transaction: SqlEntityManager | undefined;
  let result: T;
  try {
    result = await writer.em.transactional(async (em) => {
      transaction = em;
      const correction = await assertOpenForWrites(em, writer.correction);
      const written = await work(em);
      if (!auditEntriesOf(em).length) throw new Error('A write must record its audit entry (recordAudit) before it commits.');
      if (correction) markCorrection(em, correction);
      return written;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException && onDuplicate) throw new InputValidationError([onDuplicate()]);
    throw error;
  }
  // The entries' ids tell the indicators these writes are ours, not another process's.
  writer.dataVersion?.bump(
    notedChange(transaction!),
    auditEntriesOf(transaction!).map((entry) => String(entry.id)),
  );
  return result;
}
