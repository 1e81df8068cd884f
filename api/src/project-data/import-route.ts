import { errorReply } from '../errors/error-reply.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accessDenied, hasAccess } from '../auth/actor.js';
import { Role } from '../auth/api-key.entity.js';
import type { DataVersion } from '../db/data-version.js';
import type { Database } from '../db/orm.js';
import { CORRECTION_HEADER, ProjectEndedError, correctionOf } from './closed-after-end.js';
import { IMPORT_KINDS, importCsv, parseImportKind } from './import.js';

export interface ImportRouteDeps {
  db: Database;
  dataVersion: DataVersion;
}

/** 100 000 participant rows are about 6 MB; leave room for long titles and wide exports. */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];

const failure = (message: string, code: string) => errorReply(code, message);

/**
 * POST /import/:kind with the CSV file as the raw body (Content-Type: text/csv), staff key only.
 * Answers 200 with the report when everything was imported, 422 with the same report (listing
 * every bad row) when nothing was. The same report the CLI prints.
 */
export function registerImportRoute(app: FastifyInstance, { db, dataVersion }: ImportRouteDeps): void {
  // An encapsulated plugin, so the CSV body parser applies to this route only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));

    // Fastify's own errors (wrong content type, too large) are English and may carry details; say it in Swedish.
    scope.setErrorHandler((error: { code?: string; statusCode?: number }, request, reply) => {
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return reply.code(415).send(failure('Skicka CSV-filen med Content-Type: text/csv.', 'UNSUPPORTED_MEDIA_TYPE'));
      }
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reply.code(413).send(failure(`Filen är för stor: högst ${IMPORT_BODY_LIMIT / 1024 / 1024} MB per import.`, 'PAYLOAD_TOO_LARGE'));
      }
      // Name and code only: a driver error's message quotes SQL with the rows' (personal) values.
      request.log.error({ name: (error as Error).name, code: error.code }, 'CSV import failed');
      return reply.code(500).send(failure('Importen misslyckades på grund av ett internt fel. Inget har sparats.', 'INTERNAL_SERVER_ERROR'));
    });

    // Checked before the body is read: nobody without a staff key gets to send us 64 MB.
    const staffOnly = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.actor.access === 'ANONYMOUS') {
        return reply
          .code(401)
          .header('www-authenticate', 'Bearer realm="spik"')
          .send(failure('Import requires a staff API key. Import kräver en API-nyckel med personalbehörighet.', 'UNAUTHENTICATED'));
      }
      if (!hasAccess(request.actor, Role.STAFF)) {
        const denied = accessDenied('Import', Role.STAFF);
        return reply.code(403).send(errorReply('FORBIDDEN', denied.message, denied.extensions));
      }
    };

    scope.post<{ Params: { kind: string } }>('/import/:kind', { bodyLimit: IMPORT_BODY_LIMIT, onRequest: staffOnly }, async (request, reply) => {
      const kind = parseImportKind(request.params.kind);
      if (!kind) {
        return reply.code(404).send(failure(`Okänd importtyp ”${request.params.kind}”. Välj en av: ${IMPORT_KINDS.join(', ')}.`, 'UNKNOWN_IMPORT_KIND'));
      }
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        return reply.code(400).send(failure('Skicka CSV-filen som anropets kropp med Content-Type: text/csv.', 'MISSING_FILE'));
      }
      try {
        const report = await importCsv(db.em, kind, request.body, {
          actor: request.actor.name,
          dataVersion,
          correction: correctionOf(request.headers[CORRECTION_HEADER]),
        });
        return reply.code(report.ok ? 200 : 422).send(report);
      } catch (error) {
        if (!(error instanceof ProjectEndedError)) throw error;
        return reply.code(409).send(errorReply('PROJECT_ENDED', error.message, error.extensions));
      }
    });
  });
}
