import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::mind-the-gap-page.mind-the-gap-page');
