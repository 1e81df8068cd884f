/** How a mutation finds the row it names, and the delete guards the descriptors share. */
import type { FindOneOptions } from '@mikro-orm/core';
import type { EntityClass } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { conflict, notFound } from '../../errors/graphql-errors.js';
import type { DeleteGuard, Locator } from './descriptor.js';

/** By database id; `label` names the entity in the message ("Företaget ”12” finns inte."). */
export function byId<E extends { id: number }>(entity: EntityClass<E>, label: string, options?: FindOneOptions<E, never>): Locator<E, string> {
  return {
    find: (em, id) => {
      const n = Number(id);
      if (!Number.isSafeInteger(n) || n < 1) return Promise.resolve(null);
      return em.findOne(entity, { id: n } as never, options) as Promise<E | null>;
    },
    notFound: (id) => notFound(label, id),
  };
}

/** By a natural key, with a message that does not echo it (it may be personal). */
export const byKey = <E, K>(find: (em: SqlEntityManager, key: K) => Promise<E | null>, message: string): Locator<E, K> => ({
  find,
  notFound: () => conflict(message, 'NOT_FOUND'),
});

/** Refuses the delete while `sql` (one `?` per id) counts rows that still need the entity. */
export function refuseWhileUsed<E extends { id: number }>(sql: string, code: string, message: (uses: number, entity: E) => string): DeleteGuard<E> {
  return async (em, entity) => {
    const [row] = await em.execute<{ n: number }[]>(
      sql,
      [...sql.matchAll(/\?/g)].map(() => entity.id),
    );
    const uses = Number(row?.n ?? 0);
    return uses ? conflict(message(uses, entity), code) : null;
  };
}
