import { timingSafeEqual } from 'node:crypto';
import { runCourseSync } from '../../../course-sync/run';
import { describeRun } from '../../../course-sync/status';
import { SUSA_NAVET_DEFAULT_URL } from '../../../course-sync/susa-client';

export const SYNC_SECRET_HEADER = 'x-spik-sync-secret';

const matches = (given: unknown, secret: string) =>
  typeof given === 'string' && given.length === secret.length && timingSafeEqual(Buffer.from(given), Buffer.from(secret));

const HTTP_STATUS = { lyckades: 200, vagrade: 409, misslyckades: 502 } as const;

export default {
  async run(ctx) {
    const secret = process.env.COURSE_SYNC_SECRET ?? '';
    if (!secret) return ctx.send({ error: { status: 503, message: 'Kurssynken kan inte startas över HTTP: COURSE_SYNC_SECRET saknas i CMS:ets miljö.' } }, 503);
    if (!matches(ctx.request.headers[SYNC_SECRET_HEADER], secret)) return ctx.send({ error: { status: 401, message: 'Fel eller saknad synkhemlighet.' } }, 401);
    const body = (ctx.request.body ?? {}) as { susaUrl?: unknown; full?: unknown; force?: unknown };
    const susaUrl = typeof body.susaUrl === 'string' && body.susaUrl ? body.susaUrl : process.env.SUSA_NAVET_URL || SUSA_NAVET_DEFAULT_URL;
    if (!/^https?:\/\/[^\s]+$/.test(susaUrl)) return ctx.send({ error: { status: 400, message: `SUSA_NAVET_URL är ingen webbadress: ”${susaUrl}”.` } }, 400);
    const report = await runCourseSync(strapi, { susaUrl, full: body.full === true, force: body.force === true });
    ctx.status = HTTP_STATUS[report.outcome];
    ctx.body = { report, summary: describeRun(report) };
  },
};
