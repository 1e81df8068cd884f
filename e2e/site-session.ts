/**
 * One real stack (Strapi, API, site) and one Chromium for a test file of the public site. The
 * site's calendar is pinned so course deadlines read the same on any day, and lists show two items
 * a page so paging is exercised with the seeded content.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { startStack } from '../testing/services.mjs';

export const TODAY = '2026-11-28';
/** Seeded content the tests look for. */
export const ARTICLE = '/nyheter/eu-miljoner-till-industrins-grona-omstallning';
export const HEADLINE = 'Miljoner i EU-medel för att stödja industrins gröna omställning i Skåne och Blekinge';
export const COURSE = '/kurser/exempel-lean-och-hallbar-produktion';

export interface SiteSession {
  stack: Awaited<ReturnType<typeof startStack>>;
  browser: Browser;
  /** `bypassCSP` lets a test inject axe-core, which the site's own Content-Security-Policy forbids. */
  open(
    path: string,
    options?: { javaScriptEnabled?: boolean; width?: number; height?: number; bypassCSP?: boolean },
  ): Promise<{ page: Awaited<ReturnType<Browser['newPage']>>; status: number | undefined }>;
}

/** Starts the stack and the browser before the file's tests and stops both after them. */
export function useSiteSession(): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    session.stack = await startStack({ today: TODAY, pageSize: 2 });
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.stack?.stop();
  });
  session.open = async (path, options = {}) => {
    const page = await session.browser.newPage({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      bypassCSP: options.bypassCSP ?? false,
    });
    const response = await page.goto(`${session.stack.siteUrl}${path}`);
    return { page, status: response?.status() };
  };
  return session;
}
