import { factories } from '@strapi/strapi';

/**
 * Only create is routed: the API sends a visitor's message with its token, whose only write right
 * is this one (cms/src/api-token.ts). Messages are read in the admin, never through the REST API.
 */
export default factories.createCoreRouter('api::feedback-message.feedback-message', { only: ['create'] });
