import type { Page } from 'playwright-core';

export { axeViolations, launchChromium } from '../testing/chromium.mjs';

/** Signs into the Strapi admin in `page` as one of the demo editors (the admin speaks Swedish). */
export async function signInToAdmin(page: Page, cmsUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`);
  await page.getByLabel(/e-post|email/i).fill(email);
  await page.getByLabel(/lösenord|password/i).fill(password);
  await page.getByRole('button', { name: /login|logga in/i }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
}
