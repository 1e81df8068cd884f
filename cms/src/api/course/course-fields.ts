/** A course tip's own fields, as the seed and the course sync both write them (schema.json has the rest). */
export type Theme =
  | 'circular_production'
  | 'energy_efficiency'
  | 'climate_smart_materials'
  | 'green_business_models'
  | 'sustainable_production_and_lean'
  | 'digitalisation'
  | 'leadership_for_the_transition'
  | 'gender_equality_and_inclusion';

export interface CourseFields {
  title: string;
  slug: string;
  provider: string;
  yhPoints: number;
  pace: 'heltid' | 'deltid75' | 'deltid50' | 'deltid25';
  mode: 'campus' | 'distans' | 'blandat';
  municipalityCode: string;
  region: 'skane' | 'blekinge';
  startDate: string;
  applicationDeadline: string;
  themes: Theme[];
}
