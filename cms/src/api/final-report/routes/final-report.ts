import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::final-report.final-report');
