import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::funding-statement.funding-statement');
