import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::final-report.final-report');
