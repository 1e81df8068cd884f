/** Schemes a link in rich text may use; anything else (javascript:, data:, vbscript:) is dropped. */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * The link target to render, or null when it must not be a link. Checked when the site renders,
 * whatever the CMS let through. The URL parser strips the tabs and newlines that would hide
 * "java\tscript:", and relative addresses resolve against a base of our own.
 */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  try {
    const parsed = new URL(url.trim(), 'https://relative.invalid/');
    return ALLOWED_SCHEMES.has(parsed.protocol) ? url.trim() : null;
  } catch {
    return null;
  }
}
