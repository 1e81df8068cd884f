import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { Role } from './api-key.entity.js';

/** Who is asking: nobody in particular, a partner, or project staff. */
export interface Actor {
  access: 'ANONYMOUS' | Role;
  /** The key's name (never the key itself), for the audit log and request logs. */
  name: string;
}

export const anonymous: Actor = { access: 'ANONYMOUS', name: 'anonymous' };

const rank = { ANONYMOUS: 0, PARTNER: 1, STAFF: 2 } as const;
const describe = { PARTNER: 'a partner or staff API key', STAFF: 'a staff API key' } as const;

/** Staff may do everything a partner may. */
export function hasAccess(actor: Actor, needed: Role): boolean {
  return rank[actor.access] >= rank[needed];
}

export function accessDenied(what: string, needed: Role): GraphQLError {
  return new GraphQLError(
    `${what} requires ${describe[needed]}. Kräver en API-nyckel med ${needed === Role.STAFF ? 'personalbehörighet' : 'partnerbehörighet'}.`,
    {
      extensions: { code: 'FORBIDDEN', requiredAccess: needed },
    },
  );
}

/** type-graphql's @Authorized(Role.X) check, with a message that names the field and the key needed. */
export const authChecker: AuthChecker<{ actor: Actor }, Role> = ({ context, info }, roles) => {
  const needed = roles.includes(Role.PARTNER) ? Role.PARTNER : Role.STAFF;
  if (hasAccess(context.actor, needed)) return true;
  throw accessDenied(`"${info.parentType.name}.${info.fieldName}"`, needed);
};
