import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::organisation-profile.organisation-profile');
