import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Activity } from './activity.entity.js';
import { Participant } from './participant.entity.js';

/** A participant's place in an activity. Personal data: never exposed, erased with the participant. */
@Entity({ tableName: 'enrolment' })
@Unique({ properties: ['participant', 'activity'] })
export class Enrolment {
  @PrimaryKey({ type: 'integer', autoincrement: true }) id!: number;

  @ManyToOne({ entity: () => Participant, deleteRule: 'cascade' }) participant!: Participant;

  @ManyToOne({ entity: () => Activity, deleteRule: 'cascade', index: true }) activity!: Activity;

  @Property({ type: 'decimal', precision: 7, scale: 1, runtimeType: 'number', default: 0 }) hoursAttended!: number;

  @Property({ type: 'boolean', default: false }) completed!: boolean;
}
