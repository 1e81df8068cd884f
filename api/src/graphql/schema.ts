import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/actor.js';
import { AccessibilityStatementResolver } from '../content/accessibility-statement.js';
import { CourseResolver } from '../content/course.resolver.js';
import { FeedbackResolver } from '../content/feedback.resolver.js';
import { NewsResolver } from '../content/news.resolver.js';
import { ContactResolver, OrganisationResolver } from '../content/organisation.resolver.js';
import { IndicatorsResolver } from '../indicators/indicators.resolver.js';
import { ProjectResolver } from '../project-data/project.resolver.js';
// Staff writes and the audit log (issue "Staff: writing data").
import { AuditResolver } from '../audit/audit.resolver.js';
import { writeResolvers } from '../project-data/writes.resolver.js';
import { ReportingResolver } from '../reporting/reporting.resolver.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ProjectResolver,
      NewsResolver,
      CourseResolver,
      OrganisationResolver,
      ContactResolver,
      AccessibilityStatementResolver,
      FeedbackResolver,
      IndicatorsResolver,
      /* staff writes: */ ...writeResolvers,
      AuditResolver,
      ReportingResolver,
    ],
    validate: { forbidUnknownValues: true },
    authChecker,
    emitSchemaFile: false,
  });
  // type-graphql has no option to describe the root types; set their descriptions on the built schema.
  const query = schema.getQueryType();
  if (query) query.description = 'Reads: news from the CMS; the project, its indicators and the audit log from the project data.';
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description = 'Staff writes to the project data, each with a staff key and recorded in the audit log; and sendFeedback, open to anyone.';
  return schema;
}

/** The SDL committed to shared/schema.graphql; sorted so diffs show real changes only. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
