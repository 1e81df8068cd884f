/** The course list's filter: the GraphQL input, and what the gateway turns into a CMS query. */
import { Field, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Region, Theme } from '../project-data/enums.js';
import { CourseMode } from './course.js';

@InputType({ description: 'Narrows the course list; fields combine with AND.' })
export class CourseFilter {
  @Field(() => Region, { nullable: true, description: 'County of the course location.' }) region?: Region | null;

  @Field(() => Theme, { nullable: true, description: 'Courses serving this theme.' }) theme?: Theme | null;

  @Field(() => CourseMode, { nullable: true, description: 'Campus, distance or mixed.' }) mode?: CourseMode | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only courses starting on or after this day (the site passes today).' })
  startsFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only courses starting on or before this day (with startsFrom: a start month).' })
  startsUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, matched case-insensitively against title, provider and municipality code.' })
  search?: string | null;
}
