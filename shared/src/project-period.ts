/**
 * SPIK's funded period, both days inclusive, as the ESF+ decision gives it. The API seeds its
 * project row from it and the CMS stops the course sync after it (decision 0036); the site reads
 * the period from the API.
 */
export const PROJECT_PERIOD = { start: '2024-01-01', end: '2026-12-31' } as const;

/** True once `day` (YYYY-MM-DD) is past the project's last day. */
export function projectHasEnded(day: string, end: string = PROJECT_PERIOD.end): boolean {
  return day > end;
}
