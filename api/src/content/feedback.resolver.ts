import { checkFeedback } from '@spik/shared';
import { Allow } from 'class-validator';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { ApiContext } from '../graphql/context.js';
import { InputValidationError } from '../errors/graphql-errors.js';
import { FEEDBACK_RATE } from '../guard/feedback-limit.js';
import { assertOpenForWrites } from '../project-data/closed-after-end.js';

/** Checked whole by checkFeedback (Swedish, per field); `@Allow` only lets class-validator know the fields. */
@InputType({ description: "A visitor's feedback on the site's accessibility." })
export class FeedbackInput {
  @Field(() => String, { description: 'What does not work, in the visitor’s words (5–4 000 characters).' }) @Allow() message!: string;

  @Field(() => String, { nullable: true, description: 'Where to reply, if the visitor wants a reply.' }) @Allow() replyEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'The page or part of the site it concerns (at most 200 characters).' }) @Allow() page?: string | null;
}

@ObjectType({ description: 'The receipt for a stored feedback message.' })
export class FeedbackReceipt {
  @Field(() => Boolean, { description: 'Always true: a message that is not stored is an error instead.' }) received!: boolean;
}

/**
 * The one write open to anyone (decision 0034): a feedback message, stored in the CMS for the
 * editors. Checked whole before anything is sent, and limited per visitor (guard/feedback-limit.ts).
 */
@Resolver()
export class FeedbackResolver {
  @Mutation(() => FeedbackReceipt, {
    description: 'Sends feedback on the site’s accessibility to the editors. Open to anyone; a few messages an hour per visitor.',
  })
  async sendFeedback(
    @Ctx() ctx: ApiContext,
    @Arg('input', () => FeedbackInput, { description: 'The message, and optionally where to reply and which page it concerns.' }) input: FeedbackInput,
  ): Promise<FeedbackReceipt> {
    // After the project's end nobody is there to read it (decision 0036); no correction opens this door.
    await assertOpenForWrites(ctx.em, null);
    const { value, problems } = checkFeedback(input);
    if (problems.length) throw new InputValidationError(problems.map(({ field, code, message }) => ({ field, code, message })));
    const wait = await ctx.feedbackLimit.take(ctx.visitor);
    if (wait !== null) {
      const minutes = Math.ceil(wait / 60);
      throw new GraphQLError(
        `Du har skickat många meddelanden på kort tid (högst ${FEEDBACK_RATE.perVisitor.points} i timmen). Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}, eller skicka e-post.`,
        { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait } },
      );
    }
    await ctx.content.sendFeedback(value);
    return { received: true };
  }
}
