import { ValidationError } from '../validation/errors';
import { isoDate } from '@spik/shared';
import { SOURCE_FIELDS, SYNC_ONLY_FIELDS, isCourseSync } from './context';

type Data = Record<string, unknown>;

const LABELS: Record<string, string> = {
  title: 'Kursnamn',
  provider: 'Utbildningsanordnare',
  yhPoints: 'YH-poäng',
  pace: 'Studietakt',
  mode: 'Studieform',
  municipalityCode: 'Kommunkod',
  region: 'Region',
  town: 'Ort',
  startDate: 'Kursstart',
  endDate: 'Kursslut',
  applicationDeadline: 'Sista ansökningsdag',
  applyUrl: 'Länk till ansökan',
  description: 'Beskrivning',
  source: 'Källa',
  susaEventId: 'Susa-navet: utbildningstillfälle',
};

/** A value as the database and a form would both write it, so an untouched field compares equal. */
function canonical(field: string, value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (field === 'startDate' || field === 'endDate' || field === 'applicationDeadline') return isoDate(value);
  if (field === 'description') return JSON.stringify(typeof value === 'string' ? JSON.parse(value) : value);
  return String(value);
}
const same = (field: string, a: unknown, b: unknown) => canonical(field, a) === canonical(field, b);

/**
 * Refuses an editor's change to what Skolverket owns on an imported course, naming the fields, so
 * an edit is never silently overwritten by the next night's sync. The sync itself may write them.
 */
export function checkSourceFields(stored: Data | null, incoming: Data): void {
  if (isCourseSync()) return;
  const changed: string[] = [];
  for (const field of SYNC_ONLY_FIELDS) {
    if (field in incoming && !same(field, incoming[field], stored?.[field] ?? (field === 'source' ? 'redaktion' : null))) changed.push(field);
  }
  if (stored?.source === 'skolverket') {
    for (const field of SOURCE_FIELDS) if (field in incoming && !same(field, incoming[field], stored[field])) changed.push(field);
  }
  if (changed.length) {
    const names = [...new Set(changed)].map((field) => LABELS[field] ?? field).join(', ');
    throw new ValidationError(
      `Kursen kommer från Skolverket (Susa-navet) och uppdateras av synken varje natt, så ${names} kan inte ändras här. Ni kan dölja kursen, markera den ”SPIK tipsar”, lägga till teman och skriva en introduktion.`,
    );
  }
}
