import { type EnumValue, graphqlEnum, enumOfKeys } from '../graphql/enum-type.js';
import { labels } from '@spik/shared';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection.js';
import { Region, Theme } from '../project-data/enums.js';
import { municipalities } from '../project-data/municipalities.js';

export const CourseMode = enumOfKeys('CourseMode', labels.CourseMode, 'Where the course is taught: on campus, at a distance, or both.');
export type CourseMode = EnumValue<typeof CourseMode>;

const MODE_FROM_CMS: Record<string, CourseMode> = { campus: CourseMode.CAMPUS, distans: CourseMode.DISTANCE, blandat: CourseMode.MIXED };
export const MODE_TO_CMS: Record<CourseMode, string> = { CAMPUS: 'campus', DISTANCE: 'distans', MIXED: 'blandat' };
export const CourseSource = graphqlEnum(
  'CourseSource',
  { EDITORS: 'EDITORS', SKOLVERKET: 'SKOLVERKET' },
  "Where a course tip comes from: written by SPIK's editors, or imported nightly from Skolverket's Susa-navet (EMIL 3).",
);
export type CourseSource = EnumValue<typeof CourseSource>;

const PACE_PERCENT: Record<string, number> = { heltid: 100, deltid75: 75, deltid50: 50, deltid25: 25 };

@ObjectType({ description: 'A tip about a short YH course (kort YH-kurs, up to 99 YH points) for industry employees.' })
export class Course {
  @Field(() => ID, { description: "The CMS's document id." }) id!: string;

  @Field(() => String, { description: 'Course name.' }) title!: string;

  @Field(() => String, { description: 'URL segment, unique among courses.' }) slug!: string;

  @Field(() => String, { description: 'The school (utbildningsanordnare) giving the course.' }) provider!: string;

  @Field(() => Int, { description: 'YH points (1–99; five points is about one week of full-time study).' }) yhPoints!: number;

  @Field(() => Int, { description: 'Study pace in percent of full time (100, 75, 50 or 25).' }) pacePercent!: number;

  @Field(() => CourseMode, { description: 'Campus, distance or mixed.' }) mode!: CourseMode;

  @Field(() => String, { description: "SCB municipality code of the course's location." }) municipalityCode!: string;

  @Field(() => String, { description: 'Municipality name.' }) municipality!: string;

  @Field(() => Region, { description: 'County of the course location.' }) region!: Region;

  @Field(() => LocalDateResolver, { description: 'First day of the course.' }) startDate!: string;

  @Field(() => LocalDateResolver, { description: 'Last day to apply; never after the start.' }) applicationDeadline!: string;

  @Field(() => [Theme], { description: 'Green-transition themes the course serves (the same themes as SPIK activities).' }) themes!: Theme[];

  @Field(() => String, { description: 'Where to apply (https).' }) applyUrl!: string;

  @Field(() => [String], { description: 'Description as plain paragraphs.' }) description!: string[];

  @Field(() => Boolean, { description: 'True for seeded example tips, which are not real courses.' }) isExample!: boolean;

  @Field(() => String, { description: 'Town where the course is given (the municipality when the source names no town).' }) town!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the course, when known.' }) endDate!: string | null;

  @Field(() => CourseSource, { description: 'Written by SPIK, or imported from Skolverket.' }) source!: CourseSource;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When Skolverket last changed the course (imported courses only).' })
  sourceUpdatedAt!: string | null;

  @Field(() => Boolean, { description: 'Marked "SPIK tipsar" by an editor.' }) spikRecommends!: boolean;

  @Field(() => String, { nullable: true, description: "SPIK's own introduction to the course, when an editor wrote one." }) introduction!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the course was first listed here; the feed of new courses is ordered by it.' }) listedAt!: string;
}

export const CourseConnection = Connection(Course);
export type CourseConnection = InstanceType<typeof CourseConnection>;

export interface StrapiCourse {
  documentId: string;
  title: string;
  slug: string;
  provider: string;
  yhPoints: number;
  pace: string;
  mode: string;
  municipalityCode: string;
  region: string;
  startDate: string;
  applicationDeadline: string;
  themes: { theme: string }[] | null;
  applyUrl: string;
  description: { type: string; children?: { text?: string }[] }[] | null;
  isExample: boolean | null;
  town?: string | null;
  endDate?: string | null;
  source?: string | null;
  sourceUpdatedAt?: string | null;
  spikTips?: boolean | null;
  introduction?: string | null;
  createdAt: string;
}

export const plainParagraphs = (blocks: StrapiCourse['description']): string[] =>
  (blocks ?? []).map((block) => (block.children ?? []).map((child) => child.text ?? '').join('')).filter((text) => text.trim());

export function toCourse(course: StrapiCourse): Course {
  return {
    id: course.documentId,
    title: course.title,
    slug: course.slug,
    provider: course.provider,
    yhPoints: course.yhPoints,
    pacePercent: PACE_PERCENT[course.pace] ?? 100,
    mode: MODE_FROM_CMS[course.mode] ?? CourseMode.MIXED,
    municipalityCode: course.municipalityCode,
    municipality: municipalities[course.municipalityCode]?.name ?? course.municipalityCode,
    region: course.region === 'blekinge' ? Region.BLEKINGE : Region.SKANE,
    startDate: course.startDate,
    applicationDeadline: course.applicationDeadline,
    themes: (course.themes ?? []).map((t) => t.theme.toUpperCase() as Theme).filter((t) => Object.values(Theme).includes(t)),
    applyUrl: course.applyUrl,
    description: plainParagraphs(course.description),
    isExample: Boolean(course.isExample),
    town: course.town?.trim() || (municipalities[course.municipalityCode]?.name ?? course.municipalityCode),
    endDate: course.endDate ?? null,
    source: course.source === 'skolverket' ? CourseSource.SKOLVERKET : CourseSource.EDITORS,
    sourceUpdatedAt: course.sourceUpdatedAt ?? null,
    spikRecommends: Boolean(course.spikTips),
    introduction: course.introduction?.trim() || null,
    listedAt: course.createdAt,
  };
}
