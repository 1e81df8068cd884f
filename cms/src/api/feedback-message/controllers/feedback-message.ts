import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::feedback-message.feedback-message');
