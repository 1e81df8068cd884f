import { labels } from '../labels.js';
import { accessibilityChoiceLabels } from './accessibility.js';

/**
 * What an editor sees for each stored choice in the CMS (Strapi keeps the value, e.g. `deltid50`,
 * and shows this label instead). Keyed by the attribute's name; the theme names are the ones the
 * site and the API use, so a theme reads the same everywhere.
 */
const themeLabels = Object.fromEntries(Object.entries(labels.Theme).map(([value, label]) => [value.toLowerCase(), label]));

export const choiceLabels: Record<string, Record<string, string>> = {
  pace: { heltid: 'Heltid', deltid75: 'Deltid 75 %', deltid50: 'Deltid 50 %', deltid25: 'Deltid 25 %' },
  mode: { campus: 'På plats', distans: 'Distans', blandat: 'Plats och distans' },
  region: { skane: 'Skåne', blekinge: 'Blekinge', nationell: 'Hela Sverige' },
  theme: themeLabels,
  category: labels.NewsCategory,
  role: { projektagare: 'Projektägare', partner: 'Partner', medfinansiar: 'Medfinansiär', huvudfinansiar: 'Huvudfinansiär' },
  source: { redaktion: 'Redaktionen', skolverket: 'Skolverket (Susa-navet)' },
  sourceStatus: { aktiv: 'Aktiv', installd: 'Inställd', utgangen: 'Utgången', borttagen: 'Borttagen hos Skolverket' },
  outcome: { lyckades: 'Lyckades', vagrade: 'Vägrade (för många borttagna)', misslyckades: 'Misslyckades' },
  reviewStatus: { klar: 'Klar för granskning', atersand: 'Skickad tillbaka' },
  ...accessibilityChoiceLabels,
};
