import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/actor.js';
import { NewsResolver } from '../content/news.resolver.js';
import { IndicatorsResolver } from '../indicators/indicators.resolver.js';
import { ProjectResolver } from '../project-data/project.resolver.js';
// Staff writes and the audit log (issue "Staff: writing data").
import { AuditResolver } from '../audit/audit.resolver.js';
import { writeResolvers } from '../project-data/writes.resolver.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ProjectResolver, NewsResolver, IndicatorsResolver, /* staff writes: */ ...writeResolvers, AuditResolver],
    validate: { forbidUnknownValues: true },
    authChecker,
    emitSchemaFile: false,
  });
}

/** The SDL committed to shared/schema.graphql; sorted so diffs show real changes only. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
