import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';

export enum Role {
  PARTNER = 'PARTNER',
  STAFF = 'STAFF',
}
registerEnumType(Role, { name: 'Role', description: 'What an API key may do: partners read every indicator, staff also write.' });

/**
 * An API key. Only a salted scrypt hash of its secret is stored; the key itself is shown once,
 * when it is created (docs/decisions/0012-api-keys.md).
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  /** Public part of the key ("spik_<id>_<secret>"), used to find the row. */
  @PrimaryKey({ type: 'string', length: 16 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => Role, nativeEnumName: 'api_key_role' })
  role!: Role;

  @Property({ type: 'string', length: 64 })
  salt!: string;

  @Property({ type: 'string', length: 128 })
  hash!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt!: Date | null;
}
