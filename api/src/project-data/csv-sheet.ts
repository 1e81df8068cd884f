/**
 * Reading a CSV file into a header and rows: UTF-8 with or without BOM; comma, semicolon or tab
 * separated, detected from the header line (Swedish Excel writes semicolons).
 */
import { CsvError, parse } from 'csv-parse/sync';

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

export interface Sheet {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** Decodes bytes as UTF-8 (BOM or not); null when they are not UTF-8 (e.g. an old Excel "CSV" in Windows-1252). */
export function decode(content: string | Uint8Array): string | null {
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

export function readSheet(content: string): Sheet | ImportProblem {
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
      return {
        line,
        column: '',
        field: null,
        code: 'CSV_SYNTAX',
        message: `Filen kan inte läsas som CSV vid rad ${line}: ${csvReasons[error.code] ?? 'felaktig CSV-syntax'}.`,
      };
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
