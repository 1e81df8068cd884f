import { type EnumValue, graphqlEnum } from '../graphql/enum-type.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Authorized, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../auth/api-key.entity.js';
import { BreakdownCell, SuppressibleCount, SuppressibleMeasure } from '../disclosure/figure.types.js';
import { ActivityKind, Region, SizeClass, Theme } from '../project-data/enums.js';

export const Granularity = graphqlEnum('Granularity', { MONTH: 'MONTH', QUARTER: 'QUARTER' }, 'Length of one step of a time series.');
export type Granularity = EnumValue<typeof Granularity>;

@InputType({
  description:
    'A period of whole months; both ends inclusive, either may be left open. Days are not accepted: a one-day step between two replies would isolate the few people enrolled that day.',
})
export class PeriodInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the first month, e.g. 2025-01-01; open when left out.' }) from?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day of the last month, e.g. 2025-06-30; open when left out. Figures never go past `Indicators.asOf`.',
  })
  to?: string | null;
}

@InputType({ description: 'Narrows indicators. Fields combine with AND. Any filter requires a partner key.' })
export class IndicatorFilter {
  @Field(() => Region, { nullable: true, description: 'Only companies in this region, and participants employed by them.' }) region?: Region | null;

  @Field(() => String, { nullable: true, description: 'SCB municipality code, e.g. "1280" (Malmö), "1080" (Karlskrona).' }) municipality?: string | null;

  @Field(() => SizeClass, { nullable: true, description: 'Only companies of this size class, and participants employed by them.' })
  sizeClass?: SizeClass | null;

  @Field(() => String, { nullable: true, description: 'SNI 2007 division (two digits), e.g. "25" for fabricated metal products.' }) industry?: string | null;

  @Field(() => ActivityKind, { nullable: true, description: 'Only participants (and their companies) enrolled in an activity of this kind.' })
  activityKind?: ActivityKind | null;

  @Field(() => Theme, { nullable: true, description: 'Only participants (and their companies) enrolled in an activity with this theme.' }) theme?: Theme | null;

  @Field(() => PeriodInput, { nullable: true, description: 'Participants by enrolment date, companies by the date they joined.' }) period?: PeriodInput | null;
}

@ObjectType({ description: 'Participants (employees) in scope.' })
export class ParticipantIndicators {
  @Field(() => SuppressibleCount, { description: 'Number of participants in scope.' }) total!: SuppressibleCount;

  @Field(() => [BreakdownCell], { description: 'By gender, as ESF+ reports.' }) byGender!: BreakdownCell[];

  @Authorized(Role.PARTNER)
  @Field(() => [BreakdownCell], { description: 'By age band at enrolment. Partner key.' })
  byAgeBand!: BreakdownCell[];

  @Authorized(Role.PARTNER)
  @Field(() => [BreakdownCell], { description: 'By highest education (ISCED). Partner key.' })
  byEducation!: BreakdownCell[];

  @Field(() => [BreakdownCell], { description: "By the region of the participant's company." }) byRegion!: BreakdownCell[];
}

@ObjectType({ description: 'Companies in scope.' })
export class CompanyIndicators {
  @Field(() => SuppressibleCount, { description: 'Number of companies in scope.' }) total!: SuppressibleCount;

  @Authorized(Role.PARTNER)
  @Field(() => [BreakdownCell], { description: 'By size class. Partner key.' })
  bySizeClass!: BreakdownCell[];

  @Field(() => [BreakdownCell], { description: 'By region.' }) byRegion!: BreakdownCell[];

  @Authorized(Role.PARTNER)
  @Field(() => [BreakdownCell], { description: 'By SNI 2007 division, every division listed (an empty one is withheld like any small count). Partner key.' })
  byIndustry!: BreakdownCell[];
}

@ObjectType({ description: 'How far one target has come.' })
export class ProgressFigure {
  @Field(() => Int, { description: "The project's committed target (see `Project.targets`)." }) target!: number;

  @Field(() => Int, {
    description: 'Achieved, project-wide and exact: participants enrolled (employeesTrained) or companies joined (companiesSupported) up to `asOf`.',
  })
  achieved!: number;

  @Field(() => LocalDateResolver, {
    description:
      'The month end `achieved` describes: the release, or an earlier month end when fewer than `suppressionThreshold` + 1 arrived since the last exact figure.',
  })
  asOf!: string;

  @Field(() => Float, { description: 'achieved / target.' }) share!: number;

  @Field(() => Float, { description: 'Where a straight line from 0 at the project start to the target at its end stands at `asOf`.' }) expectedByNow!: number;

  @Field(() => Int, { description: 'Expected achievement at the end of the period, by `forecastMethod`.' }) forecastAtEnd!: number;

  @Field(() => String, { description: 'How `forecastAtEnd` is computed.' }) forecastMethod!: string;
}

@ObjectType({ description: 'Progress against the project targets. Always project-wide: filters do not apply.' })
export class Progress {
  @Field(() => ProgressFigure, { description: 'Industry employees trained: participants enrolled, against the target.' }) employeesTrained!: ProgressFigure;

  @Field(() => ProgressFigure, { description: 'Companies supported: companies joined, against the target.' }) companiesSupported!: ProgressFigure;

  @Field(() => Float, { description: 'Share of the project period that has passed.' }) periodElapsedShare!: number;

  @Field(() => LocalDateResolver, { description: 'The release date the progress describes (see `Indicators.asOf`).' }) asOf!: string;
}

@ObjectType({ description: 'One step of a cumulative series.' })
export class TimePoint {
  @Field(() => String, { description: '"2025-03" for months, "2025-Q1" for quarters.' }) period!: string;

  @Field(() => LocalDateResolver, { description: "The period's first day." }) start!: string;

  @Field(() => LocalDateResolver, { description: "The period's last day." }) end!: string;

  @Field(() => SuppressibleCount, { description: 'Participants enrolled up to the end of the period.' }) participants!: SuppressibleCount;

  @Field(() => SuppressibleCount, { description: 'Companies joined up to the end of the period.' }) companies!: SuppressibleCount;
}

@ObjectType({ description: 'A competence area that Mind The Gap analyses found companies need to move.' })
export class CompetenceAreaNeed {
  @Field(() => String, { description: 'Name of the competence area, as written in the analyses.' }) area!: string;

  @Field(() => SuppressibleCount, { description: 'Companies whose analysis names the area.' }) companies!: SuppressibleCount;

  @Field(() => SuppressibleMeasure, { description: 'Average step from current to target level (1–5 scale).' }) averageShift!: SuppressibleMeasure;
}

@ObjectType({ description: 'Mind The Gap analyses of the companies in scope.' })
export class GapIndicators {
  @Field(() => SuppressibleCount, { description: 'Number of analyses of companies in scope.' }) analysesCompleted!: SuppressibleCount;

  @Field(() => [CompetenceAreaNeed], { description: 'The areas named by most companies, most first (at most 8).' }) topCompetenceAreas!: CompetenceAreaNeed[];
}

@ObjectType({ description: 'Aggregated, privacy-safe indicators of the project.' })
export class Indicators {
  @Field(() => Int, { description: 'Counts from 1 to this number are withheld.' }) suppressionThreshold!: number;

  @Field(() => Int, { description: 'The most a published count differs from the true count (cell key method). Counts marked `exact` do not differ.' })
  maxDeviation!: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'The release date: every figure describes the data as of this month end. It advances when a month has ended and enough participants and companies have arrived since the last release; null before the first release.',
  })
  asOf!: string | null;

  @Field(() => Boolean, { description: 'True while the figures come from generated demo data.' }) dataIsDemo!: boolean;

  @Field(() => ParticipantIndicators, { description: 'Participants (employees) in scope: total and breakdowns.' }) participants!: ParticipantIndicators;

  @Field(() => CompanyIndicators, { description: 'Companies in scope: total and breakdowns.' }) companies!: CompanyIndicators;

  @Field(() => SuppressibleMeasure, { description: 'Hours attended in activities in scope.' }) trainingHours!: SuppressibleMeasure;

  @Field(() => SuppressibleMeasure, { description: 'Completed enrolments / enrolments, in scope (0–1).' }) completionRate!: SuppressibleMeasure;

  @Field(() => Progress, { description: 'Progress against the project targets; project-wide, filters do not apply.' }) progress!: Progress;

  @Field(() => GapIndicators, {
    description: 'Mind The Gap: open to everyone for the whole project (decision 0033), like the other headline figures; filtering needs a partner key.',
  })
  gaps!: GapIndicators;

  /** Both series, computed with the rest; the resolver picks one by its argument. */
  series!: Record<Granularity, TimePoint[]>;

  /** The cells behind the ESF+ catalogue (esf-catalogue.ts), not a field of its own. */
  esf!: { byGenderAndAgeGroup: BreakdownCell[]; byGenderAndEducation: BreakdownCell[]; byAgeGroup: BreakdownCell[] };
}
