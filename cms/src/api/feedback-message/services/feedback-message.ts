import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::feedback-message.feedback-message');
