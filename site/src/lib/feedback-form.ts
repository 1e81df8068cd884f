/**
 * The feedback form on /tillganglighet, posted without JavaScript: the site sends the message to
 * the API for the visitor (who is limited per address there, api/src/guard/feedback-limit.ts) and
 * answers with what happened, keeping the typed text whenever it was not stored.
 */
import { ApiRefusedError, ApiUnavailableError, query, SendFeedbackDocument } from './api';

export type FeedbackValues = { message: string; replyEmail: string; page: string };
export type FeedbackOutcome =
  | { kind: 'form'; values: FeedbackValues }
  | { kind: 'sent' }
  | { kind: 'refused'; status: number; summary: string; fields: Partial<Record<keyof FeedbackValues, string>>; values: FeedbackValues };

export const EMPTY_FEEDBACK: FeedbackValues = { message: '', replyEmail: '', page: '' };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  // Far beyond any limit: the API says how long is too long; this only bounds what is passed on.
  return typeof value === 'string' ? value.slice(0, 20_000) : '';
};

export async function sendFeedbackForm(request: Request, visitor: string): Promise<FeedbackOutcome> {
  let values = EMPTY_FEEDBACK;
  try {
    const form = await request.formData();
    values = { message: text(form, 'message'), replyEmail: text(form, 'replyEmail'), page: text(form, 'page') };
  } catch {
    return { kind: 'refused', status: 400, summary: 'Formuläret kom inte fram. Skriv ditt meddelande och skicka igen.', fields: {}, values };
  }
  try {
    await query(SendFeedbackDocument, { input: { message: values.message, replyEmail: values.replyEmail || null, page: values.page || null } }, { visitor });
    return { kind: 'sent' };
  } catch (error) {
    if (error instanceof ApiRefusedError && error.code === 'BAD_USER_INPUT' && error.fields.length) {
      const fields = Object.fromEntries(error.fields.map(({ field, message }) => [field, message]));
      return { kind: 'refused', status: 400, summary: 'Meddelandet skickades inte. Rätta det som står nedan och skicka igen.', fields, values };
    }
    if (error instanceof ApiRefusedError && error.code === 'RATE_LIMITED') return { kind: 'refused', status: 429, summary: error.message, fields: {}, values };
    if (!(error instanceof ApiUnavailableError || error instanceof ApiRefusedError)) throw error;
    console.error(error.message);
    return {
      kind: 'refused',
      status: 503,
      summary: 'Meddelandet kunde inte skickas just nu, eftersom vår tjänst inte svarar. Försök igen om en stund, eller skicka det med e-post.',
      fields: {},
      values,
    };
  }
}
