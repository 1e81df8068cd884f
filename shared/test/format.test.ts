import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatNumber, formatPercent, formatPhone, formatSek } from '../src/format.js';

const NBSP = '\u00a0';

describe('Swedish formatting', () => {
  it('writes calendar dates the Swedish way, whatever the time zone', () => {
    expect(formatDate('2023-12-05')).toBe('5 december 2023');
    expect(formatDate('2024-01-01')).toBe('1 januari 2024');
    expect(formatDate('2026-12-31')).toBe('31 december 2026');
  });

  it('rejects what is not a date, naming it', () => {
    expect(() => formatDate('5/12')).toThrow('Not a date: "5/12"');
  });

  it('writes budgets in millions with a decimal comma', () => {
    expect(formatSek(22_300_000)).toBe('22,3 miljoner kronor');
    expect(formatSek(12_000_000)).toBe('12 miljoner kronor');
    expect(formatSek(4500)).toBe(`4${NBSP}500 kronor`);
  });

  it('groups thousands with a no-break space', () => {
    expect(formatNumber(1500)).toBe(`1${NBSP}500`);
    expect(formatPercent(0.425)).toBe(`43${NBSP}%`);
  });

  it('writes one decimal with a decimal comma', () => {
    expect(formatDecimal(1.75)).toBe('1,8');
    expect(formatDecimal(2)).toBe('2,0');
  });

  it('writes E.164 phone numbers the Swedish way', () => {
    expect(formatPhone('+46732345158')).toBe('073-234 51 58');
    expect(formatPhone('+4642377083')).toBe('042-37 70 83');
    expect(formatPhone('+4512345678')).toBe('+4512345678');
  });
});
