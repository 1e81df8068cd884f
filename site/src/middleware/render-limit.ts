/**
 * Renders of filtered or searched pages one client may cause (SITE_RENDER_LIMIT, "per second/burst
 * per 10 s"). Only addresses with a query string count: the plain pages are a fixed set that
 * render reuse keeps cheap however many ask, while filters and searches have no end of spellings.
 * This runs after the render cache, so a reused render is free.
 */
import { defineMiddleware } from 'astro:middleware';
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const [RENDERS_PER_SECOND, RENDER_BURST] = (process.env.SITE_RENDER_LIMIT ?? '20/200').split('/').map(Number) as [number, number];
const renderLimiter = new BurstyRateLimiter(
  new RateLimiterMemory({ points: RENDERS_PER_SECOND, duration: 1, keyPrefix: 'renders' }),
  new RateLimiterMemory({ points: RENDER_BURST, duration: 10, keyPrefix: 'render-burst' }),
);
const TOO_MANY = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>För många förfrågningar – SPIK</title></head><body><main><h1>För många förfrågningar</h1><p>Du har bett om väldigt många sidor på kort tid. Vänta några sekunder och försök igen.</p><p><a href="/">Till startsidan</a></p></main></body></html>`;

export const renderLimit = defineMiddleware(async (context, next) => {
  if (!context.url.search) return next();
  try {
    await renderLimiter.consume(context.clientAddress);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    return new Response(TOO_MANY, {
      status: 429,
      headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': seconds, 'cache-control': 'no-store' },
    });
  }
  return next();
});
