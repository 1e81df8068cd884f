/**
 * The admin for SPIK's editors: Swedish by default for everyone, the demo users included, with
 * English selectable in each editor's profile. Nothing in the admin calls out: Strapi's release
 * check (api.github.com) and its tutorial videos are off.
 */
const LANGUAGE_KEY = 'strapi-admin-language';

/** What Strapi's Swedish translation lacks on the screens our editors use. */
const SWEDISH = {
  'content-manager.preview.panel.title': 'Förhandsvisning',
  'content-manager.preview.panel.button': 'Öppna förhandsvisning',
  'content-manager.preview.panel.button-disabled-tooltip': 'Spara för att kunna förhandsvisa',
  'content-manager.preview.page-title': 'Förhandsvisning av {contentType}',
  'content-manager.preview.header.close': 'Stäng förhandsvisningen',
  'content-manager.preview.copy.label': 'Kopiera länk till förhandsvisningen',
  'content-manager.preview.copy.success': 'Länken till förhandsvisningen är kopierad',
  'content-manager.preview.tabs.label': 'Status för förhandsvisningen',
  'content-manager.preview.content.close-editor': 'Stäng redigeringen',
  'content-manager.preview.content.open-editor': 'Öppna redigeringen',
  'content-manager.preview.device.select': 'Välj skärmstorlek',
  'content-manager.preview.device.desktop': 'Dator',
  'content-manager.preview.device.mobile': 'Mobil',
};

export default {
  config: {
    locales: ['sv'],
    translations: { sv: SWEDISH },
    notifications: { releases: false },
    tutorials: false,
  },
  register() {
    // The admin reads its language from here before it renders, the login page included; an
    // editor's own choice (or the profile's preferred language, after login) wins.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'sv');
  },
  bootstrap() {},
};
