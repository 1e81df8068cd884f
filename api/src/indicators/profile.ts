import { type Dimension, dims } from './dimensions.js';

/**
 * The participant attributes that indicators break down by, crossed into one code per row
 * (4 genders × 3 age bands × 4 ESF+ age groups × 3 education levels × 2 regions = 288 codes).
 * A scan then adds each row to one cell, and every breakdown (by gender, by gender and age group,
 * …) is summed from those few hundred cells afterwards instead of row by row.
 */
const PARTS = [dims.gender, dims.ageBand, dims.esfAgeGroup, dims.education, dims.region] as const;

export const PROFILE_CODES = PARTS.reduce((product, dimension) => product * dimension.values.length, 1);

/** The code of one combination, each part given as its index in its dimension. */
export function profileCode(gender: number, ageBand: number, esfAgeGroup: number, education: number, region: number): number {
  return (
    (((gender * dims.ageBand.values.length + ageBand) * dims.esfAgeGroup.values.length + esfAgeGroup) * dims.education.values.length + education) *
      dims.region.values.length +
    region
  );
}

/** For each part, the value index every code stands for. */
const valueOfCode: Record<string, Uint8Array> = Object.fromEntries(
  PARTS.map((dimension, part) => {
    const stride = PARTS.slice(part + 1).reduce((product, later) => product * later.values.length, 1);
    return [dimension.name, Uint8Array.from({ length: PROFILE_CODES }, (_, code) => Math.floor(code / stride) % dimension.values.length)];
  }),
);

export const partOfProfile = (dimension: Dimension): Uint8Array => {
  const values = valueOfCode[dimension.name];
  if (!values) throw new Error(`${dimension.name} is not part of the participant profile`);
  return values;
};
