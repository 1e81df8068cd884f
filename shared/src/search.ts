/**
 * Free-text search as visitors type it, in one place for the API and the site: Unicode case
 * folding in Swedish (Ä finds ä), every kind of dash as a hyphen, and word by word, so the words
 * may come in any order and need not stand together.
 */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const MAX_WORDS = 10;

/** Text folded for comparison; apply it to both the query and what is searched. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv-SE').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** The query's words, folded, without repeats (at most ten). */
export function searchWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(' ').filter(Boolean))].slice(0, MAX_WORDS);
}

/**
 * Whether a course (or any item) with this text and place matches the words. A word that names a
 * place (`isPlace`) may be matched by the item's place or by its text, and place words are
 * alternatives ("Lund Helsingborg" finds courses in either); every other word must be in the text.
 */
export function matchesSearch(text: string, words: string[], isPlace: (word: string) => boolean, inPlace: (word: string) => boolean): boolean {
  const folded = foldForSearch(text);
  const places = words.filter(isPlace);
  const others = words.filter((word) => !isPlace(word));
  return others.every((word) => folded.includes(word)) && (places.length === 0 || places.some((word) => inPlace(word) || folded.includes(word)));
}
