/**
 * Seed version 4: the "Så gick det" page (the project's final results). The figures on it come
 * from the project data; the text below is an example until the partners write their summary
 * after the project, so it is marked `isExample` and says so in its own words.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../provision';
import { h3, p, ul } from './editorial';

const FINAL_REPORT = 'api::final-report.final-report';

export const finalReport = {
  title: 'Så gick det',
  lead: 'SPIK pågick från januari 2024 till december 2026. Här redovisar vi vad projektet nådde jämfört med målen: hur många anställda som kompetensutvecklades, hur många företag som fick stöd och vilka kompetenser företagen behövde.',
  partnerSummary: [
    p('Exempeltext: partnerna skriver sin egen sammanfattning när projektet har avslutats. Texten nedan visar bara var den kommer att stå.'),
    h3('Vad partnerna säger'),
    ul(
      'IUC Syd, som ägde projektet, och Techtank nådde företagen genom sina industrinätverk i Skåne och Blekinge (exempel).',
      'IF Metall bidrog med medarbetarnas perspektiv och Teknikföretagen med arbetsgivarnas (exempel).',
    ),
    p('Erfarenheterna från Mind The Gap-analyserna lever vidare hos partnerna efter projektets slut (exempel).'),
  ],
  isExample: true,
};

export async function seedFinalReport(strapi: Core.Strapi) {
  const documents = strapi.documents(FINAL_REPORT as never);
  if (await documents.findFirst({ locale: DEFAULT_LOCALE, status: 'draft' } as never)) return;
  await documents.create({ locale: DEFAULT_LOCALE, status: 'published', data: finalReport } as never);
}
