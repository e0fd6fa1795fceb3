import { ClassType, Field, ObjectType } from 'type-graphql';
import type { Page } from '../../server/knowledge/pagination';
import { PageInfo } from './common.types';

/** Builds `<Name>Edge` and `<Name>Connection` types for a node type (cursor connections over a stable key). */
export function Connection<T extends object>(name: string, nodeType: ClassType<T>, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor: pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that do not need cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

/** The connection shape of a page. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items.map(({ node, cursor }) => ({ node, cursor })),
    nodes: page.items.map((i) => i.node),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items[page.items.length - 1]?.cursor ?? null,
    },
  };
}
