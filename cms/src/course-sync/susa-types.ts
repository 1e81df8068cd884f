/**
 * The parts of Skolverket's Susa-navet API (EMIL 3, OpenAPI 3.0.3 "Skolverket - Susa-navets öppna
 * API", version 3.0.2) that the sync reads. Names follow that description; everything else in an
 * answer is ignored. test/fixtures/susa/schema.json checks the test fixtures against the same subset.
 */
export interface LangString {
  strings?: { lang?: string; content?: string; value?: string }[];
}
export interface LangUrl {
  urls?: { lang?: string; value?: string }[];
}
export interface Address {
  areaCode?: string;
  town?: string;
}
export interface EducationEvent {
  identifier: string;
  education: string;
  providers: string[];
  lastEdited: string;
  expires: string;
  title?: LangString;
  url?: LangUrl;
  locations?: Address[];
  execution: { start?: string; end?: string };
  isCancelled?: boolean | null;
  paceOfStudy?: { percentage?: number };
  distance?: { noOfMandatorySessions?: number } | null;
  application?: { url?: LangUrl; last?: string };
}
export interface EducationInfo {
  identifier: string;
  lastEdited: string;
  title: LangString;
  description?: LangString;
  url?: LangUrl;
  configuration?: { code: string };
  subjects?: { type: string; code: string }[];
  credits?: { system: { code: string }; credits: number };
}
export interface EducationProvider {
  identifier: string;
  lastEdited: string;
  name: LangString;
  url?: LangUrl;
}
/** Each list item wraps its resource: `{ id, status, content }`. */
export interface Wrapped<T> {
  id?: string;
  status?: string;
  content?: T;
}
export interface PageMetadata {
  size?: number;
  totalElements?: number;
  totalPages?: number;
  pageNumber?: number;
}
