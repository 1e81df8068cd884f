/**
 * Create, update and delete of any project-data entity, from its descriptor: the ten steps every
 * mutation takes (find, not found, check, snapshot, assign, flush, audit, note the change,
 * populate, answer), written once. Each runs inside `write()`.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { type AuditAction, type AuditValues, recordAudit } from '../audit/audit.js';
import { noteChange } from '../db/data-version.js';
import { type AnyDescriptor, checkInput, entityData, snapshotOf } from './descriptors/descriptor.js';
import { type Writer, write } from './write.js';

/** What a WriteReceipt answers (writes.resolver.ts): the entity, its id and the natural key used. */
export interface Receipt {
  entity: string;
  id: string;
  reference: string | null;
}

type Written = { id: number };

/** A receipt for `entity`; `source` is the input or the arguments that named it. */
export const receipt = (d: AnyDescriptor, entity: Written, source: unknown): Receipt => ({
  entity: d.name,
  id: String(entity.id),
  reference: d.reference(entity, source),
});

/** The audit entry and the noted change every write of an entity makes. */
async function record(writer: Writer, em: SqlEntityManager, d: AnyDescriptor, action: AuditAction, entity: Written, before?: AuditValues) {
  const after = action === 'delete' ? undefined : snapshotOf(d.input.fields, entity);
  recordAudit(em, { actor: writer.actor.name, action, entity: d.name, entityId: entity.id, before, after });
  noteChange(em, await d.changes(em, entity));
}

const raced = (d: AnyDescriptor) => d.key && (() => d.key!.duplicate());

export function createEntity<E extends Written>(writer: Writer, d: AnyDescriptor, input: object): Promise<E> {
  return write(
    writer,
    async (em) => {
      const row = await checkInput(em, d, input);
      // `partial`: computed getters (Company.orgNumberFormatted) type as required data.
      const entity = em.create(d.entity, { ...entityData(em, d, row), ...d.fixed }, { partial: true }) as E;
      d.storeNested?.(em, entity, row);
      await em.flush();
      await record(writer, em, d, 'create', entity);
      if (d.populate) await em.populate(entity, d.populate as never);
      return entity;
    },
    raced(d),
  );
}

export function updateEntity<E extends Written>(writer: Writer, d: AnyDescriptor, key: unknown, input: object): Promise<E> {
  return write(
    writer,
    async (em) => {
      const entity = (await d.locate.find(em, d.foundByInput ? input : key)) as E | null;
      // Named by id: not found comes first. Named by its input: the input's problems do.
      if (!entity && !d.foundByInput) throw d.locate.notFound(key);
      const row = await checkInput(em, d, input, entity?.id);
      if (!entity) throw d.locate.notFound(key);
      const before = snapshotOf(d.input.fields, entity);
      em.assign(entity, entityData(em, d, row) as never);
      d.storeNested?.(em, entity, row);
      await em.flush();
      await record(writer, em, d, 'update', entity, before);
      if (d.populate) await em.populate(entity, d.populate as never);
      return entity;
    },
    raced(d),
  );
}

export function deleteEntity(writer: Writer, d: AnyDescriptor, key: unknown): Promise<Receipt> {
  return write(writer, async (em) => {
    const entity = (await d.locate.find(em, key)) as Written | null;
    if (!entity) throw d.locate.notFound(key);
    for (const guard of d.deleteGuards ?? []) {
      const refusal = await guard(em, entity);
      if (refusal) throw refusal;
    }
    await record(writer, em, d, 'delete', entity, snapshotOf(d.input.fields, entity));
    // Dependent rows (a participant's enrolments, an analysis's shifts) go by ON DELETE CASCADE, in this transaction.
    await em.nativeDelete(d.entity, { id: entity.id });
    return receipt(d, entity, key);
  });
}
