import type { SqlEntityManager } from '@mikro-orm/sql';
import { AuditEntry } from './audit-entry.entity.js';

export type AuditAction = 'create' | 'update' | 'delete' | 'import';
export type AuditValues = Record<string, unknown>;

/** What stands in for a personal value: the log says which field changed, never to what. */
export const REDACTED = '[personuppgift]';

/**
 * Entities whose every value is personal data. Their audit entries keep field names only, so that
 * erasing the person (deleteParticipant) leaves nothing personal behind in the log either.
 */
export const PERSONAL_ENTITIES: ReadonlySet<string> = new Set(['Participant', 'Enrolment']);

export function redact(values: AuditValues): AuditValues {
  return Object.fromEntries(Object.keys(values).map((key) => [key, REDACTED]));
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

// bigint (öre) is not JSON; strings keep the exact value.
const jsonSafe = (values: AuditValues): AuditValues =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'bigint' ? value.toString() : value]));

export interface AuditRecord {
  actor: string;
  action: AuditAction;
  entity: string;
  entityId?: string | number | null;
  before?: AuditValues | null;
  after?: AuditValues | null;
}

/**
 * Adds an audit entry to `em`, which must be the write's transactional entity manager: the entry
 * commits with the write or not at all. An update keeps only the fields that changed.
 */
export function recordAudit(em: SqlEntityManager, record: AuditRecord): AuditEntry {
  let before = record.before ? jsonSafe(record.before) : null;
  let after = record.after ? jsonSafe(record.after) : null;
  if (record.action === 'update' && before && after) {
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => !same(before![key], after![key]));
    before = Object.fromEntries(changed.map((key) => [key, before![key] ?? null]));
    after = Object.fromEntries(changed.map((key) => [key, after![key] ?? null]));
  }
  if (PERSONAL_ENTITIES.has(record.entity) && record.action !== 'import') {
    before = before && redact(before);
    after = after && redact(after);
  }
  return em.create(AuditEntry, {
    at: new Date(),
    actor: record.actor,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId == null ? null : String(record.entityId),
    before,
    after,
  });
}
