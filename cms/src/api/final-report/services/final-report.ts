import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::final-report.final-report');
