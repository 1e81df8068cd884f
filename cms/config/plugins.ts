/**
 * Uploads: raster images and PDF only. Strapi checks the file's bytes (not only its name or its
 * declared type), so an SVG or HTML file, which could carry script, is refused whoever uploads it
 * (SECURITY.md). The API serves nothing else inline either (api/src/http/media.ts).
 */
export const ALLOWED_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'application/pdf'];

export default {
  upload: {
    config: {
      security: { allowedTypes: ALLOWED_UPLOAD_TYPES },
    },
  },
};
