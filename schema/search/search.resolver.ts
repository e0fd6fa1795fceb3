import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SearchHit as SearchHitRecord } from '../../server/knowledge/model';
import { SearchService } from '../../server/knowledge/services/search.service';
import { Connection, toConnection } from '../common/connection';
import type { RequestContext } from '../common/context';
import { SearchKindEnum } from '../common/enums';
import { resolveNode } from '../node/resolve-node';
import { labelOf } from '../common/labels';
import { SearchHit } from './search.type';

export const SearchConnection = Connection('SearchHit', SearchHit, 'Search hits, best first.');

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchConnection, {
    description:
      'Find organisations, task forces, instruments, places and steps by Indonesian or English name, acronym or spelling variant; tolerates typos; exact and acronym matches rank first.',
  })
  async search(
    @Arg('text', { description: '2 to 200 characters.' }) text: string,
    @Ctx() ctx: RequestContext,
    @Arg('kinds', () => [SearchKindEnum], { nullable: true }) kinds?: SearchHitRecord['kind'][],
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = await this.searchService.search(text, { kinds }, { first, after });
    const connection = toConnection(page);
    const withNodes = async (hit: SearchHitRecord) => {
      const node = await resolveNode(hit.id, ctx);
      return { ...hit, node, label: labelOf(hit.kind, node, ctx.lang) };
    };
    const nodes = await Promise.all(connection.nodes.map(withNodes));
    return { ...connection, nodes, edges: connection.edges.map((e, i) => ({ ...e, node: nodes[i] })) };
  }
}
