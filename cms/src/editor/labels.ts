import { COURSE_UID } from '@spik/shared';
/**
 * Swedish labels and help texts for the Content Manager's edit and list views. Strapi keeps
 * these in its own configuration (core store), not in schema.json; the bootstrap writes them in
 * (see ./configure.ts) wherever the label is still Strapi's default, so an editor's own changes
 * in "Configure the view" are kept.
 */
/** `listLabel` is a shorter column heading for the list view. */
export type FieldText = { label: string; listLabel?: string; description?: string; editable?: boolean; visible?: false };

const title = { label: 'Rubrik' };
const slug = { label: 'Adress (slug)', description: 'Del av sidans webbadress. Skapas från rubriken; använd små bokstäver och bindestreck.' };
const body = { label: 'Brödtext' };
/** Scheduled publishing (docs/decisions/0025-scheduled-publishing.md), the same on news items and course tips. */
const schedule: Record<string, FieldText> = {
  publishAt: {
    label: 'Publicera automatiskt',
    listLabel: 'Publiceras',
    description: 'Svensk tid. Publiceras av sig själv inom 15 sekunder efter tiden och syns inte före den. Bara en redaktör sätter tiden.',
  },
  unpublishAt: {
    label: 'Avpublicera automatiskt',
    listLabel: 'Tas ner',
    description: 'Svensk tid. Tas ner av sig själv inom 15 sekunder efter tiden. Måste vara efter publiceringen.',
  },
  proposedPublishAt: { label: 'Föreslagen publiceringstid', description: 'För skribenter: när ni vill att texten ska publiceras. En redaktör bestämmer.' },
};
/** The review hand-over (docs/decisions/0029-review-queue.md): shown in its own panel, never as form fields. */
const review: Record<string, FieldText> = {
  reviewStatus: { label: 'Granskning', visible: false },
  reviewRequestedBy: { label: 'Granskning begärd av', visible: false },
  reviewRequestedAt: { label: 'Granskning begärd', visible: false },
  reviewComment: { label: 'Kommentar från redaktören', visible: false },
};

export const contentTypeLabels: Record<string, Record<string, FieldText>> = {
  'api::news-item.news-item': {
    title,
    slug,
    lead: { label: 'Ingress', description: 'Ett par meningar som sammanfattar nyheten. Visas i listor och överst i artikeln (högst 600 tecken).' },
    body,
    publishedDate: { label: 'Publiceringsdatum', description: 'Det datum som visas vid nyheten.' },
    category: { label: 'Kategori', description: 'Nyhet, pressmeddelande, kurstips eller evenemang.' },
    cover: { label: 'Huvudbild', description: 'Bild med alternativtext och fotobyline ("Foto: …"). Obligatorisk.' },
    images: { label: 'Fler bilder', description: 'Bilder som visas i artikeln, var och en med alternativtext och fotobyline.' },
    organisation: { label: 'Organisation', description: 'Den organisation som står bakom eller publicerade nyheten.' },
    tags: { label: 'Taggar', description: 'Ämnesord som gör nyheten lättare att hitta.' },
    relatedNews: { label: 'Relaterade nyheter', description: 'Nyheter som visas som läs mer-länkar under artikeln.' },
    metaDescription: { label: 'Beskrivning för sökmotorer', description: 'Visas i sökresultat och när sidan delas. Högst 160 tecken.' },
    shareImage: { label: 'Delningsbild', description: 'Bild som visas när nyheten delas i sociala medier. Lämnas tom används huvudbilden.' },
    readingMinutes: {
      label: 'Lästid (minuter)',
      description: 'Beräknas automatiskt från ingress och brödtext (cirka 200 ord per minut) när nyheten sparas.',
      editable: false,
    },
    ...schedule,
    ...review,
    summaryOf: {
      label: 'Sammanfattning av',
      description: 'Fyll i om nyheten sammanfattar en annan artikel, t.ex. "Sammanfattning av Techtanks nyhet, originalets lästid 8 min".',
    },
  },
  [COURSE_UID]: {
    title: { label: 'Kursnamn' },
    slug,
    provider: { label: 'Utbildningsanordnare', description: 'Skolan eller anordnaren som ger kursen.' },
    yhPoints: { label: 'YH-poäng', description: 'Kursens omfattning, 1–99 YH-poäng (korta YH-kurser är högst 99 poäng).' },
    pace: { label: 'Studietakt', description: 'Heltid eller deltid (75, 50 eller 25 %).' },
    mode: { label: 'Studieform', description: 'På plats, distans eller både och.' },
    municipalityCode: { label: 'Kommun', description: 'Kommunen där kursen ges. Välj bland kommunerna i Skåne och Blekinge; regionen fylls i efter kommunen.' },
    region: { label: 'Region', description: 'Måste stämma med kommunen: Skåne eller Blekinge.' },
    startDate: { label: 'Kursstart' },
    applicationDeadline: { label: 'Sista ansökningsdag', description: 'Får inte vara efter kursstart.' },
    themes: {
      label: 'Teman',
      description:
        'Minst ett av SPIK:s teman för den gröna omställningen. För kurser från Skolverket sätter synken teman utifrån ämneskoderna; teman ni lägger till står sig.',
    },
    applyUrl: { label: 'Länk till ansökan', description: 'Fullständig adress som börjar med https://.' },
    description: { label: 'Beskrivning' },
    isExample: { label: 'Exempel', description: 'Markera för påhittade exempelkurser. De visas på webbplatsen märkta som exempel.' },
    endDate: { label: 'Kursslut' },
    town: { label: 'Ort', description: 'Orten där kursen ges. Lämnas tom visas kommunens namn.' },
    source: {
      label: 'Källa',
      description:
        'redaktion: ett kurstips som ni skrivit själva. skolverket: hämtad från Skolverkets Susa-navet; kursens uppgifter uppdateras varje natt och kan inte ändras här.',
      editable: false,
    },
    susaEventId: { label: 'Susa-navet: utbildningstillfälle', description: 'Skolverkets id för kurstillfället. Sätts av synken.', editable: false },
    susaInfoId: { label: 'Susa-navet: utbildning', description: 'Sätts av synken.', editable: false },
    susaProviderId: { label: 'Susa-navet: anordnare', description: 'Sätts av synken.', editable: false },
    sourceUpdatedAt: { label: 'Senast ändrad hos Skolverket', editable: false },
    sourceExpiresAt: { label: 'Visas hos Skolverket till', description: 'Efter den tiden tar synken ner kursen.', editable: false },
    sourceStatus: {
      label: 'Status hos Skolverket',
      description: 'Aktiv, inställd, utgången eller borttagen. Inställda och utgångna kurser tas ner av synken.',
      editable: false,
    },
    hidden: { label: 'Dölj på webbplatsen', description: 'Kursen visas inte för besökare. Gäller också kurser från Skolverket, och står sig när synken körs.' },
    spikTips: { label: 'SPIK tipsar', description: 'Lyfter fram kursen med märket ”SPIK tipsar”. Står sig när synken körs.' },
    ...schedule,
    ...review,
    introduction: {
      label: 'SPIK:s introduktion',
      description: 'Några meningar från SPIK om varför kursen passar industrin (högst 600 tecken). Står sig när synken körs.',
    },
  },
  'api::organisation-profile.organisation-profile': {
    name: { label: 'Namn', description: 'Organisationens namn, exakt som i projektets uppgifter (t.ex. "IUC Syd").' },
    slug,
    role: { label: 'Roll i SPIK', description: 'projektagare, partner, medfinansiar eller huvudfinansiar.' },
    description: { label: 'Beskrivning' },
    logo: { label: 'Logotyp', description: 'Logotypen med alternativtext.' },
    website: { label: 'Webbplats', description: 'Fullständig adress som börjar med https://.' },
    contactFor: {
      label: 'Kontakta oss om',
      description: 'Vad besökare ska fråga just er om, i en mening. Visas överst på sidan Kontakt, till exempel ”Företag i Blekinge som vill vara med”.',
    },
    region: { label: 'Region', description: 'Skåne, Blekinge eller hela Sverige.' },
  },
  'api::contact-person.contact-person': {
    name: { label: 'Namn' },
    title: { label: 'Titel', description: 'Befattning med liten bokstav, t.ex. "vd" eller "projektledare".' },
    organisation: { label: 'Organisation' },
    phone: { label: 'Telefon', description: 'Skriv som vanligt, t.ex. 073-234 51 58. Sparas i internationellt format (+46732345158).' },
    email: { label: 'E-post' },
    photo: { label: 'Foto', description: 'Valfritt porträtt.' },
    isPressContact: { label: 'Presskontakt', description: 'Visas under "Mer information" vid pressmeddelanden.' },
    sortOrder: { label: 'Sorteringsordning', description: 'Lägre tal visas först.' },
  },
  'api::about-page.about-page': { title, body },
  'api::mind-the-gap-page.mind-the-gap-page': { title, body },
  'api::accessibility-statement.accessibility-statement': {
    title,
    body,
    complianceStatus: {
      label: 'Förenlighet med lagkraven',
      description: 'Helt, delvis eller inte förenlig med lagen om tillgänglighet till digital offentlig service. Krävs för att publicera.',
    },
    knownProblems: {
      label: 'Kända brister',
      description: 'Det som inte är tillgängligt, var och en med skäl. Minst en när webbplatsen är delvis eller inte förenlig.',
    },
    assessmentMethod: { label: 'Granskningsmetod', description: 'Egen bedömning eller granskning av tredje part. Krävs för att publicera.' },
    assessedBy: { label: 'Granskad av', description: 'Vem som granskade, när en tredje part gjorde det.' },
    assessedDate: { label: 'Granskad den', description: 'När webbplatsen senast granskades. Krävs för att publicera.' },
    feedbackEmail: {
      label: 'E-post för synpunkter',
      description: 'Dit besökare kan skriva om brister. Formuläret på sidan och länken till DIGG visas alltid. Krävs för att publicera.',
    },
    reviewedDate: { label: 'Senast uppdaterad', description: 'När redogörelsen senast uppdaterades. Krävs för att publicera.' },
  },
  'api::feedback-message.feedback-message': {
    message: { label: 'Meddelande' },
    replyEmail: { label: 'Svara till', description: 'Besökarens e-postadress, om hen vill ha svar. Radera meddelandet när ärendet är klart.' },
    page: { label: 'Gäller sidan' },
    receivedAt: { label: 'Mottaget' },
  },
  'api::final-report.final-report': {
    title,
    lead: { label: 'Ingress', description: 'Två, tre meningar om vad projektet uppnådde. Siffrorna visas automatiskt ur projektets data.' },
    partnerSummary: { label: 'Partnernas sammanfattning', description: 'Vad IUC Syd, Techtank, IF Metall och Teknikföretagen säger om resultatet.' },
    isExample: { label: 'Exempeltext', description: 'Bocka ur när partnernas riktiga sammanfattning är inskriven; annars märks sidan som exempel.' },
  },
  'api::funding-statement.funding-statement': {
    heading: { label: 'Rubrik', description: 'T.ex. "Medfinansieras av Europeiska unionen".' },
    body: { label: 'Text' },
    emblem: { label: 'EU-emblem', description: 'Emblemet med alternativtext.' },
    financiers: { label: 'Finansiärer', description: 'Huvudfinansiär och delfinansiärer, en per rad.' },
  },
};

export const componentLabels: Record<string, Record<string, FieldText>> = {
  'media.credited-image': {
    file: { label: 'Bildfil' },
    alt: { label: 'Alternativtext', description: 'Beskriv vad bilden visar för den som inte ser den. Obligatorisk.' },
    credit: { label: 'Fotobyline', description: 'Börjar med "Foto: ", t.ex. "Foto: Maja Brand".' },
  },
  'media.logo': {
    file: { label: 'Bildfil' },
    alt: { label: 'Alternativtext', description: 'T.ex. "Logotyp för IUC Syd". Obligatorisk.' },
  },
  'content.tag': { name: { label: 'Tagg' } },
  'content.theme': { theme: { label: 'Tema' } },
  'accessibility.known-problem': {
    description: { label: 'Vad som inte är tillgängligt' },
    reason: { label: 'Skäl' },
    wcagCriteria: { label: 'WCAG-kriterier', description: 'Valfritt, t.ex. "1.4.3 Kontrast (minimum)".' },
    fixBy: { label: 'Åtgärdas senast', description: 'Krävs när bristen ska åtgärdas.' },
  },
};
