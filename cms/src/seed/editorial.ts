/**
 * Editorial seed content (seed version 2), written in our own words from the facts of SPIK's
 * press release as published on Techtank's news pages: the four related news items listed
 * under it (titles, dates, original reading times, teasers), the press contacts, the partners
 * and financiers, and the facts box. Only those facts are real. Everything else (the course
 * tips, their schools and links, the accessibility statement's contact details) is demo data:
 * marked `isExample: true` and/or "(exempel)" in the text.
 */
import { ORGANISATION_NAMES as ORG } from '@spik/shared';
import { p, type RichBlock } from './blocks';

export { h2, h3, p, ul, type RichBlock } from './blocks';
export { courseApplyUrl, courseDescription, courses, type CourseSeed } from './editorial-courses';
export { aboutPage, accessibilityStatement, fundingStatement, mindTheGapPage } from './editorial-pages';

export const PLACEHOLDER_CREDIT = 'Foto: Platshållare (SPIK)';

// ---------------------------------------------------------------------------------------------
// Organisations, named as the API names them (ORGANISATION_NAMES in @spik/shared).

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
      p(
        'IUC Syd äger och leder projektet SPIK. Som industrikluster i Skåne arbetar IUC Syd för att stärka industriföretagen i regionen, och industrin är organisationens viktigaste målgrupp.',
      ),
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
      p(
        'IF Metall företräder de anställda i industrin och bidrar med arbetstagarnas perspektiv i partnerskapet. I Skåne och Blekinge deltar IF Metall Skåne-Blekinge.',
      ),
      p(
        'Förbundet vill att fler medlemmar ska få den kompetens som behövs i den gröna omställningen, och driver frågor om mångfald, inkludering och jämställdhet i industrin.',
      ),
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
      p(
        'Region Skåne är en av SPIK:s medfinansiärer och har en representant i projektets styrgrupp. Regionen lyfter fram projektets inriktning på industrins gröna omställning och intresset av att pröva vad partnerskapet kan åstadkomma.',
      ),
    ],
  },
  {
    name: ORG.regionBlekinge,
    slug: 'region-blekinge',
    role: 'medfinansiar',
    region: 'blekinge',
    logo: 'logo-region-blekinge.png',
    description: [
      p(
        'Region Blekinge är en av SPIK:s medfinansiärer och har en representant i projektets styrgrupp. Precis som Region Skåne ser regionen satsningen på industrins gröna omställning som angelägen.',
      ),
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
      p(
        'Beslutet fattades av Strukturfondspartnerskapet Skåne-Blekinge den 5 december 2023. Svenska ESF-rådet har beskrivit ansökan som väl förberedd och som ett gott exempel på hur kompetensutveckling och klimatomställning kan drivas tillsammans.',
      ),
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

const summaryNote = (minutes: number) => p(`Det här är en kort sammanfattning. Originalartikeln publicerades av Techtank och har en lästid på ${minutes} min.`);

export const relatedNews: NewsSeed[] = [
  {
    title: 'Korta YH-kurser som passar medarbetare i Blekinges industri',
    slug: 'korta-yh-kurser-for-blekinges-industri',
    category: 'kurstips',
    publishedDate: '2024-06-17',
    lead: 'I maj 2024 beviljade Myndigheten för yrkeshögskolan fler än 400 korta YH-kurser. Techtank har tittat på vilka som kan vara intressanta för anställda i Blekinges industri.',
    body: [
      p(
        'De korta YH-kurserna omfattar som mest 99 YH-poäng, vilket motsvarar ungefär 99 dagars studier. De gör det möjligt att fylla på med ny kunskap utan att lämna arbetet under lång tid.',
      ),
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
      p(
        'Kartläggningen försöker beskriva vad som ligger bakom siffrorna: vilka behov industriföretagen faktiskt har när det gäller kompetens och nya medarbetare.',
      ),
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
    body: [p('Konferensen riktar sig till den som vill utveckla arbetet med lean och effektiv produktion i industrin.'), summaryNote(1)],
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
