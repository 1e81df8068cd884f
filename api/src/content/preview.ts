import { createHmac, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ArgsType, Field, Int } from 'type-graphql';

/** The parts of a signed preview link, as the site passes them on. */
@ArgsType()
export class PreviewLinkArgs {
  @Field(() => String, { description: 'Document id from the preview link.' }) documentId!: string;

  @Field(() => String, { description: 'Locale from the preview link.' }) locale!: string;

  @Field(() => Int, { description: 'Expiry (Unix seconds) from the preview link.' }) expires!: number;

  @Field(() => String, { description: 'Signature from the preview link.' }) signature!: string;
}

/**
 * Editors' preview links are signed by the CMS (cms/src/preview.ts) with PREVIEW_SECRET over
 * "type:documentId:locale:expires" and expire after an hour. Only a valid, unexpired signature
 * unlocks a draft; the public cannot forge one.
 */
export function verifyPreview(
  secret: string | undefined,
  type: string,
  documentId: string,
  locale: string,
  expires: number,
  signature: string,
  now = Date.now(),
): void {
  const refuse = (message: string) => {
    throw new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
  };
  if (!secret) refuse('Previews are not enabled on this server.');
  if (!Number.isInteger(expires) || expires * 1000 < now) refuse('The preview link has expired; open the preview from the CMS again. Länken har gått ut.');
  const expected = createHmac('sha256', secret!).update(`${type}:${documentId}:${locale}:${expires}`).digest();
  const given = Buffer.from(signature, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) refuse('The preview link is not valid. Ogiltig förhandsvisningslänk.');
}
