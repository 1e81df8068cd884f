import { GraphQLError } from 'graphql';
import { Arg, type ClassType, Field, Int, ObjectType } from 'type-graphql';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page of a connection ends, and whether more items follow.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' }) hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge on this page, to pass as `after` for the next page; null when the page is empty.',
  })
  endCursor!: string | null;
}

/** Relay-style connection type for any node type. */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this edge; pass it as `after` to get the items that follow it.' }) cursor!: string;

    @Field(() => node, { description: `The ${node.name}.` }) node!: T;
  }

  @ObjectType(`${node.name}Connection`, { description: `One page of ${node.name} items (Relay-style connection), with paging info and the total count.` })
  class ConnectionType {
    @Field(() => [Edge], { description: `The ${node.name} items of this page, in order, each with its cursor.` }) edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to fetch them.' }) pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of matching items across all pages.' }) totalCount!: number;
  }
  return ConnectionType;
}

/**
 * The paging arguments of every list query, described once: `first` (with the list's own default
 * size), `after`, and `offset` for page-numbered lists. `pageRequest` checks what they hold.
 */
export const pageArgs = {
  first: (defaultSize: number) => Arg('first', () => Int, { defaultValue: defaultSize, description: `Page size, 1–${MAX_PAGE_SIZE}.` }),
  after: () => Arg('after', () => String, { nullable: true, description: 'Cursor from a previous page.' }),
  offset: () =>
    Arg('offset', () => Int, {
      nullable: true,
      description: 'Items to skip, for page-numbered lists (page n of size first: (n − 1) × first); not with `after`.',
    }),
};

// Cursors are opaque to clients; inside they are offsets, which is what Strapi pages by.
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export interface PageRequest {
  offset: number;
  limit: number;
}

/** The largest `offset` accepted; far beyond any list this API serves. */
export const MAX_OFFSET = 100_000;

/**
 * Checks `first` with either `after` (cursor paging, for clients that walk a list) or `offset`
 * (page-numbered lists such as the site's "Sida 3 av 7"), and turns them into an offset window.
 */
export function pageRequest(first: number, after: string | null | undefined, offset?: number | null): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE_SIZE}, got ${first}.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  }
  if (offset != null) {
    if (after != null) {
      throw new GraphQLError('Give either "after" or "offset", not both.', { extensions: { code: 'BAD_USER_INPUT', argument: 'offset' } });
    }
    if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
      throw new GraphQLError(`"offset" must be between 0 and ${MAX_OFFSET}, got ${offset}.`, { extensions: { code: 'BAD_USER_INPUT', argument: 'offset' } });
    }
    return { offset, limit: first };
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
