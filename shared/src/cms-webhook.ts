/**
 * The contract between Strapi's purge webhook (cms/src/provision.ts registers it) and the API that
 * receives it (api/src/http/cms-webhook.ts): the header that carries the shared secret. Written
 * once here so the two cannot drift apart; the API also keeps it out of its logs.
 */
export const WEBHOOK_SECRET_HEADER = 'x-spik-webhook-secret';
