/**
 * Editorial seed content (seed version 2), written in our own words from the facts of SPIK's
 * press release as published on Techtank's news pages: the four related news items listed
 * under it (titles, dates, original reading times, teasers), the press contacts, the partners
 * and financiers, and the facts box. Only those facts are real. Everything else (the course
 * tips, their schools and links, the accessibility statement's contact details) is demo data:
 * marked `isExample: true` and/or "(exempel)" in the text.
 */
import type { CourseFields } from '../api/course/course-fields';
import type { Block } from './press-release';
import { ORGANISATION_NAMES as ORG } from '@spik/shared';

type Text = { type: 'text'; text: string };
type ListBlock = { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: Text[] }[] };
export type RichBlock = Block | ListBlock;

const t = (text: string): Text => ({ type: 'text', text });
export const p = (text: string): RichBlock => ({ type: 'paragraph', children: [t(text)] });
export const h2 = (text: string): RichBlock => ({ type: 'heading', level: 2, children: [t(text)] });
export const h3 = (text: string): RichBlock => ({ type: 'heading', level: 3, children: [t(text)] });
export const ul = (...items: string[]): RichBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({ type: 'list-item', children: [t(item)] })),
});

export const PLACEHOLDER_CREDIT = 'Foto: Platshållare (SPIK)';

// ---------------------------------------------------------------------------------------------
// Organisations. Names must match the API's organisation names exactly.

export type OrganisationSeed = {
  name: string;
  slug: string;
  role: 'projektagare' | 'partner' | 'medfinansiar' | 'huvudfinansiar';
  region: 'skane' | 'blekinge' | 'nationell';
  logo: string;
  description: RichBlock[];
  /** What visitors should ask this organisation about (Kontakt's guide); partners only. */
  contactFor?: string;
};

const logoAlt = (name: string) => `Platshållarlogotyp för ${name} (inte organisationens riktiga logotyp)`;
export { logoAlt };

export const organisations: OrganisationSeed[] = [
  {
    name: ORG.iucSyd,
    slug: 'iuc-syd',
    role: 'projektagare',
    region: 'skane',
    logo: 'logo-iuc-syd.png',
    contactFor: 'Industriföretag i Skåne som vill vara med i SPIK, och frågor om projektet som helhet: IUC Syd leder det.',
    description: [
      p('IUC Syd äger och leder projektet SPIK. Som industrikluster i Skåne arbetar IUC Syd för att stärka industriföretagen i regionen, och industrin är organisationens viktigaste målgrupp.'),
      p('I SPIK hjälper IUC Syd företagsledningar att utgå från minskade klimatavtryck och koppla kompetensbehoven till affärsmålen.'),
    ],
  },
  {
    name: ORG.techtank,
    slug: 'techtank',
    role: 'partner',
    region: 'blekinge',
    logo: 'logo-techtank.png',
    contactFor: 'Industriföretag i Blekinge som vill vara med i SPIK och kartlägga sina kompetensbehov.',
    description: [
      p('Techtank är industrikluster i Blekinge och stöttar industrin på flera olika sätt. Industriföretagen är Techtanks främsta målgrupp.'),
      p('I SPIK ansvarar Techtank tillsammans med IUC Syd för insatserna riktade till företagen, med fokus på Blekinge.'),
    ],
  },
  {
    name: ORG.ifMetall,
    slug: 'if-metall',
    role: 'partner',
    region: 'nationell',
    logo: 'logo-if-metall.png',
    contactFor: 'Anställda och fackliga företrädare som undrar hur medarbetarna kan delta i kompetensutvecklingen.',
    description: [
      p('IF Metall företräder de anställda i industrin och bidrar med arbetstagarnas perspektiv i partnerskapet. I Skåne och Blekinge deltar IF Metall Skåne-Blekinge.'),
      p('Förbundet vill att fler medlemmar ska få den kompetens som behövs i den gröna omställningen, och driver frågor om mångfald, inkludering och jämställdhet i industrin.'),
    ],
  },
  {
    name: ORG.teknikforetagen,
    slug: 'teknikforetagen',
    role: 'partner',
    region: 'nationell',
    logo: 'logo-teknikforetagen.png',
    contactFor: 'Medlemsföretag som vill börja arbeta strategiskt med sin kompetensförsörjning.',
    description: [
      p('Teknikföretagen är arbetsgivarnas organisation i partnerskapet och bidrar med arbetsgivarperspektivet. I projektet deltar Region Syd.'),
      p('Organisationen vill att fler medlemsföretag börjar arbeta strategiskt med kompetensförsörjning kopplad till industrins gröna omställning.'),
    ],
  },
  {
    name: ORG.regionSkane,
    slug: 'region-skane',
    role: 'medfinansiar',
    region: 'skane',
    logo: 'logo-region-skane.png',
    description: [
      p('Region Skåne är en av SPIK:s medfinansiärer och har en representant i projektets styrgrupp. Regionen lyfter fram projektets inriktning på industrins gröna omställning och intresset av att pröva vad partnerskapet kan åstadkomma.'),
    ],
  },
  {
    name: ORG.regionBlekinge,
    slug: 'region-blekinge',
    role: 'medfinansiar',
    region: 'blekinge',
    logo: 'logo-region-blekinge.png',
    description: [
      p('Region Blekinge är en av SPIK:s medfinansiärer och har en representant i projektets styrgrupp. Precis som Region Skåne ser regionen satsningen på industrins gröna omställning som angelägen.'),
    ],
  },
  {
    name: ORG.europeanSocialFund,
    slug: 'europeiska-socialfonden',
    role: 'huvudfinansiar',
    region: 'nationell',
    logo: 'logo-europeiska-socialfonden.png',
    description: [
      p('Europeiska socialfonden är SPIK:s huvudfinansiär och bidrar med drygt 12 miljoner kronor av projektets totala budget på 22,3 miljoner kronor.'),
      p('Beslutet fattades av Strukturfondspartnerskapet Skåne-Blekinge den 5 december 2023. Svenska ESF-rådet har beskrivit ansökan som väl förberedd och som ett gott exempel på hur kompetensutveckling och klimatomställning kan drivas tillsammans.'),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Press contacts, exactly as in the press release. E-mail addresses are not in the source.

export const contacts = [
  { name: 'Joakim Enquist', title: 'vd', organisation: ORG.iucSyd, phone: '073-234 51 58', sortOrder: 10 },
  { name: 'Ingela Håkansson', title: 'vd och klusterledare', organisation: ORG.techtank, phone: '076-861 27 43', sortOrder: 20 },
  {
    name: 'Marie Nilsson',
    title: 'Regionalt samverkansansvarig, IF Metall Skåne-Blekinge',
    organisation: ORG.ifMetall,
    phone: '042-37 70 83',
    sortOrder: 30,
  },
];

// ---------------------------------------------------------------------------------------------
// The four news items listed as related under the press release, as short summaries.

export type NewsSeed = {
  title: string;
  slug: string;
  category: 'nyhet' | 'pressmeddelande' | 'kurstips' | 'evenemang';
  publishedDate: string;
  lead: string;
  body: RichBlock[];
  summaryOf: string;
  metaDescription: string;
  tags: string[];
  cover: { file: string; alt: string };
};

const summaryNote = (minutes: number) =>
  p(`Det här är en kort sammanfattning. Originalartikeln publicerades av Techtank och har en lästid på ${minutes} min.`);

export const relatedNews: NewsSeed[] = [
  {
    title: 'Korta YH-kurser som passar medarbetare i Blekinges industri',
    slug: 'korta-yh-kurser-for-blekinges-industri',
    category: 'kurstips',
    publishedDate: '2024-06-17',
    lead: 'I maj 2024 beviljade Myndigheten för yrkeshögskolan fler än 400 korta YH-kurser. Techtank har tittat på vilka som kan vara intressanta för anställda i Blekinges industri.',
    body: [
      p('De korta YH-kurserna omfattar som mest 99 YH-poäng, vilket motsvarar ungefär 99 dagars studier. De gör det möjligt att fylla på med ny kunskap utan att lämna arbetet under lång tid.'),
      p('Techtank samlade tips på kurser som är relevanta för medarbetare i industriföretag i Blekinge.'),
      summaryNote(1),
    ],
    summaryOf: 'Sammanfattning av Techtanks nyhet, originalets lästid 1 min',
    metaDescription: 'Techtanks tips på korta YH-kurser, upp till 99 YH-poäng, för medarbetare i Blekinges industri.',
    tags: ['Yrkeshögskolan', 'Kompetensutveckling', 'Blekinge'],
    cover: { file: 'nyhet-korta-yh-kurser.png', alt: 'Platshållarbild med texten Korta YH-kurser för industrins medarbetare' },
  },
  {
    title: 'Kartläggning visar att industrin i regionen behöver fler utbildnings- och rekryteringsinsatser',
    slug: 'kartlaggning-av-industrins-kompetens-och-rekryteringsbehov',
    category: 'pressmeddelande',
    publishedDate: '2023-10-11',
    lead: 'Techtank och Teknikcollege Sydost har gjort en ny kartläggning av industrins behov av kompetens och rekrytering. Den pekar på ett stort behov av både fler och nya insatser för utbildning och rekrytering i regionen.',
    body: [
      p('Kartläggningen försöker beskriva vad som ligger bakom siffrorna: vilka behov industriföretagen faktiskt har när det gäller kompetens och nya medarbetare.'),
      p('Slutsatsen är att regionen behöver fler utbildnings- och rekryteringsinsatser, och delvis andra än i dag.'),
      summaryNote(8),
    ],
    summaryOf: 'Sammanfattning av Techtanks nyhet, originalets lästid 8 min',
    metaDescription: 'Ny kartläggning från Techtank och Teknikcollege Sydost om industrins kompetens- och rekryteringsbehov.',
    tags: ['Kompetensförsörjning', 'Rekrytering', 'Blekinge'],
    cover: { file: 'nyhet-kompetenskartlaggning.png', alt: 'Platshållarbild med texten Industrins kompetens- och rekryteringsbehov kartlagda' },
  },
  {
    title: 'SuPr-nod Syd lanseras',
    slug: 'lansering-av-supr-nod-syd',
    category: 'nyhet',
    publishedDate: '2024-01-15',
    lead: 'SuPr, Sustainable Production, är en nationell nod för hållbar produktion. Nu lanseras den regionala noden SuPr-nod Syd, som Techtank i Blekinge och IUC Syd i Skåne bildar tillsammans.',
    body: [
      p('Genom SuPr-nod Syd samarbetar de två industriklustren kring hållbar produktion i södra Sverige, som en del av den nationella noden.'),
      summaryNote(1),
    ],
    summaryOf: 'Sammanfattning av Techtanks nyhet, originalets lästid 1 min',
    metaDescription: 'Techtank och IUC Syd lanserar SuPr-nod Syd, en del av den nationella noden för hållbar produktion.',
    tags: ['Hållbar produktion', 'SuPr'],
    cover: { file: 'nyhet-supr-nod-syd.png', alt: 'Platshållarbild med texten SuPr-nod Syd lanseras för hållbar produktion' },
  },
  {
    title: 'Leankonferens Blekinge får besök av förra årets Leanprisvinnare',
    slug: 'leankonferens-blekinge-med-leanprisvinnaren',
    category: 'evenemang',
    publishedDate: '2024-01-18',
    lead: 'Förra årets första Leankonferens Blekinge blev fullsatt. Nu arrangerar Techtank och dess samarbetspartner konferensen igen, och bland de medverkande finns vinnaren av förra årets Svenska Leanpris.',
    body: [
      p('Konferensen riktar sig till den som vill utveckla arbetet med lean och effektiv produktion i industrin.'),
      summaryNote(1),
    ],
    summaryOf: 'Sammanfattning av Techtanks nyhet, originalets lästid 1 min',
    metaDescription: 'Leankonferens Blekinge återkommer, med förra årets vinnare av Svenska Leanpriset på plats.',
    tags: ['Lean', 'Konferens', 'Blekinge'],
    cover: { file: 'nyhet-leankonferens-blekinge.png', alt: 'Platshållarbild med texten Leankonferens Blekinge med Leanprisvinnaren' },
  },
];

/** What version 2 adds to the press release seeded in version 1. */
export const pressReleaseAdditions = {
  organisation: ORG.techtank,
  metaDescription: 'Europeiska socialfonden satsar drygt 12 miljoner kronor på SPIK, som ska stärka industrins gröna omställning i Skåne och Blekinge.',
  tags: ['Europeiska socialfonden', 'Grön omställning', 'Kompetensförsörjning'],
};

// ---------------------------------------------------------------------------------------------
// Course tips: demo data, every one of them.


export type CourseSeed = CourseFields & { summary: string };

export const courses: CourseSeed[] = [
  {
    title: 'Cirkulär produktion i praktiken (exempel)',
    slug: 'exempel-cirkular-produktion-i-praktiken',
    provider: 'Exempelskolan YH Karlskrona (exempel)',
    yhPoints: 25,
    pace: 'deltid25',
    mode: 'distans',
    municipalityCode: '1080',
    region: 'blekinge',
    startDate: '2027-01-18',
    applicationDeadline: '2026-12-04',
    themes: ['circular_production', 'green_business_models'],
    summary: 'Hur produkter och flöden kan utformas så att material används längre och återvinns, med exempel från verkstadsindustrin.',
  },
  {
    title: 'Energieffektivisering i tillverkande industri (exempel)',
    slug: 'exempel-energieffektivisering-i-tillverkande-industri',
    provider: 'Exempel-YH Malmö (exempel)',
    yhPoints: 30,
    pace: 'deltid50',
    mode: 'blandat',
    municipalityCode: '1280',
    region: 'skane',
    startDate: '2027-02-01',
    applicationDeadline: '2026-12-15',
    themes: ['energy_efficiency'],
    summary: 'Att mäta, analysera och minska energianvändningen i produktionen – från tryckluft och värme till styrning av maskiner.',
  },
  {
    title: 'Lean och hållbar produktion för operatörer (exempel)',
    slug: 'exempel-lean-och-hallbar-produktion',
    provider: 'Exempelskolan YH Ronneby (exempel)',
    yhPoints: 40,
    pace: 'deltid50',
    mode: 'campus',
    municipalityCode: '1081',
    region: 'blekinge',
    startDate: '2027-03-08',
    applicationDeadline: '2027-01-31',
    themes: ['sustainable_production_and_lean'],
    summary: 'Grunderna i lean med fokus på att minska slöseri med material, energi och tid i det dagliga arbetet.',
  },
  {
    title: 'Klimatsmarta material och materialval (exempel)',
    slug: 'exempel-klimatsmarta-material',
    provider: 'Exempel-YH Lund (exempel)',
    yhPoints: 20,
    pace: 'deltid25',
    mode: 'distans',
    municipalityCode: '1281',
    region: 'skane',
    startDate: '2027-04-12',
    applicationDeadline: '2027-03-01',
    themes: ['climate_smart_materials'],
    summary: 'Hur materialval påverkar en produkts klimatavtryck, och hur man jämför alternativ med livscykeltänkande.',
  },
  {
    title: 'Digitalisering och dataanalys i produktionen (exempel)',
    slug: 'exempel-digitalisering-och-dataanalys',
    provider: 'Exempel-YH Helsingborg (exempel)',
    yhPoints: 45,
    pace: 'deltid50',
    mode: 'blandat',
    municipalityCode: '1283',
    region: 'skane',
    startDate: '2027-05-03',
    applicationDeadline: '2027-03-31',
    themes: ['digitalisation', 'energy_efficiency'],
    summary: 'Att samla in och använda produktionsdata för att hitta förbättringar, till exempel lägre energi- och materialförbrukning.',
  },
  {
    title: 'Leda i omställningen – för arbetsledare (exempel)',
    slug: 'exempel-leda-i-omstallningen',
    provider: 'Exempel-YH Kristianstad (exempel)',
    yhPoints: 15,
    pace: 'deltid25',
    mode: 'blandat',
    municipalityCode: '1290',
    region: 'skane',
    startDate: '2027-09-06',
    applicationDeadline: '2027-06-15',
    themes: ['leadership_for_the_transition', 'gender_equality_and_inclusion'],
    summary: 'För arbetsledare som ska driva förändring i sitt team: kommunikation, delaktighet och inkluderande ledarskap.',
  },
  {
    title: 'Gröna affärsmodeller för industriföretag (exempel)',
    slug: 'exempel-grona-affarsmodeller',
    provider: 'Exempelskolan YH Karlshamn (exempel)',
    yhPoints: 20,
    pace: 'deltid25',
    mode: 'distans',
    municipalityCode: '1082',
    region: 'blekinge',
    startDate: '2026-09-07',
    applicationDeadline: '2026-08-15',
    themes: ['green_business_models'],
    summary: 'Affärsmodeller där lönsamhet och minskad miljöpåverkan går hand i hand, till exempel tjänster, uthyrning och återtag.',
  },
  {
    title: 'Jämställd och inkluderande arbetsplats i industrin (exempel)',
    slug: 'exempel-jamstalld-och-inkluderande-arbetsplats',
    provider: 'Exempelskolan YH Olofström (exempel)',
    yhPoints: 10,
    pace: 'deltid25',
    mode: 'distans',
    municipalityCode: '1060',
    region: 'blekinge',
    startDate: '2026-10-05',
    applicationDeadline: '2026-09-15',
    themes: ['gender_equality_and_inclusion'],
    summary: 'Hur industriarbetsplatser kan ta bättre tillvara kvinnors kompetens och bli mer inkluderande.',
  },
];

/** Example links only: example.org is reserved for documentation. */
export const courseApplyUrl = (course: CourseSeed) => `https://example.org/spik-exempel/kurser/${course.slug}`;

export const courseDescription = (course: CourseSeed): RichBlock[] => [
  p(course.summary),
  p('Det här är ett påhittat exempel som visar hur kurstips ser ut på webbplatsen. Kursen, anordnaren och länken finns inte på riktigt.'),
];

// ---------------------------------------------------------------------------------------------
// Single types.

export const aboutPage = {
  title: 'Om SPIK',
  body: [
    p('SPIK står för Strategiskt Partnerskap för Industrins Kompetens. Projektet ska hjälpa industrin i Skåne och Blekinge att ställa om till en grön och hållbar produktion genom att stärka kompetensen hos både företag och medarbetare.'),
    h2('Fyra parter med olika perspektiv'),
    p('IUC Syd och Techtank är industrikluster som arbetar nära industriföretagen. IF Metall bidrar med de anställdas perspektiv och Teknikföretagen med arbetsgivarnas. Tillsammans kan parterna enas om hur industrins kompetensförsörjning bör se ut och hur företag och anställda får bäst stöd.'),
  ] satisfies RichBlock[],
};

export const mindTheGapPage = {
  title: 'Mind The Gap',
  body: [
    p('Mind The Gap är det analysverktyg som SPIK använder när företagen kartlägger sina kompetensbehov. Verktyget är beprövat och uppskattat av de företag som har använt det.'),
    h2('Analysen kommer först'),
    p('Kompetensutveckling börjar ofta hos den enskilda medarbetaren, utan att någon först har frågat vad företaget som helhet behöver. I SPIK gör man tvärtom: först en strategisk analys av företagets behov, sedan utbildning.'),
    h2('Från affärsmål till kompetens'),
    p('Mind The Gap knyter ihop företagets affärsmål med de kompetensförflyttningar som krävs för att genomföra den gröna omställningen. Utgångspunkten är att minska klimatavtrycket, och resultatet blir en tydligare bild av vad medarbetarna behöver kunna för att bidra till, leda och driva omställningen.'),
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
    p('Projektet SPIK står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan åtgärda dem.'),
    p('Exempel: uppgifterna om förenlighet, brister, granskning och kontakt nedan är exempel som ska ersättas med projektets egna innan webbplatsen lanseras.'),
    h2('Vad kan du göra om du inte kan använda delar av webbplatsen?'),
    p('Om du behöver innehåll från webbplatsen i ett annat format, till exempel siffrorna på resultatsidan som en tabell du kan läsa upp, hör av dig till oss så skickar vi det.'),
    h2('Teknisk information'),
    p('Målet är att webbplatsen ska uppfylla nivå AA i WCAG 2.1. Varje sidtyp testas automatiskt med verktyget axe i webbläsaren Chromium innan en ändring tas i bruk.'),
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
    p('Projektet SPIK medfinansieras av Europeiska unionen genom Europeiska socialfonden, som bidrar med drygt 12 miljoner kronor av projektets totala budget på 22,3 miljoner kronor.'),
  ] satisfies RichBlock[],
  emblem: { file: 'eu-emblem-medfinansieras.png', alt: 'EU-flaggan, tolv gula stjärnor i en cirkel på blå botten, med texten Medfinansieras av Europeiska unionen' },
  financiers: [
    'Huvudfinansiär: Europeiska socialfonden',
    'Delfinansiärer: Region Skåne, Region Blekinge, IUC Syd, Techtank, IF Metall, Teknikföretagen och deltagande företag',
  ].join('\n'),
};
