import { Collection, OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { FinancingForm, OrganisationKind, Region } from './enums.js';

@Entity({ tableName: 'organisation' })
@ObjectType({ description: 'An organisation in the project: project owner, partner or financier.' })
export class Organisation {
  @Field(() => ID, { description: 'Database id; inputs that name an organisation accept it.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Name, unique among organisations.' }) @Property({ type: 'string', length: 200, unique: true }) name!: string;

  @Field(() => OrganisationKind, { description: 'The role the organisation has in the project.' })
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Field(() => Region, { nullable: true, description: 'Home region; empty for national organisations.' })
  @Enum({ items: () => Region, nativeEnumName: 'region', nullable: true })
  region!: Region | null;

  @OneToMany({ entity: () => Financing, mappedBy: 'financier' })
  financing = new Collection<Financing>(this);
}

@Entity({ tableName: 'financing' })
@ObjectType({ description: "One financier's contribution to the budget. The exact split is not public: these rows are demo data." })
export class Financing {
  [OptionalProps]?: 'amountSek' | 'isDemo';

  @Field(() => ID, { description: 'Database id.' }) @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @Field(() => Organisation, { description: 'The organisation that contributes.' }) @ManyToOne({ entity: () => Organisation }) financier!: Organisation;

  /** Öre, as bigint: the whole budget (2 230 000 000 öre) does not fit a 32-bit integer. */
  @Property({ type: 'bigint' }) amountOre!: bigint;

  @Field(() => Float, { description: 'Amount in Swedish kronor.' })
  get amountSek(): number {
    return Number(this.amountOre) / 100;
  }

  @Field(() => FinancingForm, { description: 'Cash or in kind.' }) @Enum({ items: () => FinancingForm, nativeEnumName: 'financing_form' }) form!: FinancingForm;

  @Field(() => Boolean, { description: 'True when the amount is illustrative, not the real split.' })
  @Property({ type: 'boolean', default: true })
  isDemo!: boolean;
}
