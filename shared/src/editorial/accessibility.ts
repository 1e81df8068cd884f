/**
 * What an accessibility statement must say before it is published: the parts DIGG's model
 * statement requires under the law on accessibility of digital public service (2018:1937).
 * A draft may be saved with parts missing; publishing it is refused, on the server and in the
 * edit view, with a Swedish message that names the missing part
 * (docs/decisions/0034-accessibility-statement.md).
 */
import type { RuleProblem } from './rules.js';

/** DIGG's form for reporting a site that does not meet the law. Given by law, so not editable. */
export const DIGG_COMPLAINT_URL = 'https://www.digg.se/tdosanmalan';

export const COMPLIANCE_STATUSES = ['helt_forenlig', 'delvis_forenlig', 'inte_forenlig'] as const;
export const PROBLEM_REASONS = ['atgardas', 'oskaligt_betungande', 'utanfor_lagen'] as const;
export const ASSESSMENT_METHODS = ['egen_bedomning', 'tredje_part'] as const;

/** The Swedish names of the statement's choices (the CMS shows them; the site reads them from the API). */
export const accessibilityChoiceLabels = {
  complianceStatus: { helt_forenlig: 'Helt förenlig', delvis_forenlig: 'Delvis förenlig', inte_forenlig: 'Inte förenlig' },
  reason: { atgardas: 'Bristande förenlighet, åtgärdas', oskaligt_betungande: 'Oskäligt betungande anpassning', utanfor_lagen: 'Omfattas inte av lagen' },
  assessmentMethod: { egen_bedomning: 'Egen bedömning (självskattning)', tredje_part: 'Granskning av tredje part' },
} as const;

type Values = Record<string, unknown>;
const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const oneOf = (choices: readonly string[], value: unknown) => typeof value === 'string' && choices.includes(value);
/** Deliberately plain: one @, a dot in the domain, no spaces (Strapi's email type checks the same). */
export const isEmailAddress = (value: unknown) => typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

function knownProblemProblems(problem: Values, index: number, status: unknown): RuleProblem[] {
  const at = (field: string) => ['knownProblems', index, field];
  const which = `Brist ${index + 1} under "Kända brister"`;
  const found: RuleProblem[] = [];
  if (blank(problem.description)) found.push({ path: at('description'), message: `${which} saknar en beskrivning av vad som inte är tillgängligt.` });
  if (!oneOf(PROBLEM_REASONS, problem.reason)) {
    found.push({ path: at('reason'), message: `${which} saknar skäl: välj "åtgärdas", "oskäligt betungande anpassning" eller "omfattas inte av lagen".` });
  } else if (problem.reason === 'atgardas' && blank(problem.fixBy)) {
    found.push({ path: at('fixBy'), message: `${which} ska åtgärdas men saknar datum för när den ska vara åtgärdad ("Åtgärdas senast").` });
  }
  if (status === 'helt_forenlig' && (problem.reason === 'atgardas' || problem.reason === 'oskaligt_betungande')) {
    found.push({
      path: ['complianceStatus'],
      message: `Webbplatsen kan inte vara helt förenlig när ${which.toLowerCase()} inte uppfyller kraven. Välj "Delvis förenlig".`,
    });
  }
  return found;
}

/** Every part DIGG requires that the statement lacks, each with the field it belongs in. */
export function accessibilityStatementProblems(values: Values): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const status = values.complianceStatus;
  const known = Array.isArray(values.knownProblems) ? (values.knownProblems as Values[]) : [];
  if (!oneOf(COMPLIANCE_STATUSES, status)) {
    problems.push({
      path: ['complianceStatus'],
      message: 'Redogörelsen saknar förenlighetsstatus: välj om webbplatsen är helt, delvis eller inte förenlig med lagen ("Förenlighet med lagkraven").',
    });
  } else if (status !== 'helt_forenlig' && known.length === 0) {
    problems.push({
      path: ['knownProblems'],
      message: `Webbplatsen är ${status === 'delvis_forenlig' ? 'delvis' : 'inte'} förenlig, men "Kända brister" är tom. Beskriv vad som inte är tillgängligt och varför.`,
    });
  }
  known.forEach((problem, index) => problems.push(...knownProblemProblems(problem ?? {}, index, status)));
  if (!oneOf(ASSESSMENT_METHODS, values.assessmentMethod)) {
    problems.push({
      path: ['assessmentMethod'],
      message: 'Redogörelsen saknar hur webbplatsen har granskats: välj egen bedömning eller granskning av tredje part ("Granskningsmetod").',
    });
  } else if (values.assessmentMethod === 'tredje_part' && blank(values.assessedBy)) {
    problems.push({
      path: ['assessedBy'],
      message: 'Redogörelsen saknar vem som granskade webbplatsen ("Granskad av"), som krävs när en tredje part har granskat.',
    });
  }
  if (blank(values.assessedDate)) problems.push({ path: ['assessedDate'], message: 'Redogörelsen saknar när webbplatsen granskades ("Granskad den").' });
  if (blank(values.feedbackEmail)) {
    problems.push({ path: ['feedbackEmail'], message: 'Redogörelsen saknar e-postadress för synpunkter på tillgängligheten ("E-post för synpunkter").' });
  } else if (!isEmailAddress(values.feedbackEmail)) {
    problems.push({ path: ['feedbackEmail'], message: `E-postadressen för synpunkter ("${values.feedbackEmail}") är inte en giltig e-postadress.` });
  }
  if (blank(values.reviewedDate))
    problems.push({ path: ['reviewedDate'], message: 'Redogörelsen saknar datum för när den senast uppdaterades ("Senast uppdaterad").' });
  return problems;
}

/** Rules that hold only for publishing, by Strapi's uid: a draft may be saved without them. */
const PUBLICATION_RULES: Record<string, (values: Values) => RuleProblem[]> = {
  'api::accessibility-statement.accessibility-statement': accessibilityStatementProblems,
};

/** Everything that keeps an entry of content type `uid` from being published (none for most types). */
export function publicationProblems(uid: string, values: Values): RuleProblem[] {
  return PUBLICATION_RULES[uid]?.(values) ?? [];
}
