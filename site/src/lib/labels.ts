import type { NewsCategory } from '@spik/shared';

/** Swedish labels for the API's enum values, as a visitor reads them. */
export const categoryLabel: Record<NewsCategory, string> = {
  nyhet: 'Nyhet',
  pressmeddelande: 'Pressmeddelande',
  kurstips: 'Kurstips',
  evenemang: 'Evenemang',
};
