/** Seed version 2's single types: About SPIK, Mind The Gap, the accessibility statement and the funding statement. */
import { h2, p, type RichBlock } from './blocks';

export const aboutPage = {
  title: 'Om SPIK',
  body: [
    p(
      'SPIK står för Strategiskt Partnerskap för Industrins Kompetens. Projektet ska hjälpa industrin i Skåne och Blekinge att ställa om till en grön och hållbar produktion genom att stärka kompetensen hos både företag och medarbetare.',
    ),
    h2('Fyra parter med olika perspektiv'),
    p(
      'IUC Syd och Techtank är industrikluster som arbetar nära industriföretagen. IF Metall bidrar med de anställdas perspektiv och Teknikföretagen med arbetsgivarnas. Tillsammans kan parterna enas om hur industrins kompetensförsörjning bör se ut och hur företag och anställda får bäst stöd.',
    ),
  ] satisfies RichBlock[],
};

export const mindTheGapPage = {
  title: 'Mind The Gap',
  body: [
    p(
      'Mind The Gap är det analysverktyg som SPIK använder när företagen kartlägger sina kompetensbehov. Verktyget är beprövat och uppskattat av de företag som har använt det.',
    ),
    h2('Analysen kommer först'),
    p(
      'Kompetensutveckling börjar ofta hos den enskilda medarbetaren, utan att någon först har frågat vad företaget som helhet behöver. I SPIK gör man tvärtom: först en strategisk analys av företagets behov, sedan utbildning.',
    ),
    h2('Från affärsmål till kompetens'),
    p(
      'Mind The Gap knyter ihop företagets affärsmål med de kompetensförflyttningar som krävs för att genomföra den gröna omställningen. Utgångspunkten är att minska klimatavtrycket, och resultatet blir en tydligare bild av vad medarbetarna behöver kunna för att bidra till, leda och driva omställningen.',
    ),
  ] satisfies RichBlock[],
};

/**
 * The accessibility statement with every part DIGG's model requires. Facts about SPIK: who runs the
 * site, the law, DIGG's role, and that the site is tested with axe in Chromium. The compliance
 * status, the known problems, the dates and the address are demo data, marked "(exempel)".
 */
export const accessibilityStatement = {
  title: 'Tillgänglighetsredogörelse',
  body: [
    p(
      'Projektet SPIK står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan åtgärda dem.',
    ),
    p('Exempel: uppgifterna om förenlighet, brister, granskning och kontakt nedan är exempel som ska ersättas med projektets egna innan webbplatsen lanseras.'),
    h2('Vad kan du göra om du inte kan använda delar av webbplatsen?'),
    p(
      'Om du behöver innehåll från webbplatsen i ett annat format, till exempel siffrorna på resultatsidan som en tabell du kan läsa upp, hör av dig till oss så skickar vi det.',
    ),
    h2('Teknisk information'),
    p(
      'Målet är att webbplatsen ska uppfylla nivå AA i WCAG 2.1. Varje sidtyp testas automatiskt med verktyget axe i webbläsaren Chromium innan en ändring tas i bruk.',
    ),
  ] satisfies RichBlock[],
  complianceStatus: 'delvis_forenlig',
  knownProblems: [
    {
      description: 'Förklaringarna i diagrammen på sidan Resultat har för låg kontrast mot bakgrunden i mörkt läge (exempel).',
      reason: 'atgardas',
      wcagCriteria: '1.4.11 Kontrast för icke-text',
      fixBy: '2026-12-20',
    },
    {
      description: 'Inskannade PDF-dokument från partnernas tidigare projekt, publicerade före den 23 september 2018, saknar läsbar text (exempel).',
      reason: 'utanfor_lagen',
      wcagCriteria: null,
      fixBy: null,
    },
  ],
  assessmentMethod: 'egen_bedomning',
  assessedBy: null,
  assessedDate: '2026-11-20',
  feedbackEmail: 'tillganglighet@spik.example',
  reviewedDate: '2026-12-01',
};

export const fundingStatement = {
  heading: 'Medfinansieras av Europeiska unionen',
  body: [
    p(
      'Projektet SPIK medfinansieras av Europeiska unionen genom Europeiska socialfonden, som bidrar med drygt 12 miljoner kronor av projektets totala budget på 22,3 miljoner kronor.',
    ),
  ] satisfies RichBlock[],
  emblem: {
    file: 'eu-emblem-medfinansieras.png',
    alt: 'EU-flaggan, tolv gula stjärnor i en cirkel på blå botten, med texten Medfinansieras av Europeiska unionen',
  },
  financiers: [
    'Huvudfinansiär: Europeiska socialfonden',
    'Delfinansiärer: Region Skåne, Region Blekinge, IUC Syd, Techtank, IF Metall, Teknikföretagen och deltagande företag',
  ].join('\n'),
};
