import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NodeService } from '../../server/knowledge/services/node.service';
import { Node } from '../common/common.types';
import type { RequestContext } from '../common/context';
import { fetchNode } from './resolve-node';

@Resolver()
export class NodeResolver {
  constructor(private readonly nodeService: NodeService) {}

  @Query(() => Node, {
    description:
      'Any entity by id: organisation, task force, instrument, article, region, step, membership, mandate, referral path, partnership, gap, statistic or disagreement. Takes the id, or an exact name, alias, acronym or citation that names only one record ("TTU", "PLBN Motaain", "UU 21/2007"); an ambiguous name fails with AMBIGUOUS_NAME listing the candidates, an unknown one with NOT_FOUND.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<object> {
    return this.nodeService.getNode(id, (kind, nodeId) => fetchNode(kind, nodeId, ctx));
  }
}
