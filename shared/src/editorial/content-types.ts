/** Strapi's id of a content type of ours, from its singular name: `api::course.course`. */
export const contentTypeUid = <Singular extends string>(singular: Singular) => `api::${singular}.${singular}` as const;

/** The course tip: synced from Skolverket, scheduled, previewed and checked by the editorial rules. */
export const COURSE_UID = contentTypeUid('course');
