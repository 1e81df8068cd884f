/**
 * The admin for SPIK's editors: Swedish by default for everyone, the demo users included, with
 * English selectable in each editor's profile. Nothing in the admin calls out: Strapi's release
 * check (api.github.com) and its tutorial videos are off.
 */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['sv'],
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
