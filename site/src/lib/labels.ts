import type { NewsCategory } from '@spik/shared';

/** Swedish labels for the API's enum values, as a visitor reads them. */
export const categoryLabel: Record<NewsCategory, string> = {
  nyhet: 'Nyhet',
  pressmeddelande: 'Pressmeddelande',
  kurstips: 'Kurstips',
  evenemang: 'Evenemang',
};

/** The order and Swedish headings of organisations on the contact and about pages. */
export const organisationKindLabel: Record<string, string> = {
  PROJECT_OWNER: 'Projektägare',
  PARTNER: 'Partner',
  CO_FINANCIER: 'Medfinansiär',
  MAIN_FINANCIER: 'Huvudfinansiär',
};
