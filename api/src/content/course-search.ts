import { foldForSearch, matchesSearch, searchWords } from '@spik/shared';
import { municipalities } from '../project-data/municipalities.js';
import type { Course } from './course.js';

/** Municipality codes by folded name: "malmö" → 1280. */
const PLACES = new Map(Object.entries(municipalities).map(([code, { name }]) => [foldForSearch(name), code]));

/**
 * The courses that match a visitor's free text (shared/src/search.ts): every word in the title,
 * the provider or the place, in any case and order; municipality names are alternatives.
 */
export function searchCourses(courses: Course[], query: string): Course[] {
  const words = searchWords(query);
  if (!words.length) return courses;
  const isPlace = (word: string) => PLACES.has(word);
  return courses.filter((course) =>
    matchesSearch(
      `${course.title} ${course.provider} ${course.town} ${course.municipality} ${course.municipalityCode}`,
      words,
      isPlace,
      (word) => PLACES.get(word) === course.municipalityCode,
    ),
  );
}
