import { Arg, ID, Query, Resolver } from 'type-graphql';
import { NodeService } from '../../server/knowledge/services/node.service';
import { Node } from '../common/common.types';
import { toNode } from './resolve-node';

@Resolver()
export class NodeResolver {
  constructor(private readonly nodeService: NodeService) {}

  @Query(() => Node, {
    description:
      'Any entity by id: organisation, task force, instrument, article, region, step, membership, mandate, referral path, partnership, gap, statistic or disagreement. Unknown ids fail with NOT_FOUND.',
  })
  async node(@Arg('id', () => ID) id: string): Promise<object> {
    const { kind, record } = await this.nodeService.node(id);
    return toNode(kind, record);
  }
}
