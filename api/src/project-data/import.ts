/**
 * CSV import of companies, participants, activities and enrolments (CLI and POST /import/:kind).
 *
 * - The columns are the fields of the entity's descriptor: each has its English name (the GraphQL
 *   input field) and Swedish aliases, matched ignoring case, surrounding space, inner spaces, "-"
 *   and "_" (csv-sheet.ts reads the file).
 * - Every row goes through the same checks as the mutations. Any bad row stops the import: the
 *   report names each bad row (file line, header = line 1), column and reason, and nothing is written.
 * - A good file is written through `write()`, in one transaction, as batched INSERT … ON CONFLICT
 *   upserts on the natural key, so re-importing the same file changes nothing and never duplicates.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { recordAudit } from '../audit/audit.js';
import { type DataVersion, noteChange } from '../db/data-version.js';
import type { FieldError } from '../errors/graphql-errors.js';
import { assertOpenForWrites } from './closed-after-end.js';
import { type ImportProblem, type Sheet, decode, readSheet } from './csv-sheet.js';
import { activity } from './descriptors/activity.js';
import { company } from './descriptors/company.js';
import { type AnyDescriptor, type Row, checkRow, needsOf } from './descriptors/descriptor.js';
import { enrolment } from './descriptors/enrolment.js';
import { participant } from './descriptors/participant.js';
import { type Parse, fold } from './fields/csv-values.js';
import { isRequired, readerOf } from './fields/field.js';
import { References } from './fields/references.js';
import { write } from './write.js';
import { upsert } from './upsert.js';

export type { ImportProblem } from './csv-sheet.js';

const IMPORTS = { companies: company, participants: participant, activities: activity, enrolments: enrolment } as Record<string, AnyDescriptor>;
export const IMPORT_KINDS = ['companies', 'participants', 'activities', 'enrolments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const KIND_ALIASES: Record<string, ImportKind> = {
  companies: 'companies',
  company: 'companies',
  foretag: 'companies',
  företag: 'companies',
  participants: 'participants',
  participant: 'participants',
  deltagare: 'participants',
  activities: 'activities',
  activity: 'activities',
  aktiviteter: 'activities',
  enrolments: 'enrolments',
  enrolment: 'enrolments',
  enrollments: 'enrolments',
  deltaganden: 'enrolments',
};

/** `companies`, `företag`, `Deltagare` … → the kind; null when it is none of them. */
export function parseImportKind(value: string): ImportKind | null {
  return KIND_ALIASES[value.trim().toLocaleLowerCase('sv')] ?? null;
}

export interface ImportReport {
  kind: ImportKind;
  ok: boolean;
  /** Swedish summary. */
  message: string;
  /** Data rows in the file (the header not counted). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** All problems; `errors` lists at most MAX_LISTED of them. */
  errorCount: number;
  errors: ImportProblem[];
}

export const MAX_LISTED = 1000;

export interface ImportOptions {
  /** Who imports: the API key's name, or the CLI user. Goes to the audit log. */
  actor: string;
  /** Bumped after a committed import. */
  dataVersion?: DataVersion;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** After the project's end: the reason staff give for correcting (closed-after-end.ts). */
  correction?: string | null;
}

interface Column {
  field: string;
  aliases: string[];
  required: boolean;
  parse: Parse;
}

const columnsOf = (d: AnyDescriptor): Column[] =>
  Object.entries(d.input.fields).map(([field, f]) => ({ field, aliases: [field, ...(f.csv ?? [])], required: isRequired(f), parse: readerOf(f) }));

function failed(kind: ImportKind, rows: number, problems: ImportProblem[]): ImportReport {
  const badLines = new Set(problems.map((p) => p.line)).size;
  return {
    kind,
    ok: false,
    message: `Importen avbröts: ${problems.length} fel${rows ? ` på ${badLines} ${badLines === 1 ? 'rad' : 'rader'}` : ''}. Inget har sparats.`,
    rows,
    created: 0,
    updated: 0,
    unchanged: 0,
    errorCount: problems.length,
    errors: problems.slice(0, MAX_LISTED),
  };
}

/** Header → the column each header names (null for none), and the problems: unknown, twice, missing. */
function mapHeaders(headers: string[], columns: Column[]) {
  const byAlias = new Map(columns.flatMap((c) => c.aliases.map((a) => [fold(a), c] as const)));
  const problems: ImportProblem[] = [];
  const seen = new Map<string, string>();
  const mapped = headers.map((header) => {
    const column = byAlias.get(fold(header));
    if (!column) {
      problems.push({
        line: 1,
        column: header,
        field: null,
        code: 'UNKNOWN_COLUMN',
        message: `Okänd kolumn ”${header}”. Tillåtna kolumner: ${columns.map((c) => c.field).join(', ')}.`,
      });
    } else if (seen.has(column.field)) {
      problems.push({
        line: 1,
        column: header,
        field: column.field,
        code: 'DUPLICATE_COLUMN',
        message: `Kolumnerna ”${seen.get(column.field)}” och ”${header}” avser samma uppgift (${column.field}).`,
      });
    } else {
      seen.set(column.field, header);
    }
    return column ?? null;
  });
  for (const column of columns.filter((c) => c.required && !seen.has(c.field))) {
    const aliases = column.aliases
      .slice(1)
      .map((a) => `”${a}”`)
      .join(' eller ');
    problems.push({
      line: 1,
      column: column.field,
      field: column.field,
      code: 'MISSING_COLUMN',
      message: `Kolumnen ”${column.field}” saknas (den kan också heta ${aliases}).`,
    });
  }
  return { mapped, seen, problems };
}

/** Cells → inputs, then the mutations' checks, with references resolved in bulk; a key twice in the file is a problem too. */
async function checkSheet(
  em: SqlEntityManager,
  d: AnyDescriptor,
  sheet: Sheet,
  mapped: (Column | null)[],
  problems: ImportProblem[],
  columnOf: (field: string) => string,
) {
  const toProblem = (line: number, e: FieldError): ImportProblem => ({ line, column: columnOf(e.field), field: e.field, code: e.code, message: e.message });
  const inputs = sheet.rows.map(({ line, cells }) => {
    const input = new d.input.Input() as Record<string, unknown>;
    cells.forEach((cell, i) => {
      const column = mapped[i];
      if (column && cell !== '') input[column.field] = column.parse(cell);
    });
    if (cells.length > sheet.headers.length && cells.slice(sheet.headers.length).some((c) => c !== '')) {
      problems.push({
        line,
        column: '',
        field: null,
        code: 'TOO_MANY_FIELDS',
        message: `Raden har ${cells.length} fält men rubrikraden bara ${sheet.headers.length}.`,
      });
    }
    return input;
  });
  const refs = await References.load(em, needsOf(d, inputs));
  const key = d.key!;
  const rows: Row[] = [];
  const firstLineOf = new Map<string, number>();
  inputs.forEach((input, i) => {
    const line = sheet.rows[i]!.line;
    const checked = checkRow(d, input, refs);
    if (!checked.ok) return void problems.push(...checked.errors.map((e) => toProblem(line, e)));
    const natural = key.fields.map((field) => String(checked.row[field])).join('\u0000');
    const first = firstLineOf.get(natural);
    if (first !== undefined)
      return void problems.push(
        toProblem(line, { field: key.fields.at(-1)!, code: 'DUPLICATE_IN_FILE', message: `Samma ${key.label} finns redan på rad ${first}.` }),
      );
    firstLineOf.set(natural, line);
    rows.push(checked.row);
  });
  return rows;
}

/** Validates the whole file, then writes all of it in one transaction, or nothing. */
export async function importCsv(baseEm: SqlEntityManager, kind: ImportKind, content: string | Uint8Array, options: ImportOptions): Promise<ImportReport> {
  // Refused before a byte is parsed when the project has ended and this is no correction; write() asks again.
  await assertOpenForWrites(baseEm.fork(), options.correction ?? null);
  const text = decode(content);
  if (text === null) {
    return failed(kind, 0, [
      {
        line: 1,
        column: '',
        field: null,
        code: 'NOT_UTF8',
        message: 'Filen är inte kodad som UTF-8. Spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel och försök igen.',
      },
    ]);
  }
  const sheet = readSheet(text);
  if (!('headers' in sheet)) return failed(kind, 0, [sheet]);

  const d = IMPORTS[kind]!;
  const { mapped, seen, problems } = mapHeaders(sheet.headers, columnsOf(d));
  if (problems.length) return failed(kind, sheet.rows.length, problems);
  const em = baseEm.fork();
  const rows = await checkSheet(em, d, sheet, mapped, problems, (field) => seen.get(field) ?? field);
  if (problems.length)
    return failed(
      kind,
      sheet.rows.length,
      problems.sort((a, b) => a.line - b.line),
    );

  const writer = { em, actor: { name: options.actor }, correction: options.correction ?? null, dataVersion: options.dataVersion };
  const { created, updated } = await write(writer, async (tx) => {
    const counts = await upsert(tx, d, rows, options.batchSize ?? 1000);
    const unchanged = rows.length - counts.created - counts.updated;
    recordAudit(tx, { actor: options.actor, action: 'import', entity: d.name, after: { kind, rows: rows.length, ...counts, unchanged } });
    // An import that changed rows reloads the indicator facts (it noted nothing); one that changed none patches nothing.
    if (unchanged === rows.length) noteChange(tx, {});
    return counts;
  });

  const unchanged = rows.length - created - updated;
  return {
    kind,
    ok: true,
    message: `Importen lyckades: ${rows.length} ${rows.length === 1 ? 'rad' : 'rader'}, varav ${created} nya, ${updated} ändrade och ${unchanged} oförändrade.`,
    rows: rows.length,
    created,
    updated,
    unchanged,
    errorCount: 0,
    errors: [],
  };
}
