import { editorialProblems, phoneE164, phoneMessage, type RuleProblem, COURSE_UID } from '@spik/shared';
import { ValidationError } from './errors';

/**
 * The server's side of the editorial rules in `@spik/shared`: a save that breaks one is refused
 * with the first problem's Swedish message, and every problem's field path in the details, so the
 * admin marks each field that is wrong.
 */
export function refuse(problems: readonly RuleProblem[]): void {
  if (!problems.length) return;
  throw new ValidationError(problems[0]!.message, {
    errors: problems.map((problem) => ({ path: problem.path.map(String), message: problem.message, name: 'ValidationError' })),
  });
}

/** Refuses an entry of content type `uid` that breaks an editorial rule. */
export function checkEditorialRules(uid: string, values: Record<string, unknown>): void {
  refuse(editorialProblems(uid, values));
}

/** Cross-field rules for a course; `data` is the stored entry merged with the incoming change. */
export function validateCourse(data: Record<string, unknown>): void {
  checkEditorialRules(COURSE_UID, data);
}

/** A phone number as E.164, or a refusal in Swedish. */
export function toE164(input: string): string {
  const e164 = phoneE164(input);
  if (!e164)
    throw new ValidationError(phoneMessage(input.trim()), { errors: [{ path: ['phone'], message: phoneMessage(input.trim()), name: 'ValidationError' }] });
  return e164;
}

type Block = { type?: string; text?: string; children?: Block[] };

/** All text in a blocks value (Strapi's rich text), however deeply nested. */
export function blocksText(value: unknown): string {
  let blocks: unknown = value;
  if (typeof blocks === 'string') {
    try {
      blocks = JSON.parse(blocks);
    } catch {
      return blocks as string;
    }
  }
  if (!Array.isArray(blocks)) return '';
  const parts: string[] = [];
  const walk = (nodes: Block[]) => {
    for (const node of nodes) {
      if (typeof node?.text === 'string') parts.push(node.text);
      if (Array.isArray(node?.children)) walk(node.children);
    }
  };
  walk(blocks as Block[]);
  return parts.join(' ');
}

export const WORDS_PER_MINUTE = 200;

/** Reading time in whole minutes at about 200 words a minute, never below 1. */
export function readingMinutes(lead: unknown, body: unknown): number {
  const text = `${typeof lead === 'string' ? lead : ''} ${blocksText(body)}`;
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
