/** What a visitor chose on /kurser/, read from the address (src/lib/course-choices.ts). */
import { describe, expect, it } from 'vitest';
import { choiceParams, choiceRemovals, courseFilterOf, readCourseChoices } from '../src/lib/course-choices.js';

const TODAY = '2026-11-28';
const read = (query: string, offered = ['2026-12', '2027-02']) => readCourseChoices(new URLSearchParams(query), offered, TODAY);

describe('readCourseChoices', () => {
  it('takes known values and reports nothing rejected', () => {
    const { chosen, rejected } = read('region=SKANE&start=2027-02&sok=  svets  ');
    expect(chosen).toMatchObject({ region: 'SKANE', month: '2027-02', search: 'svets', theme: null, mode: null });
    expect(rejected).toEqual([]);
  });

  it('names each value it could not use, in Swedish, and keeps the others', () => {
    const { chosen, rejected } = read('region=skane&start=2025-13&form=DISTANCE');
    expect(chosen.region).toBeNull();
    expect(chosen.month).toBeNull();
    expect(rejected).toEqual([
      { field: 'Region', reason: '”skane” finns inte bland valen' },
      { field: 'Startmånad', reason: '”2025-13” är ingen månad (skriv till exempel 2027-03)' },
    ]);
  });

  it('tells a month that has passed from one without courses', () => {
    expect(read('start=2026-01').rejected[0]?.reason).toMatch(/har redan varit$/);
    expect(read('start=2027-05').rejected[0]?.reason).toMatch(/^inga kurser startar i /);
  });
});

describe('the choices as addresses and as the API filter', () => {
  const { chosen } = read('region=BLEKINGE&start=2027-02&sok=lean');

  it('filters upcoming courses in the chosen month', () =>
    expect(courseFilterOf(chosen, TODAY)).toEqual({
      region: 'BLEKINGE',
      theme: null,
      mode: null,
      startsFrom: '2027-02-01',
      startsUntil: '2027-02-28',
      search: 'lean',
    }));

  it('never asks for courses that have started, whatever the month', () =>
    expect(courseFilterOf(read('start=2026-11', ['2026-11']).chosen, TODAY).startsFrom).toBe(TODAY));

  it('writes the choices back as the list’s query, and drops one at a time', () => {
    expect(choiceParams(chosen).toString()).toBe('sok=lean&region=BLEKINGE&start=2027-02');
    expect(choiceRemovals(chosen).map((removal) => removal.href)).toEqual([
      '/kurser/?region=BLEKINGE&start=2027-02',
      '/kurser/?sok=lean&start=2027-02',
      '/kurser/?sok=lean&region=BLEKINGE',
    ]);
  });
});
