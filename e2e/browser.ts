import { type Browser, type Page, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless. Playwright gives every launch a fresh temporary profile; the flags
 * stop Chromium calling home, which this machine's closed network would refuse.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs into the Strapi admin in `page` as one of the demo editors (the admin speaks Swedish). */
export async function signInToAdmin(page: Page, cmsUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel(/e-post|email/i).fill(email);
  await page.getByLabel(/lösenord|password/i).fill(password);
  await page.getByRole('button', { name: /login|logga in/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
}
