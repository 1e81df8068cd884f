import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::mind-the-gap-page.mind-the-gap-page');
