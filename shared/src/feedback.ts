/**
 * A visitor's feedback on the site's accessibility (the form on /tillganglighet): what the API
 * accepts, and the Swedish reason when it does not. The site sizes its fields from the same limits.
 */
import { isEmailAddress } from './editorial/accessibility.js';

export const FEEDBACK_LIMITS = { messageMin: 5, messageMax: 4000, replyEmailMax: 254, pageMax: 200 } as const;

export type FeedbackValues = { message: string; replyEmail?: string | null; page?: string | null };
export type FeedbackField = keyof FeedbackValues;
export type FeedbackProblem = { field: FeedbackField; code: string; message: string };

// Control characters other than tab and line breaks never belong in a message (and could hide text).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (value: string | null | undefined) => (value ?? '').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
const count = (value: number) => value.toLocaleString('sv-SE');

/** The input as it will be stored (trimmed, without control characters, empty optional fields as null), or what is wrong with it. */
export function checkFeedback(input: FeedbackValues): {
  value: Required<{ [K in FeedbackField]: K extends 'message' ? string : string | null }>;
  problems: FeedbackProblem[];
} {
  const message = clean(input.message);
  const replyEmail = clean(input.replyEmail) || null;
  const page = clean(input.page) || null;
  const problems: FeedbackProblem[] = [];
  const { messageMin, messageMax, replyEmailMax, pageMax } = FEEDBACK_LIMITS;
  if ([...message].length < messageMin) {
    problems.push({ field: 'message', code: 'TOO_SHORT', message: `Skriv vad som inte fungerar, med minst ${messageMin} tecken.` });
  } else if ([...message].length > messageMax) {
    problems.push({
      field: 'message',
      code: 'TOO_LONG',
      message: `Meddelandet är för långt: högst ${count(messageMax)} tecken, nu ${count([...message].length)}.`,
    });
  }
  if (replyEmail !== null && (replyEmail.length > replyEmailMax || !isEmailAddress(replyEmail))) {
    problems.push({
      field: 'replyEmail',
      code: 'INVALID_EMAIL',
      message: `"${replyEmail.slice(0, 60)}" är inte en e-postadress. Skriv den som namn@exempel.se, eller lämna fältet tomt.`,
    });
  }
  if (page !== null && [...page].length > pageMax) {
    problems.push({ field: 'page', code: 'TOO_LONG', message: `Sidan du anger får vara högst ${pageMax} tecken, nu ${[...page].length}.` });
  }
  return { value: { message, replyEmail, page }, problems };
}
