import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '@spik/shared';
import { blocksText, readingMinutes, toE164, validateCourse } from '../src/validation/rules';

describe('phone numbers', () => {
  it.each([
    ['073-234 51 58', '+46732345158'],
    ['076-861 27 43', '+46768612743'],
    ['042-37 70 83', '+4642377083'],
    ['08-123 456 78', '+46812345678'],
    ['+46 (0)73 234 51 58', '+46732345158'],
    ['0046 73 234 51 58', '+46732345158'],
    ['+46732345158', '+46732345158'],
    ['+45 33 12 34 56', '+4533123456'],
  ])('normalises %s to %s', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each(['ring växeln', '123', '073-234 51 58 99 99', '+46 0732345158', '0046'])('refuses %s in Swedish', (input) => {
    expect(() => toE164(input)).toThrow(/kunde inte tolkas/);
  });
});

describe('reading time', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'ord').join(' ');
  it('counts lead and every text node of the body at 200 words a minute, at least 1', () => {
    expect(readingMinutes('', [])).toBe(1);
    expect(readingMinutes(words(100), [{ type: 'paragraph', children: [{ type: 'text', text: words(400) }] }])).toBe(3);
    const nested = [{ type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: words(300) }] }] }];
    expect(readingMinutes(words(100), nested)).toBe(2);
    expect(readingMinutes(undefined, JSON.stringify(nested))).toBe(2);
  });
  it('extracts text from blocks', () => {
    expect(
      blocksText([
        {
          type: 'heading',
          children: [
            { type: 'text', text: 'A' },
            { type: 'link', children: [{ type: 'text', text: 'B' }] },
          ],
        },
      ]),
    ).toBe('A B');
  });
});

describe('course rules', () => {
  const valid = { municipalityCode: '1280', region: 'skane', startDate: '2027-02-01', applicationDeadline: '2027-01-10', applyUrl: 'https://example.org/x' };

  it('knows the 38 municipalities of Skåne (12xx) and Blekinge (10xx)', () => {
    expect(MUNICIPALITIES).toHaveLength(38);
    expect(
      MUNICIPALITIES.filter((m) => m.county === 'blekinge')
        .map((m) => m.code)
        .sort(),
    ).toEqual(['1060', '1080', '1081', '1082', '1083']);
    for (const m of MUNICIPALITIES) expect(m.code.slice(0, 2)).toBe(m.county === 'skane' ? '12' : '10');
  });

  it('accepts a consistent course and a deadline on the start day', () => {
    expect(() => validateCourse(valid)).not.toThrow();
    expect(() => validateCourse({ ...valid, applicationDeadline: valid.startDate })).not.toThrow();
  });

  it('refuses inconsistent courses with Swedish messages', () => {
    expect(() => validateCourse({ ...valid, startDate: '2026-08-20', applicationDeadline: '2026-09-01' })).toThrow(
      'Sista ansökningsdag (2026-09-01) kan inte vara efter kursstart (2026-08-20).',
    );
    expect(() => validateCourse({ ...valid, region: 'blekinge' })).toThrow('Malmö (1280) ligger i Skåne, men regionen är satt till Blekinge.');
    expect(() => validateCourse({ ...valid, municipalityCode: '0180' })).toThrow(/Kommunkoden 0180/);
    expect(() => validateCourse({ ...valid, applyUrl: 'http://example.org' })).toThrow(/https:\/\//);
    expect(() => validateCourse({ ...valid, applyUrl: 'example.org' })).toThrow(/https:\/\//);
  });

  it('accepts dates as Date objects from the database', () => {
    expect(() => validateCourse({ ...valid, startDate: new Date('2026-08-20'), applicationDeadline: '2026-09-01' })).toThrow(/Sista ansökningsdag/);
  });
});
