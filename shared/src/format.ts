/**
 * Swedish formatting for everything a visitor or editor reads. Always Intl with sv-SE, never
 * hand-built strings: "22,3 miljoner kronor", "5 december 2023", "1 500".
 */
const TIME_ZONE = 'Europe/Stockholm';

const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const compactLong = new Intl.NumberFormat('sv-SE', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A calendar date ("2023-12-05"), an ISO timestamp or a Date, as "5 december 2023". */
export function formatDate(value: string | Date): string {
  let date: Date;
  if (value instanceof Date) date = value;
  // A bare date is a calendar day; read it at noon UTC so no time zone can move it to another day.
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) date = new Date(`${value}T12:00:00Z`);
  else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) date = new Date(value);
  else date = new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: "${String(value)}"`);
  return longDate.format(date);
}

const clock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** An ISO timestamp as "1 december 2026 kl. 03.15", in Stockholm time. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a time: "${value}"`);
  return `${longDate.format(date)} kl. ${clock.format(date).replace(':', '.')}`;
}

/** 1500 → "1 500" (with the no-break space Swedish typography uses). */
export function formatNumber(value: number): string {
  return integer.format(value);
}

/** 22300000 → "22,3 miljoner kronor"; small amounts in full: 4500 → "4 500 kronor". */
export function formatSek(kronor: number): string {
  return `${Math.abs(kronor) >= 1_000_000 ? compactLong.format(kronor) : integer.format(kronor)} kronor`;
}

/** 1.75 → "1,8": one decimal, with the decimal comma. */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value);
}

/** 0.42 → "42 %". */
export function formatPercent(fraction: number): string {
  return percent.format(fraction);
}

/**
 * A phone number stored in E.164 (+46732345158) as Swedes write it: "073-234 51 58" for mobiles,
 * "042-37 70 83" for a three-digit area code. Other shapes are returned as stored.
 */
export function formatPhone(e164: string): string {
  const national = e164.startsWith('+46') ? `0${e164.slice(3)}` : e164;
  const mobile = /^(07\d)(\d{3})(\d{2})(\d{2})$/.exec(national);
  if (mobile) return `${mobile[1]}-${mobile[2]} ${mobile[3]} ${mobile[4]}`;
  const areaCode = /^(0[1-9]\d)(\d{2})(\d{2})(\d{2})$/.exec(national);
  if (areaCode) return `${areaCode[1]}-${areaCode[2]} ${areaCode[3]} ${areaCode[4]}`;
  return e164;
}
