import { dayNumber } from './dimensions.js';

export interface ProjectSpan {
  start: string;
  end: string;
}

export interface Month {
  /** "2025-03". */
  label: string;
  start: string;
  end: string;
  startDay: number;
  endDay: number;
}

/** The calendar months of the project period, in order. */
export function monthsOf(span: ProjectSpan): Month[] {
  const months: Month[] = [];
  for (let date = new Date(`${span.start.slice(0, 7)}-01T00:00:00Z`); date.toISOString().slice(0, 10) <= span.end; date.setUTCMonth(date.getUTCMonth() + 1)) {
    const start = date.toISOString().slice(0, 10);
    const end = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    months.push({ label: start.slice(0, 7), start, end, startDay: dayNumber(start), endDay: dayNumber(end) });
  }
  return months;
}

/** Month index of every day number from the project start (−1 before it, last month after it). */
export function monthOfDay(months: Month[]): (day: number) => number {
  const first = months[0]!.startDay;
  const table = new Int16Array(months.at(-1)!.endDay - first + 1);
  months.forEach((month, i) => table.fill(i, month.startDay - first, month.endDay - first + 1));
  return (day) => (day < first ? -1 : day - first >= table.length ? months.length - 1 : table[day - first]!);
}

export const quarterLabel = (month: Month): string => `${month.start.slice(0, 4)}-Q${Math.floor((Number(month.start.slice(5, 7)) - 1) / 3) + 1}`;
