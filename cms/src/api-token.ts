import type { Core } from '@strapi/strapi';

export const API_TOKEN_NAME = 'spik-api';
/** The API's one write: a visitor's feedback message (docs/decisions/0034-accessibility-statement.md). */
export const FEEDBACK_CREATE = 'api::feedback-message.feedback-message.create';

/**
 * What the API's token may do: read every type the content API offers, as a read-only token
 * would (find, findOne), and create feedback messages. Nothing else: no update, no delete, no
 * other create, and no reading the feedback back.
 */
export function apiTokenPermissions(strapi: Core.Strapi): string[] {
  const actions = strapi.contentAPI.permissions.providers.action.keys() as string[];
  const reads = actions.filter((action) => /\.(find|findOne)$/.test(action) && !action.startsWith('api::feedback-message.'));
  return [...reads.sort(), FEEDBACK_CREATE];
}

type TokenRow = { id: number; accessKey: string; type: string };
type TokenService = {
  hash(key: string): string;
  create(attrs: Record<string, unknown>): Promise<TokenRow>;
  update(id: number, attrs: Record<string, unknown>): Promise<unknown>;
};

/** The API's token, with its secret from the environment (CMS_API_TOKEN) and its rights re-applied at every start. */
export async function ensureApiToken(strapi: Core.Strapi) {
  const accessKey = process.env.CMS_API_TOKEN;
  if (!accessKey) {
    strapi.log.warn('CMS_API_TOKEN is not set: the API cannot read content until it is.');
    return;
  }
  const tokens = strapi.service('admin::api-token-content-api') as TokenService;
  const encryption = strapi.service('admin::encryption') as { encrypt(value: string): string };
  const query = strapi.db.query('admin::api-token');
  const description = 'Används av SPIK:s GraphQL-API: läser publicerat innehåll och sparar besökares synpunkter (ingen annan skrivrätt).';
  const permissions = apiTokenPermissions(strapi);
  let token = (await query.findOne({ where: { name: API_TOKEN_NAME } })) as TokenRow | null;
  if (!token) token = await tokens.create({ name: API_TOKEN_NAME, description, type: 'custom', permissions, lifespan: null });
  else await tokens.update(token.id, { description, type: 'custom', permissions });
  const hashed = tokens.hash(accessKey);
  if (token.accessKey !== hashed) {
    // Strapi always generates a random key; we replace it so the key can be provisioned from env.
    await query.update({ where: { id: token.id }, data: { accessKey: hashed, encryptedKey: encryption.encrypt(accessKey) } });
  }
}
