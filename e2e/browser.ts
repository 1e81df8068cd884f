import { type Browser, chromium } from 'playwright-core';

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
