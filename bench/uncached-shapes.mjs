// The partner query shapes of the indicators benchmark, each in many variants that nobody has
// asked before (other filter values and whole-month periods), so that every reply is computed
// rather than served from a cache. The same variants go to DuckDB (duckdb-side.mjs).

const MUNICIPALITIES = ['1280', '1283', '1281', '1290', '1080', '1082', '1293', '1282', '1284', '1292', '1081', '1083'];
const SIZE_CLASSES = ['MICRO', 'SMALL', 'MEDIUM'];
const INDUSTRIES = ['25', '28', '22', '27', '24', '29', '33', '16', '10', '20'];
const THEMES = [
  'ENERGY_EFFICIENCY',
  'CIRCULAR_PRODUCTION',
  'DIGITALISATION',
  'CLIMATE_SMART_MATERIALS',
  'GREEN_BUSINESS_MODELS',
  'SUSTAINABLE_PRODUCTION_AND_LEAN',
  'LEADERSHIP_FOR_THE_TRANSITION',
  'GENDER_EQUALITY_AND_INCLUSION',
];
const KINDS = ['COURSE', 'WORKSHOP', 'NETWORK_MEETING', 'LEADERSHIP_PROGRAMME', 'DIVERSITY_AND_INCLUSION', 'GAP_ANALYSIS'];

const monthStart = (index) => new Date(Date.UTC(2024, index, 1)).toISOString().slice(0, 10);
const monthEnd = (index) => new Date(Date.UTC(2024, index + 1, 0)).toISOString().slice(0, 10);
/** The i-th of many whole-month periods: starts from January 2024, ends from September 2025 on. */
const periodOf = (i) => ({ from: monthStart(i % 18), to: monthEnd(20 + ((i * 7) % 13)) });
const period = (variant) => `period: { from: "${variant.from}", to: "${variant.to}" }`;

const variantMakers = {
  'region + all breakdowns': (i) => ({ region: i % 2 ? 'BLEKINGE' : 'SKANE', ...periodOf(i >> 1) }),
  'municipality + size class': (i) => ({
    municipality: MUNICIPALITIES[i % MUNICIPALITIES.length],
    sizeClass: SIZE_CLASSES[i % SIZE_CLASSES.length],
    ...periodOf(i),
  }),
  'industry + theme + period': (i) => ({ industry: INDUSTRIES[i % INDUSTRIES.length], theme: THEMES[i % THEMES.length], ...periodOf(i) }),
  'activity kind + monthly series': (i) => ({ kind: KINDS[i % KINDS.length], ...periodOf(i) }),
  // Other periods than the region shape's: the same filter would be answered from the cache.
  'gap analyses': (i) => ({ region: i % 2 ? 'BLEKINGE' : 'SKANE', from: monthStart(i % 17), to: monthEnd(33 - ((i >> 1) % 12)) }),
};

/** `count` distinct variants of one shape. */
export function variantsOf(name, count) {
  const seen = new Set();
  const variants = [];
  for (let i = 0; variants.length < count; i++) {
    const variant = variantMakers[name](i);
    const key = JSON.stringify(variant);
    if (seen.has(key)) continue;
    seen.add(key);
    variants.push(variant);
  }
  return variants;
}

export const UNCACHED_SHAPES = [
  {
    name: 'region + all breakdowns',
    graphql: (v) =>
      `{ indicators(filter: { region: ${v.region}, ${period(v)} }) { participants { total { value } byGender { value } byAgeBand { value } byEducation { value } } companies { bySizeClass { value } byIndustry { value } } } }`,
  },
  {
    name: 'municipality + size class',
    graphql: (v) =>
      `{ indicators(filter: { municipality: "${v.municipality}", sizeClass: ${v.sizeClass}, ${period(v)} }) { participants { total { value suppressed } byAgeBand { value suppressed } } companies { total { value suppressed } } } }`,
  },
  {
    name: 'industry + theme + period',
    graphql: (v) =>
      `{ indicators(filter: { industry: "${v.industry}", theme: ${v.theme}, ${period(v)} }) { participants { total { value suppressed } byGender { value suppressed } } trainingHours { value } completionRate { value } } }`,
  },
  {
    name: 'activity kind + monthly series',
    graphql: (v) =>
      `{ indicators(filter: { activityKind: ${v.kind}, ${period(v)} }) { timeSeries(granularity: MONTH) { participants { value suppressed } } } }`,
  },
  {
    name: 'gap analyses',
    graphql: (v) =>
      `{ indicators(filter: { region: ${v.region}, ${period(v)} }) { gaps { analysesCompleted { value } topCompetenceAreas { area companies { value } averageShift { value } } } } }`,
  },
];
