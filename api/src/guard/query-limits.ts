/**
 * Limits on what one GraphQL request may ask (OWASP GraphQL Cheat Sheet): depth, aliases, root
 * fields, tokens, size and cost. Every refusal is a GraphQL error with a stable code, the limit and
 * what was found, so a partner's script can tell exactly what to change.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  getNullableType,
  GraphQLError,
  type GraphQLSchema,
  isListType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

export const QUERY_LIMITS = {
  /** Nesting of fields; the site's deepest query has 5 levels. */
  maxDepth: 10,
  maxAliases: 15,
  maxRootFields: 10,
  /** Estimated fields resolved: list fields count `first` times (or 10 when unbounded). */
  maxCost: 5000,
  /** Lexical tokens of the document; graphql-js stops parsing beyond it. */
  maxTokens: 2000,
  /** Characters of the query text. */
  maxQueryLength: 20_000,
  /** Operations in one batched HTTP request. */
  maxBatch: 5,
  /** Milliseconds one request may take before it is answered with EXECUTION_TIMEOUT. */
  executionTimeoutMs: 10_000,
} as const;

/** Unbounded lists (organisations, breakdowns, time series) are assumed to hold this many items. */
const ASSUMED_LIST_LENGTH = 10;

export function limitError(code: string, message: string, limit: number, found?: number): GraphQLError {
  // http.status: Apollo answers 400 for a refused request, not 500 (it strips the field from replies).
  return new GraphQLError(`${message} (limit ${limit}${found === undefined ? '' : `, found ${found}`}).`, {
    extensions: { code, limit, ...(found !== undefined && { found }), http: { status: 400 } },
  });
}

const isIntrospection = (name: string) => name.startsWith('__');

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  return new Map(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** Deepest field nesting below a selection set, following fragments once each. */
function depthOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection.name.value)) continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, seen) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
    }
  }
  return deepest;
}

/** Fields at the root of an operation, with fragments at the root expanded. */
function rootFieldCount(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += isIntrospection(selection.name.value) ? 0 : 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) count += rootFieldCount(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
    }
  }
  return count;
}

const depthLimit: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    const depth = depthOf(node.selectionSet, fragmentsOf(context), new Set());
    if (depth > QUERY_LIMITS.maxDepth) context.reportError(limitError('QUERY_TOO_DEEP', 'The query nests fields too deeply', QUERY_LIMITS.maxDepth, depth));
  },
});

const aliasLimit: ValidationRule = (context): ASTVisitor => {
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases++;
    },
    Document: {
      leave() {
        if (aliases > QUERY_LIMITS.maxAliases)
          context.reportError(limitError('TOO_MANY_ALIASES', 'The query uses too many aliases', QUERY_LIMITS.maxAliases, aliases));
      },
    },
  };
};

const rootFieldLimit: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    const count = rootFieldCount(node.selectionSet, fragmentsOf(context));
    if (count > QUERY_LIMITS.maxRootFields)
      context.reportError(limitError('TOO_MANY_ROOT_FIELDS', 'The query asks for too many root fields', QUERY_LIMITS.maxRootFields, count));
  },
});

/** For Apollo's `validationRules`. */
export const queryLimitRules: ValidationRule[] = [depthLimit, aliasLimit, rootFieldLimit];

/**
 * A field costs 1 plus its children, times the number of items it may return: `first` when given,
 * otherwise an assumed length for lists. A connection's `edges` are already counted by its `first`.
 */
const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (isIntrospection(field.name)) return 0;
  if (typeof args.first === 'number') return 1 + Math.max(0, args.first) * childComplexity;
  const isList = isListType(getNullableType(field.type));
  return 1 + (isList && field.name !== 'edges' ? ASSUMED_LIST_LENGTH : 1) * childComplexity;
};

/** Refuses an operation whose estimated cost exceeds the limit, before anything executes. */
export function queryCostLimit(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables ?? {},
              estimators: [costEstimator],
            });
          } catch {
            // Variables that do not fit the operation: execution reports them, per field, as bad input.
            return;
          }
          if (cost > QUERY_LIMITS.maxCost) throw limitError('QUERY_TOO_COSTLY', 'The query is estimated to cost too much', QUERY_LIMITS.maxCost, cost);
        },
      };
    },
  };
}
