import { type EnumValue, graphqlEnum } from '../graphql/enum-type.js';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {} from 'type-graphql';

export const Role = graphqlEnum('Role', { PARTNER: 'PARTNER', STAFF: 'STAFF' }, 'What an API key may do: partners read every indicator, staff also write.');
export type Role = EnumValue<typeof Role>;

/**
 * An API key. Only the SHA-256 digest of the whole key is stored; the key itself is shown once,
 * when it is created (docs/decisions/0012-api-keys.md, 0021-fast-key-digests.md).
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  /** Public part of the key ("spik_<id>_<secret>"), used to find the row. */
  @PrimaryKey({ type: 'string', length: 16 }) id!: string;

  @Property({ type: 'string', length: 200 }) name!: string;

  @Enum({ items: () => Role, nativeEnumName: 'api_key_role' }) role!: Role;

  /** SHA-256 of the whole key, hex: keys are found by it, so no lookup depends on the id. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true }) digest!: string | null;

  /** Keys made before digests: salted scrypt, replaced by a digest on the key's first use. */
  @Property({ type: 'string', length: 64, nullable: true }) salt!: string | null;

  @Property({ type: 'string', length: 128, nullable: true }) hash!: string | null;

  @Property({ type: 'datetime' }) createdAt!: Date;

  @Property({ type: 'datetime', nullable: true }) revokedAt!: Date | null;

  @Property({ type: 'datetime', nullable: true }) lastUsedAt!: Date | null;
}
