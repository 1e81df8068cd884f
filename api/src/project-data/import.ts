/**
 * CSV import of companies, participants, activities and enrolments (CLI and POST /import/:kind).
 *
 * - UTF-8 with or without BOM; comma, semicolon or tab separated, detected from the header line
 *   (Swedish Excel writes semicolons).
 * - Header names are matched ignoring case, surrounding space, inner spaces, "-" and "_"; each
 *   column has an English name (the GraphQL input field) and Swedish aliases, see `COLUMNS`.
 * - Every row goes through the same checks as the mutations (inputs.ts). Any bad row stops the
 *   import: the report names each bad row (file line, header = line 1), column and reason, and
 *   nothing is written.
 * - A good file is written in one transaction, as batched INSERT … ON CONFLICT upserts on the
 *   natural key, so re-importing the same file changes nothing and never duplicates.
 */
import type { SqlEntityManager } from '@mikro-orm/sql';
import { CsvError, parse } from 'csv-parse/sync';
import { recordAudit } from '../audit/audit.js';
import { assertOpenForWrites, markCorrection } from './closed-after-end.js';
import type { DataVersion } from '../db/data-version.js';
import type { FieldError } from '../errors/graphql-errors.js';
import { ActivityKind, EducationLevel, Gender, Region, SizeClass, Theme, labels } from './enums.js';
import {
  ActivityInput,
  type Checked,
  CompanyInput,
  EnrolmentInput,
  ParticipantInput,
  References,
  activityNeeds,
  checkActivity,
  checkCompany,
  checkEnrolment,
  checkParticipant,
  companyNeeds,
  enrolmentNeeds,
  participantNeeds,
} from './inputs.js';
import { municipalities } from './municipalities.js';
import { normaliseOrgNumber } from './org-number.js';

export const IMPORT_KINDS = ['companies', 'participants', 'activities', 'enrolments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const KIND_ALIASES: Record<string, ImportKind> = {
  companies: 'companies',
  company: 'companies',
  foretag: 'companies',
  'företag': 'companies',
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

export interface ImportProblem {
  /** 1-based line in the file; the header is line 1. */
  line: number;
  /** The column as its header is written in the file (or the expected name, when it is missing). */
  column: string;
  /** The input field the column maps to, when there is one. */
  field: string | null;
  code: string;
  /** Swedish. */
  message: string;
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

// ---------------------------------------------------------------------------------------------
// Columns

type Parse = (raw: string) => unknown;

interface Column {
  field: string;
  aliases: string[];
  required: boolean;
  parse: Parse;
}

const fold = (s: string): string => s.trim().toLocaleLowerCase('sv').replace(/[\s_\-–.]+/g, '');

const text: Parse = (raw) => raw;

// Anything that does not parse is passed on as it is, so the shared rules report it in their words.
const integer: Parse = (raw) => (/^[-+]?\d+$/.test(raw.replace(/[\s\u00a0]/g, '')) ? Number(raw.replace(/[\s\u00a0]/g, '')) : raw);

const decimal: Parse = (raw) => {
  const s = raw.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(s) ? Number(s) : raw;
};

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);
const bool: Parse = (raw) => (YES.has(fold(raw)) ? true : NO.has(fold(raw)) ? false : raw);

/** Accepts the API value (SKANE), its Swedish label (Skåne), the label without its parenthesis, or extra aliases. */
function oneOf(values: Record<string, string>, swedish: Record<string, string>, extra: Record<string, string> = {}): Parse {
  const lookup = new Map<string, string>();
  for (const value of Object.values(values)) {
    lookup.set(fold(value), value);
    const label = swedish[value];
    if (label) {
      lookup.set(fold(label), value);
      lookup.set(fold(label.replace(/\s*\(.*\)\s*$/, '')), value);
    }
  }
  for (const [alias, value] of Object.entries(extra)) lookup.set(fold(alias), value);
  return (raw) => lookup.get(fold(raw)) ?? raw;
}

const municipalityByName = new Map(Object.entries(municipalities).map(([code, m]) => [fold(m.name), code]));
const municipality: Parse = (raw) => municipalityByName.get(fold(raw)) ?? raw;

const col = (field: string, required: boolean, parse: Parse, ...aliases: string[]): Column => ({ field, required, parse, aliases: [field, ...aliases] });

export const COLUMNS: Record<ImportKind, Column[]> = {
  companies: [
    col('orgNumber', true, text, 'organisationsnummer', 'orgnr'),
    col('name', true, text, 'namn', 'företagsnamn', 'företag'),
    col('region', true, oneOf(Region, labels.Region), 'län'),
    col('municipalityCode', true, municipality, 'municipality', 'kommunkod', 'kommun'),
    col('sniCode', true, text, 'sni', 'snikod', 'branschkod'),
    col(
      'sizeClass',
      true,
      oneOf(SizeClass, labels.SizeClass, { mikro: 'MICRO', litet: 'SMALL', småföretag: 'SMALL', medelstort: 'MEDIUM' }),
      'storleksklass',
      'storlek',
    ),
    col('joinedOn', true, text, 'anslutningsdatum', 'ansluten'),
    col('responsiblePartner', true, text, 'ansvarigPartner', 'partner'),
  ],
  participants: [
    col('reference', true, text, 'referens', 'deltagarreferens'),
    col('companyOrgNumber', true, text, 'orgNumber', 'organisationsnummer', 'orgnr'),
    col('gender', true, oneOf(Gender, labels.Gender, { k: 'WOMAN', m: 'MAN' }), 'kön'),
    col('birthYear', true, integer, 'födelseår'),
    col(
      'education',
      true,
      oneOf(EducationLevel, labels.EducationLevel, { 'ISCED 0-2': 'ISCED_0_2', 'ISCED 3-4': 'ISCED_3_4', 'ISCED 5-8': 'ISCED_5_8' }),
      'utbildning',
      'utbildningsnivå',
    ),
    col('enrolledOn', true, text, 'inskrivningsdatum', 'inskriven', 'startdatum'),
    col('leftOn', false, text, 'avslutsdatum', 'avslutad', 'slutdatum'),
  ],
  activities: [
    col('code', true, text, 'kod', 'aktivitetskod'),
    col('title', true, text, 'titel', 'namn', 'benämning'),
    col('kind', true, oneOf(ActivityKind, labels.ActivityKind), 'typ', 'aktivitetstyp'),
    col('theme', true, oneOf(Theme, labels.Theme), 'tema'),
    col('provider', true, text, 'anordnare', 'utförare'),
    col('startsOn', true, text, 'startdatum', 'start'),
    col('endsOn', true, text, 'slutdatum', 'slut'),
    col('plannedHours', true, decimal, 'planeradeTimmar', 'timmar'),
    col('courseDocumentId', false, text, 'kursdokument', 'kursId'),
  ],
  enrolments: [
    col('participantReference', true, text, 'reference', 'referens', 'deltagarreferens', 'deltagare'),
    col('activityCode', true, text, 'code', 'aktivitetskod', 'kod', 'aktivitet'),
    col('hoursAttended', false, decimal, 'närvarotimmar', 'närvaro', 'timmar'),
    col('completed', false, bool, 'slutförd', 'genomförd', 'avklarad'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Per kind: input class, checks, natural key and the upsert

interface KindSpec<I extends object, R> {
  entity: string;
  make(): I;
  needs(inputs: I[]): Parameters<typeof References.load>[1];
  check(input: I, refs: References): Checked<R>;
  /** The natural key of a valid row, for duplicates within the file. */
  key(input: I): string;
  keyField: string;
  keyLabel: string;
  table: string;
  conflict: string[];
  columns: string[];
  values(row: R): unknown[];
}

const spec = <I extends object, R>(s: KindSpec<I, R>) => s;

const SPECS = {
  companies: spec({
    entity: 'Company',
    make: () => new CompanyInput(),
    needs: companyNeeds,
    check: checkCompany,
    key: (i) => normaliseOrgNumber(i.orgNumber) ?? i.orgNumber,
    keyField: 'orgNumber',
    keyLabel: 'organisationsnummer',
    table: 'company',
    conflict: ['org_number'],
    columns: ['org_number', 'name', 'region', 'municipality_code', 'sni_code', 'size_class', 'joined_on', 'responsible_partner_id', 'is_demo'],
    values: (r) => [r.orgNumber, r.name, r.region, r.municipalityCode, r.sniCode, r.sizeClass, r.joinedOn, r.responsiblePartnerId, false],
  }),
  participants: spec({
    entity: 'Participant',
    make: () => new ParticipantInput(),
    needs: participantNeeds,
    check: checkParticipant,
    key: (i) => i.reference,
    keyField: 'reference',
    keyLabel: 'referens',
    table: 'participant',
    conflict: ['reference'],
    columns: ['reference', 'company_id', 'gender', 'birth_year', 'education', 'enrolled_on', 'left_on', 'is_demo'],
    values: (r) => [r.reference, r.companyId, r.gender, r.birthYear, r.education, r.enrolledOn, r.leftOn, false],
  }),
  activities: spec({
    entity: 'Activity',
    make: () => new ActivityInput(),
    needs: activityNeeds,
    check: checkActivity,
    key: (i) => i.code,
    keyField: 'code',
    keyLabel: 'aktivitetskod',
    table: 'activity',
    conflict: ['code'],
    columns: ['code', 'title', 'kind', 'theme', 'provider_id', 'starts_on', 'ends_on', 'planned_hours', 'course_document_id', 'is_demo'],
    values: (r) => [r.code, r.title, r.kind, r.theme, r.providerId, r.startsOn, r.endsOn, r.plannedHours, r.courseDocumentId, false],
  }),
  enrolments: spec({
    entity: 'Enrolment',
    make: () => new EnrolmentInput(),
    needs: enrolmentNeeds,
    check: checkEnrolment,
    key: (i) => `${i.participantReference}\u0000${i.activityCode}`,
    keyField: 'activityCode',
    keyLabel: 'kombination av deltagarreferens och aktivitetskod',
    table: 'enrolment',
    conflict: ['participant_id', 'activity_id'],
    columns: ['participant_id', 'activity_id', 'hours_attended', 'completed'],
    values: (r) => [r.participantId, r.activityId, r.hoursAttended, r.completed],
  }),
};

// ---------------------------------------------------------------------------------------------
// Reading the file

interface Sheet {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** Decodes bytes as UTF-8 (BOM or not); null when they are not UTF-8 (e.g. an old Excel "CSV" in Windows-1252). */
function decode(content: string | Uint8Array): string | null {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return null;
  }
}

function detectDelimiter(headerLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, headerLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

const csvReasons: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'ett citattecken (") avslutas aldrig',
  CSV_INVALID_CLOSING_QUOTE: 'ett citattecken (") följs av andra tecken än avgränsaren',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'ett citattecken (") följs av andra tecken än avgränsaren',
};

function readSheet(content: string): Sheet | ImportProblem {
  const normalised = content.replace(/\r\n?/g, '\n');
  const firstLine = normalised.slice(0, normalised.indexOf('\n') === -1 ? undefined : normalised.indexOf('\n'));
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(normalised, {
      delimiter: detectDelimiter(firstLine),
      record_delimiter: '\n',
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = Number((error as CsvError & { lines?: number }).lines ?? 0);
      return { line, column: '', field: null, code: 'CSV_SYNTAX', message: `Filen kan inte läsas som CSV vid rad ${line}: ${csvReasons[error.code] ?? 'felaktig CSV-syntax'}.` };
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header) return { line: 1, column: '', field: null, code: 'EMPTY_FILE', message: 'Filen är tom: den första raden ska vara en rubrikrad med kolumnnamn.' };
  // `info.lines` is the line a record ends on; a quoted value may span lines, so count back to its first.
  const startLine = (r: { record: string[]; info: { lines: number } }) => r.info.lines - r.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  return {
    headers: header.record,
    rows: data.filter((r) => r.record.some((cell) => cell !== '')).map((r) => ({ line: startLine(r), cells: r.record })),
  };
}

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportOptions {
  /** Who imports: the API key's name, or the CLI user. Goes to the audit log. */
  actor: string;
  /** Bumped after a committed import that changed something. */
  dataVersion?: DataVersion;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** After the project's end: the reason staff give for correcting (closed-after-end.ts). */
  correction?: string | null;
}

function report(kind: ImportKind, rows: number, problems: ImportProblem[]): ImportReport {
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

/** Validates the whole file, then writes all of it in one transaction, or nothing. */
export async function importCsv(baseEm: SqlEntityManager, kind: ImportKind, content: string | Uint8Array, options: ImportOptions): Promise<ImportReport> {
  // Throws ProjectEndedError before a byte is parsed when the project has ended and this is no correction.
  const correction = await assertOpenForWrites(baseEm.fork(), options.correction ?? null);
  const text = decode(content);
  if (text === null) {
    return report(kind, 0, [
      { line: 1, column: '', field: null, code: 'NOT_UTF8', message: 'Filen är inte kodad som UTF-8. Spara den som ”CSV UTF-8 (kommaavgränsad)” i Excel och försök igen.' },
    ]);
  }
  const sheet = readSheet(text);
  if (!('headers' in sheet)) return report(kind, 0, [sheet]);

  // Header → columns.
  const columns = COLUMNS[kind];
  const byAlias = new Map(columns.flatMap((c) => c.aliases.map((a) => [fold(a), c] as const)));
  const mapped: (Column | null)[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, string>();
  sheet.headers.forEach((header) => {
    const column = byAlias.get(fold(header));
    if (!column) {
      problems.push({ line: 1, column: header, field: null, code: 'UNKNOWN_COLUMN', message: `Okänd kolumn ”${header}”. Tillåtna kolumner: ${columns.map((c) => c.field).join(', ')}.` });
    } else if (seen.has(column.field)) {
      problems.push({ line: 1, column: header, field: column.field, code: 'DUPLICATE_COLUMN', message: `Kolumnerna ”${seen.get(column.field)}” och ”${header}” avser samma uppgift (${column.field}).` });
    } else {
      seen.set(column.field, header);
    }
    mapped.push(column ?? null);
  });
  for (const column of columns) {
    if (column.required && !seen.has(column.field)) {
      problems.push({
        line: 1,
        column: column.field,
        field: column.field,
        code: 'MISSING_COLUMN',
        message: `Kolumnen ”${column.field}” saknas (den kan också heta ${column.aliases.slice(1).map((a) => `”${a}”`).join(' eller ')}).`,
      });
    }
  }
  if (problems.length) return report(kind, sheet.rows.length, problems);

  const s = SPECS[kind] as unknown as KindSpec<object, unknown>;
  const columnOf = (field: string) => seen.get(field) ?? field;
  const toProblem = (line: number, e: FieldError): ImportProblem => ({ line, column: columnOf(e.field), field: e.field, code: e.code, message: e.message });

  // Pass 1: cells → inputs.
  const inputs = sheet.rows.map(({ line, cells }) => {
    const input = s.make() as Record<string, unknown>;
    cells.forEach((cell, i) => {
      const column = mapped[i];
      if (column && cell !== '') input[column.field] = column.parse(cell);
    });
    if (cells.length > sheet.headers.length && cells.slice(sheet.headers.length).some((c) => c !== '')) {
      problems.push({ line, column: '', field: null, code: 'TOO_MANY_FIELDS', message: `Raden har ${cells.length} fält men rubrikraden bara ${sheet.headers.length}.` });
    }
    return input as object;
  });

  // Pass 2: shared checks, with references resolved in bulk.
  const em = baseEm.fork();
  const refs = await References.load(em, s.needs(inputs));
  const rows: unknown[] = [];
  const firstLineOf = new Map<string, number>();
  inputs.forEach((input, i) => {
    const line = sheet.rows[i]!.line;
    const checked = s.check(input, refs);
    if (!checked.ok) {
      problems.push(...checked.errors.map((e) => toProblem(line, e)));
      return;
    }
    const key = s.key(input);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.push(toProblem(line, { field: s.keyField, code: 'DUPLICATE_IN_FILE', message: `Samma ${s.keyLabel} finns redan på rad ${first}.` }));
      return;
    }
    firstLineOf.set(key, line);
    rows.push(checked.row);
  });
  if (problems.length) return report(kind, sheet.rows.length, problems.sort((a, b) => a.line - b.line));

  // Write: batched upserts in one transaction. The WHERE leaves identical rows alone, so they are
  // neither counted as updated nor rewritten; `xmax = 0` tells a fresh insert from an update.
  const batchSize = options.batchSize ?? 1000;
  const updatable = s.columns.filter((c) => !s.conflict.includes(c));
  const head = `insert into ${s.table} as t (${s.columns.join(', ')}) values `;
  const tail =
    ` on conflict (${s.conflict.join(', ')}) do update set ${updatable.map((c) => `${c} = excluded.${c}`).join(', ')}` +
    ` where (${updatable.map((c) => `t.${c}`).join(', ')}) is distinct from (${updatable.map((c) => `excluded.${c}`).join(', ')})` +
    ' returning (xmax = 0) as created';
  const tuple = `(${s.columns.map(() => '?').join(', ')})`;
  let created = 0;
  let updated = 0;
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const result = await tx.execute<{ created: boolean }[]>(head + batch.map(() => tuple).join(', ') + tail, batch.flatMap((r) => s.values(r)));
      for (const r of result) {
        if (r.created) created++;
        else updated++;
      }
    }
    recordAudit(tx, {
      actor: options.actor,
      action: 'import',
      entity: s.entity,
      after: { kind, rows: rows.length, created, updated, unchanged: rows.length - created - updated },
    });
    if (correction) markCorrection(tx, correction);
  });
  if (created + updated > 0) options.dataVersion?.bump();

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
