/**
 * The contract between the site and the API about who a request is for. The site's servers send
 * the visitor they ask for in VISITOR_HEADER, so the API can limit one visitor's feedback
 * (api/src/guard/feedback-limit.ts); the API believes it only from the site's exempt addresses.
 */
export const VISITOR_HEADER = 'x-spik-visitor';
