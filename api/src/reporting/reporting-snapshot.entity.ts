import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A quarter's figures as reported (kvartalsrapport): the JSON-stat dataset of the ESF+
 * indicators, stored exactly as it was served when staff froze the quarter. Never updated.
 */
@Entity({ tableName: 'reporting_snapshot' })
export class ReportingSnapshot {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  /** "2026-Q3". */
  @Property({ type: 'string', length: 7, unique: true }) quarter!: string;

  @Property({ type: 'datetime' }) frozenAt!: Date;

  /** Name of the staff key that froze it. */
  @Property({ type: 'string', length: 200 }) frozenBy!: string;

  /** The JSON-stat 2.0 dataset as served at freezing, figures up to the quarter's last day. */
  @Property({ type: 'json' }) dataset!: Record<string, unknown>;
}
