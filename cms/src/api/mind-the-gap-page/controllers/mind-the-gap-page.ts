import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::mind-the-gap-page.mind-the-gap-page');
