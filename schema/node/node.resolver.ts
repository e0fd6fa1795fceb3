import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { NodeService } from '../../server/knowledge/services/node.service';
import { getOrThrow } from '../../server/knowledge/services/lookup';
import { Node } from '../common/common.types';
import type { RequestContext } from '../common/context';
import { fetchNode } from './resolve-node';

@Resolver()
export class NodeResolver {
  constructor(private readonly nodeService: NodeService) {}

  @Query(() => Node, {
    description:
      'Any entity by id: organisation, task force, instrument, article, region, step, membership, mandate, referral path, partnership, gap, statistic or disagreement. Unknown ids fail with NOT_FOUND.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<object> {
    const kind = await this.nodeService.kindOf(id);
    return getOrThrow(await fetchNode(kind, id, ctx), kind, id, 'the record disappeared while it was read; try again');
  }
}
