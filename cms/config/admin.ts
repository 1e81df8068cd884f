import { previewConfig } from '../src/preview';

export default ({ env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Login attempts per e-mail and address in 5 minutes. The demo's editors share their logins
  // (and the end-to-end tests sign in from one address), so the demo allows more than Strapi's 5.
  rateLimit: { enabled: true, interval: { min: 5 }, max: env('CMS_DEMO_ADMIN_EMAIL', '') ? 60 : 5 },
  // Draft previews on the site (see src/preview.ts); off unless SITE_PREVIEW_URL and PREVIEW_SECRET are set.
  preview: previewConfig({ SITE_PREVIEW_URL: env('SITE_PREVIEW_URL', ''), PREVIEW_SECRET: env('PREVIEW_SECRET', '') }),
});
