import { labels } from '@spik/shared';

/** Swedish labels for the API's enum values, as a visitor reads them (shared with the API). */
export const categoryLabel = labels.NewsCategory;
export const organisationKindLabel: Record<string, string> = labels.OrganisationKind;
export const regionLabel = labels.Region;
export const themeLabel = labels.Theme;
export const courseModeLabel = labels.CourseMode;
