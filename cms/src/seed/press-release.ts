/**
 * The SPIK press release, retold in the project's own words from the facts of the
 * original (Techtank's news pages). Names, titles, figures and photo credits are the
 * original's; the sentences are ours.
 *
 * The original text carries no publication date. We use the date of the grant
 * decision, 5 December 2023 (Strukturfondspartnerskapet Skåne-Blekinge), and say so
 * here so nobody mistakes it for a verified publication date.
 */
export type Block =
  { type: 'paragraph'; children: { type: 'text'; text: string }[] } | { type: 'heading'; level: 2 | 3; children: { type: 'text'; text: string }[] };

const p = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const h2 = (text: string): Block => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

export const pressReleaseImages = [
  {
    file: 'pressbild-1.png',
    alt: 'Platshållarbild med texten SPIK – industrins gröna omställning i Skåne och Blekinge',
    credit: 'Foto: Maja Brand, Bredda bilden, Teknikföretagen',
  },
  {
    file: 'pressbild-2.png',
    alt: 'Platshållarbild med texten SPIK – kompetens för omställningen',
    credit: 'Foto: Johanna Åkerberg Kassel, Bredda bilden, Teknikföretagen',
  },
] as const;

export const pressRelease = {
  title: 'Miljoner i EU-medel för att stödja industrins gröna omställning i Skåne och Blekinge',
  slug: 'eu-miljoner-till-industrins-grona-omstallning',
  category: 'pressmeddelande' as const,
  publishedDate: '2023-12-05',
  lead:
    'Europeiska socialfonden satsar drygt 12 miljoner kronor på SPIK, ett treårigt projekt som omsluter ' +
    '22,3 miljoner kronor. IUC Syd, Techtank, IF Metall och Teknikföretagen ska tillsammans ge 1 500 ' +
    'industrianställda ny kompetens och stödja 100 små och medelstora företag i den gröna omställningen ' +
    'i Skåne och Blekinge.',
  body: [
    p(
      'Pengarna beviljades när Strukturfondspartnerskapet Skåne-Blekinge sammanträdde den 5 december 2023. ' +
        'IUC Syd är projektägare och driver SPIK tillsammans med Techtank, IF Metall och Teknikföretagen ' +
        'under perioden 1 januari 2024 till 31 december 2026.',
    ),
    h2('Samverkan gjorde skillnad'),
    p(
      'Andreas Larsson, regionchef för Svenska ESF-rådet i Sydsverige, menar att socialfondens medel gör mest ' +
        'nytta där kompetensförsörjningen angrips strategiskt, så som SPIK gör. När arbetsmarknadens parter och ' +
        'industrins utvecklingsaktörer går ihop får insatserna större räckvidd och effekterna större chans att ' +
        'bestå. Han beskriver ansökan som genomarbetad och som ett gott exempel på hur kompetensutveckling och ' +
        'klimatomställning kan drivas i samma satsning.',
    ),
    p(
      'Region Skåne och Region Blekinge är med och finansierar projektet. Deras representanter i styrgruppen, ' +
        'Erik Lindell från Region Skåne och Malin Faraasen från Region Blekinge, pekar på två skäl: inriktningen ' +
        'på industrins gröna omställning och möjligheten att pröva vad ett partnerskap som även rymmer IF Metall ' +
        'och Teknikföretagen kan åstadkomma.',
    ),
    h2('Omställningen kräver ny kompetens'),
    p(
      'Industrin behöver minska sina klimatavtryck kraftigt och snabbt. Det kräver cirkulära sätt att producera, ' +
        'investeringar i klimat- och miljösmarta material och tekniker och affärsmodeller som är både gröna och ' +
        'lönsamma. SPIK ska bidra till att omställningen går fortare, att fler företagsledningar arbetar ' +
        'strategiskt med kompetensförsörjning och att fler medarbetare har det som krävs för att driva den – för ' +
        'en grön och hållbar produktion och sysselsättning i Blekinge, Skåne och hela Sverige.',
    ),
    h2('Först analysen, sedan utbildningen'),
    p(
      'Ofta börjar kompetensutveckling hos den enskilda medarbetaren, utan att någon först har analyserat vad ' +
        'företaget som helhet behöver. SPIK vänder på ordningen och stärker företagens förmåga att planera sin ' +
        'kompetensförsörjning långsiktigt. Till analysen används Mind The Gap, ett beprövat verktyg som företagen ' +
        'uppskattar och som knyter affärsmålen till de kompetensförflyttningar omställningen kräver.',
    ),
    p(
      'Joakim Enquist, vd för IUC Syd, framhåller att 100 industri- och teknikföretag i Sydsverige får en ' +
        'mycket tydligare bild av vilka kunskaper medarbetarna behöver för att bidra till och leda omställningen. ' +
        'Utgångspunkten är minskade klimatavtryck, och behoven kopplas till företagens affärsmål och strategiska ' +
        'kompetensförsörjning.',
    ),
    p(
      'Ingela Håkansson, vd för Techtank, påpekar att industrins konkurrenskraft kräver insatser på flera nivåer. ' +
        'Med SPIK kan 1 500 anställda utveckla sin kompetens i frågor om den gröna omställningen, vilket stärker ' +
        'både dem själva och företagens möjligheter att nå sina mål. Hon är mycket glad över att projektet ' +
        'beviljats och kan starta.',
    ),
    h2('Fyra parter, fyra perspektiv'),
    p(
      'IUC Syd och Techtank är industrikluster med industrin som främsta målgrupp. IF Metall ser frågorna ' +
        'från de anställdas sida och Teknikföretagen från arbetsgivarnas. Tillsammans kan de enas om hur industrins ' +
        'kompetensförsörjning bör se ut och hur företag och anställda bäst får stöd.',
    ),
    p(
      'Marie Nilsson, regionalt samverkansansvarig på IF Metall Skåne-Blekinge, ser projektet som ett viktigt ' +
        'steg för att fler medlemmar ska kunna bidra till omställningen. Hon lyfter särskilt insatserna för ' +
        'mångfald och inkludering, där kvinnors kompetens och potential i industrin ska tas bättre tillvara.',
    ),
    p(
      'Magnus Nyberg, regionchef för Region Syd på Teknikföretagen, välkomnar att projektet blir av och ' +
        'konstaterar att fler företag behöver börja tänka strategiskt kring kompetensförsörjning i den gröna ' +
        'omställningen.',
    ),
  ] satisfies Block[],
};
