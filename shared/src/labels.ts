/**
 * What a Swedish reader sees for each enum value of the API: in the site, the CSV export and the
 * API's own breakdown labels. Keyed by the GraphQL enum names and values.
 */
export const labels = {
  Region: { SKANE: 'Skåne', BLEKINGE: 'Blekinge' },
  OrganisationKind: { PROJECT_OWNER: 'Projektägare', PARTNER: 'Partner', CO_FINANCIER: 'Delfinansiär', MAIN_FINANCIER: 'Huvudfinansiär' },
  FinancingForm: { CASH: 'Kontant', IN_KIND: 'Insats i annat än pengar' },
  SizeClass: { MICRO: 'Mikroföretag (0–9 anställda)', SMALL: 'Litet företag (10–49 anställda)', MEDIUM: 'Medelstort företag (50–249 anställda)' },
  Gender: { WOMAN: 'Kvinna', MAN: 'Man', OTHER: 'Annat', NOT_STATED: 'Ej angivet' },
  AgeBand: { UNDER_30: 'Under 30 år', FROM_30_TO_54: '30–54 år', FROM_55: '55 år och äldre' },
  EducationLevel: { ISCED_0_2: 'Förgymnasial (ISCED 0–2)', ISCED_3_4: 'Gymnasial (ISCED 3–4)', ISCED_5_8: 'Eftergymnasial (ISCED 5–8)' },
  ActivityKind: {
    GAP_ANALYSIS: 'Mind The Gap-analys',
    COURSE: 'Kurs',
    WORKSHOP: 'Workshop',
    NETWORK_MEETING: 'Nätverksträff',
    LEADERSHIP_PROGRAMME: 'Ledarskapsprogram',
    DIVERSITY_AND_INCLUSION: 'Mångfald och inkludering',
  },
  Theme: {
    CIRCULAR_PRODUCTION: 'Cirkulär produktion',
    ENERGY_EFFICIENCY: 'Energieffektivisering',
    CLIMATE_SMART_MATERIALS: 'Klimatsmarta material',
    GREEN_BUSINESS_MODELS: 'Gröna affärsmodeller',
    SUSTAINABLE_PRODUCTION_AND_LEAN: 'Hållbar produktion och lean',
    DIGITALISATION: 'Digitalisering',
    LEADERSHIP_FOR_THE_TRANSITION: 'Ledarskap för omställningen',
    GENDER_EQUALITY_AND_INCLUSION: 'Jämställdhet och inkludering',
  },
  Priority: { HIGH: 'Hög', MEDIUM: 'Medel', LOW: 'Låg' },
  CourseMode: { CAMPUS: 'På plats', DISTANCE: 'Distans', MIXED: 'Plats och distans' },
  NewsCategory: { nyhet: 'Nyhet', pressmeddelande: 'Pressmeddelande', kurstips: 'Kurstips', evenemang: 'Evenemang' },
  ComplianceStatus: { COMPLIANT: 'helt förenlig', PARTIALLY_COMPLIANT: 'delvis förenlig', NOT_COMPLIANT: 'inte förenlig' },
  KnownProblemReason: {
    BEING_FIXED: 'Bristande förenlighet med lagkraven',
    DISPROPORTIONATE_BURDEN: 'Oskäligt betungande anpassning',
    OUT_OF_SCOPE: 'Innehåll som inte omfattas av lagen',
  },
  AssessmentMethod: { SELF_ASSESSMENT: 'en egen bedömning (självskattning)', THIRD_PARTY: 'en granskning av en tredje part' },
} as const;
