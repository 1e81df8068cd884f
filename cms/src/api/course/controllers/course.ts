import { factories } from '@strapi/strapi';
import { COURSE_UID } from '@spik/shared';

export default factories.createCoreController(COURSE_UID);
