import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/api-key.entity.js';
import { Connection, pageRequest, toConnection, pageArgs } from '../graphql/connection.js';
import type { ApiContext } from '../graphql/context.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = Connection(AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.STAFF)
  @Query(() => AuditEntryConnection, { description: 'The audit log of writes to the project data, newest first. Staff only.' })
  async auditLog(
    @Ctx() { em }: ApiContext,
    @pageArgs.first(20) first: number,
    @pageArgs.after() after?: string | null,
    @Arg('entity', () => String, { nullable: true, description: 'Only entries about this entity, e.g. "Company".' }) entity?: string | null,
  ): Promise<AuditEntryConnection> {
    const page = pageRequest(first, after);
    const [entries, total] = await em.findAndCount(AuditEntry, entity ? { entity } : {}, {
      orderBy: { id: 'desc' },
      offset: page.offset,
      limit: page.limit,
    });
    // The id is a bigint column; GraphQL's ID wants a string.
    const nodes = entries.map((entry) => Object.assign(Object.create(AuditEntry.prototype) as AuditEntry, entry, { id: String(entry.id) }));
    return toConnection(nodes, page, total);
  }
}
