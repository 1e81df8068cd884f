import { previewConfig } from '../src/preview';

export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Draft previews on the site (see src/preview.ts); off unless SITE_PREVIEW_URL and PREVIEW_SECRET are set.
  preview: previewConfig({ SITE_PREVIEW_URL: env('SITE_PREVIEW_URL', ''), PREVIEW_SECRET: env('PREVIEW_SECRET', '') }),
});
