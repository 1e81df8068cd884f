import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/actor.js';
import { NewsResolver } from '../content/news.resolver.js';
import { ProjectResolver } from '../project-data/project.resolver.js';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ProjectResolver, NewsResolver],
    validate: { forbidUnknownValues: true },
    authChecker,
    emitSchemaFile: false,
  });
}

/** The SDL committed to shared/schema.graphql; sorted so diffs show real changes only. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
