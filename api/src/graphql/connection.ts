import { GraphQLError } from 'graphql';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Relay-style connection type for any node type. */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${node.name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

// Cursors are opaque to clients; inside they are offsets, which is what Strapi pages by.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export interface PageRequest {
  offset: number;
  limit: number;
}

/** Checks `first`/`after` and turns them into an offset window. */
export function pageRequest(first: number, after: string | null | undefined): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  }
  if (after == null) return { offset: 0, limit: first };
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match) {
    throw new GraphQLError('"after" is not a cursor this API issued.', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  }
  return { offset: Number(match[1]) + 1, limit: first };
}

export function toConnection<T>(nodes: T[], { offset }: PageRequest, totalCount: number) {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
