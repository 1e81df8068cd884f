import { factories } from '@strapi/strapi';
import { COURSE_UID } from '@spik/shared';

export default factories.createCoreRouter(COURSE_UID);
